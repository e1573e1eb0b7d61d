import { codePoints, displayWidth } from './table.js';

/**
 * Word-wraps Vietnamese text for the terminal. Vietnamese letters are one column wide once
 * NFC-composed, so code-point length is the display width here (no CJK, no emoji in content).
 */
export function wrap(text: string, width: number, indent = ''): string {
  // A board repeats the same advice for hundreds of students: each text is wrapped once.
  const shape = `${width}\u0000${indent}`;
  let known = wrapped.get(shape);
  if (known === undefined) wrapped.set(shape, (known = new Map()));
  const found = known.get(text);
  if (found !== undefined) return found;
  const result = wrapOnce(text, width, indent);
  if (known.size >= WRAPPED_LIMIT) known.clear();
  known.set(text, result);
  return result;
}

/** Wrapped texts by width and indent, then by text (a long text is not copied into a key). */
const wrapped = new Map<string, Map<string, string>>();
const WRAPPED_LIMIT = 1_024;

function wrapOnce(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  const room = width - codePoints(indent);
  for (const paragraph of text.normalize('NFC').split('\n')) {
    // The words joined by single spaces (most text already is): units and lines are ranges of it,
    // cut out once, not strings built a word at a time (a board wraps thousands of texts).
    const flat = SINGLE_SPACED.test(paragraph) ? paragraph : paragraph.split(/\s+/).filter(Boolean).join(' ');
    let lineStart = 0;
    let lineEnd = 0;
    let lineWidth = 0;
    for (let at = 0; at < flat.length; ) {
      const end = unitEnd(flat, at);
      const unitWidth = codePoints(flat, at, end);
      if (lineEnd > lineStart && lineWidth + 1 + unitWidth > room) {
        lines.push(indent + flat.slice(lineStart, lineEnd));
        lineStart = at;
        lineWidth = unitWidth;
      } else lineWidth = lineEnd > lineStart ? lineWidth + 1 + unitWidth : unitWidth;
      lineEnd = end;
      at = end + 1;
    }
    lines.push(indent + flat.slice(lineStart, lineEnd));
  }
  return lines.join('\n');
}

const SINGLE_SPACED = /^\S+(?: \S+)*$/;

/**
 * Where the unit starting at `start` ends: the words that must stay on one line, a quoted span
 * («…», “…”, `…`, "…") or a command (`vssid-helper` and its arguments, up to the first word of
 * ordinary text), so a printed command can be read and copied whole. A unit wider than the line
 * gets a line of its own.
 */
function unitEnd(flat: string, start: number): number {
  let end = wordEnd(flat, start);
  const closer = spanCloser(flat, start, end);
  if (closer !== undefined) {
    while (end < flat.length) {
      const next = end + 1;
      end = wordEnd(flat, next);
      if (holds(flat, closer, next, end)) break;
    }
  } else if (isProgram(flat, start, end)) {
    while (end < flat.length && isArgument(flat, end + 1, wordEnd(flat, end + 1)) && !ENDS_SENTENCE.includes(flat.charAt(end - 1))) {
      const next = end + 1;
      end = wordEnd(flat, next);
      // A quoted argument ("Nguyễn Văn An") is one argument, spaces and all.
      if (flat.charCodeAt(next) === QUOTE) while (end < flat.length && !holds(flat, '"', next + 1, end)) end = wordEnd(flat, end + 1);
    }
  }
  return end;
}

const wordEnd = (flat: string, start: number): number => {
  const space = flat.indexOf(' ', start);
  return space < 0 ? flat.length : space;
};

/** Whether `flat` has `mark` between `from` and `to`. */
const holds = (flat: string, mark: string, from: number, to: number): boolean => {
  const found = flat.indexOf(mark, from);
  return found >= 0 && found < to;
};

/** The closing mark of each opening one, by character code. */
const CLOSERS: ReadonlyMap<number, string> = new Map([[0xab, '»'], [0x201c, '”'], [0x60, '`'], [0x22, '"']]);
const QUOTE = 0x22;
const ENDS_SENTENCE = '.,;:)';

/** The closing mark a word opens and does not close itself («vssid-helper, “Ghi, `list); undefined otherwise. */
function spanCloser(flat: string, start: number, end: number): string | undefined {
  for (let at = start; at < end; at++) {
    const code = flat.charCodeAt(at);
    const close = CLOSERS.get(code);
    if (close === undefined) continue;
    // "x" inside a word ("5\"") is not a quote; « and “ may follow a bracket: («…»).
    if (at !== start && code !== 0xab && code !== 0x201c) return undefined;
    return holds(flat, close, at + 1, end) ? undefined : close;
  }
  return undefined;
}

const isProgram = (flat: string, start: number, end: number): boolean =>
  PROGRAMS.some((name) => end - start === name.length && flat.startsWith(name, start));
const PROGRAMS = ['npx', 'vssid-helper'];

/** A command's argument: options, placeholders, ids, file names; not a Vietnamese word of the sentence around it. */
function isArgument(flat: string, start: number, end: number): boolean {
  if ('"-<['.includes(flat.charAt(start))) return true;
  for (let at = start; at < end; at++) {
    const code = flat.charCodeAt(at);
    if (code < 0x21 || code > 0x7e) return false;
  }
  return true;
}

/** A hanging indent: the first line starts with `head`, the rest line up after it. */
export function hanging(head: string, text: string, width: number): string {
  const pad = ' '.repeat([...head].length);
  const body = wrap(text, width - pad.length);
  return body
    .split('\n')
    .map((line, i) => (i === 0 ? head : pad) + line)
    .join('\n');
}

/** Pieces joined by `separator`, a new line (starting with `indent`) whenever the next would not fit; a piece is never split. */
export function pack(pieces: readonly string[], width: number, indent: string, separator: string): string[] {
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const candidate = current === '' ? `${indent}${piece}` : `${current}${separator}${piece}`;
    if (current !== '' && displayWidth(candidate) > width) {
      lines.push(current);
      current = `${indent}${piece}`;
    } else current = candidate;
  }
  if (current !== '') lines.push(current);
  return lines;
}

// Lines drawn, not written: QR codes and table borders are never re-wrapped.
const DRAWN = /[█▀▄▌▐─│┌┐└┘├┤┬┴┼]/;

/**
 * Every line of `text` wider than `width` wrapped between words (never inside one: "hoặc", a
 * command, a quoted span stay whole), its continuation lines indented like it, plus `hang` for
 * the first line (the width of a "✖ " in front). Lines that fit, and drawn ones, stay as they are,
 * so text its caller wrapped already passes unchanged. The one place every message goes through.
 */
export function fitLines(text: string, width: number, hang = ''): string {
  // Most text fits already (a board prints thousands of lines): kept as it is, nothing split.
  if (everyLineFits(text, width)) return text;
  return text
    .split('\n')
    .map((line, i) => {
      if (displayWidth(line) <= width || DRAWN.test(line)) return line;
      const leading = /^\s*/.exec(line)?.[0] ?? '';
      const indent = leading + (i === 0 ? hang : '');
      const [first = '', ...rest] = wrap(line.slice(leading.length), Math.max(20, width - indent.length)).split('\n');
      return [leading + first, ...rest.map((piece) => indent + piece)].join('\n');
    })
    .join('\n');
}

function everyLineFits(text: string, width: number): boolean {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (displayWidth(text.slice(start, end)) > width) return false;
    start = end + 1;
  }
  return true;
}
