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
    const pieces = units(paragraph.split(/\s+/).filter(Boolean));
    // Each line is cut out of the pieces joined by single spaces (most text already is), not
    // built up a word at a time: a board wraps thousands of texts.
    const flat = SINGLE_SPACED.test(paragraph) ? paragraph : pieces.join(' ');
    let lineStart = 0;
    let lineEnd = 0;
    let lineWidth = 0;
    let at = 0;
    for (const piece of pieces) {
      const pieceWidth = codePoints(piece);
      if (lineEnd > lineStart && lineWidth + 1 + pieceWidth > room) {
        lines.push(indent + flat.slice(lineStart, lineEnd));
        lineStart = at;
        lineWidth = pieceWidth;
      } else lineWidth = lineEnd > lineStart ? lineWidth + 1 + pieceWidth : pieceWidth;
      lineEnd = at + piece.length;
      at = lineEnd + 1;
    }
    lines.push(indent + flat.slice(lineStart, lineEnd));
  }
  return lines.join('\n');
}

const SINGLE_SPACED = /^\S+(?: \S+)*$/;

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '`': '`', '"': '"' };
const PROGRAM = /^(?:npx|vssid-helper)$/;
/** A command's argument: options, placeholders, ids, file names; not a Vietnamese word of the sentence around it. */
const ARGUMENT = /^(?:[-<[]|[\x21-\x7e]+$)/;

/**
 * Words that must stay on one line: a quoted span («…», “…”, `…`, "…") and a command
 * (`vssid-helper` and its arguments, up to the first word of ordinary text), so a printed
 * command can be read and copied whole. A unit wider than the line gets a line of its own.
 */
function units(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let unit = words[i] as string;
    const closer = spanCloser(unit);
    if (closer !== undefined) {
      while (i + 1 < words.length) {
        const next = words[++i] as string;
        unit += ` ${next}`;
        if (next.includes(closer)) break;
      }
    } else if (PROGRAM.test(unit)) {
      while (i + 1 < words.length && isArgument(words[i + 1] as string) && !/[.,;:)]$/.test(unit)) {
        let next = words[++i] as string;
        // A quoted argument ("Nguyễn Văn An") is one argument, spaces and all.
        if (next.startsWith('"') && !next.slice(1).includes('"')) {
          while (i + 1 < words.length && !next.slice(1).includes('"')) next += ` ${words[++i] as string}`;
        }
        unit += ` ${next}`;
      }
    }
    out.push(unit);
  }
  return out;
}

/** The closing mark a word opens and does not close itself («vssid-helper, “Ghi, `list); undefined otherwise. */
function spanCloser(word: string): string | undefined {
  const at = word.search(/[«“`"]/);
  if (at < 0) return undefined;
  const open = word[at] as string;
  // "x" inside a word ("5\"") is not a quote; « and “ may follow a bracket: («…»).
  if (at !== 0 && open !== '«' && open !== '“') return undefined;
  const close = OPENERS[open] as string;
  return word.slice(at + 1).includes(close) ? undefined : close;
}

const isArgument = (word: string): boolean => word.startsWith('"') || ARGUMENT.test(word);

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
  // Most text is one line that fits (a board prints thousands): kept without splitting anything.
  if (!text.includes('\n') && displayWidth(text) <= width) return text;
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
