/**
 * Where a JSON text first breaks the grammar, and how, for a message a person can act on. Run
 * only after JSON.parse has refused the text: V8's message is English and, for some mistakes
 * ("Unexpected token …, is not valid JSON"), gives no position at all.
 */
export type JsonProblem =
  | 'end'
  | 'comma'
  | 'colon'
  | 'key'
  | 'trailingComma'
  | 'control'
  | 'escape'
  | 'leadingZero'
  | 'char'
  | 'after';

export interface JsonSyntaxError {
  problem: JsonProblem;
  /** 1-based, in lines of the file and characters of the line. */
  line: number;
  column: number;
  /** The character found where it went wrong (absent at the end of the file). */
  found?: string;
  /** The line around that column, at most about 60 characters, to recognise the place. */
  near: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly problem: JsonProblem,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;

function scan(text: string): void {
  let i = 0;
  const fail = (problem: JsonProblem, at = i): never => {
    throw new Stop(at, at >= text.length ? 'end' : problem);
  };
  const space = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  const string = () => {
    for (i++; ; i++) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail('end');
      if (c === 0x22) return void i++;
      if (c < 0x20) fail('control');
      if (c === 0x5c) {
        const next = text[i + 1];
        if (next === 'u' ? !HEX4.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(next ?? 'x')) fail('escape');
        i += next === 'u' ? 5 : 1;
      }
    }
  };
  const container = (close: string, member: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      member();
      space();
      if (text[i] === close) return void i++;
      if (text[i] !== ',') fail('comma');
      i++;
      space();
      if (text[i] === close) fail('trailingComma');
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      container('}', () => {
        if (text[i] !== '"') fail('key');
        string();
        space();
        if (text[i] !== ':') fail('colon');
        i++;
        value();
      });
    } else if (c === '[') container(']', value);
    else if (c === '"') string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) fail('char');
      // 0912345678 unquoted: a number cannot start with 0, and the phone has lost its meaning.
      if (text[i] === '0' && /\d/.test(text[NUMBER.lastIndex] ?? '')) fail('leadingZero');
      i = NUMBER.lastIndex;
    } else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (word === undefined) fail('char');
      i += word?.length ?? 0;
    }
  };
  value();
  space();
  if (i < text.length) fail('after');
}

/** The first syntax error of `text`, or undefined when there is none (or it is nested too deeply to scan). */
export function locateJsonError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) return undefined; // a stack overflow on absurd nesting
    const before = text.slice(0, error.at);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    const line = 1 + (before.match(/\r\n|\r|\n/g)?.length ?? 0);
    const lineEnd = text.slice(lineStart).search(/[\r\n]/);
    const chars = Array.from(text.slice(lineStart, lineEnd === -1 ? undefined : lineStart + lineEnd));
    const column = 1 + Array.from(before.slice(lineStart)).length;
    const near = chars.slice(Math.max(0, column - 31), column + 29).join('').trim();
    const found = error.at < text.length ? String.fromCodePoint(text.codePointAt(error.at) ?? 0) : undefined;
    const located = { problem: error.problem, line, column, near };
    return found === undefined ? located : { ...located, found };
  }
}
