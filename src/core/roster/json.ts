import { nestingDepth } from '../nesting.js';
import { RosterError } from './errors.js';

/** Our own export nests three deep (list, student, fields or events); room to spare, not for abuse. */
export const MAX_ROSTER_DEPTH = 16;
import { locateJsonError } from './json-syntax.js';
import { fileMessages } from './messages.js';
import type { RawTable } from './types.js';

/**
 * A JSON roster starts with "[" and a JSON value (or "{", refused later with the expected
 * shape); a CSV whose first header is "[STT]" does not.
 */
export const looksLikeJson = (text: string): boolean => /^\s*(?:\{|\[\s*(?:[[{"\]\d-]|true|false|null|$))/.test(text);

/**
 * An array of objects → a table whose header is every key in order of first appearance; each
 * record carries the line of its object's opening brace.
 */
export function parseJsonRoster(text: string): RawTable & { header: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // V8's message is English and sometimes has no position: find the place ourselves.
    throw new RosterError(fileMessages.jsonSyntax(locateJsonError(text)));
  }
  if (!Array.isArray(data)) throw new RosterError(fileMessages.jsonShape);
  // A roster is a list of flat objects; far deeper nesting would overflow the stack below.
  if (nestingDepth(data, MAX_ROSTER_DEPTH) > MAX_ROSTER_DEPTH) throw new RosterError(fileMessages.jsonTooDeep(MAX_ROSTER_DEPTH));
  if (data.length === 0) throw new RosterError(fileMessages.jsonEmpty);
  const header: string[] = [];
  const columnOf = new Map<string, number>();
  const lines = objectStartLines(text);
  const records = data.map((item: unknown, index) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw new RosterError(fileMessages.jsonItem(index + 1));
    }
    const cells: string[] = [];
    // `export --format json` nests the form under "fields" (with state and events beside it):
    // the form is what a roster carries.
    const nested = (item as { fields?: unknown }).fields;
    const source = typeof nested === 'object' && nested !== null && !Array.isArray(nested) ? nested : item;
    for (const [key, value] of Object.entries(source)) {
      let column = columnOf.get(key);
      if (column === undefined) {
        column = header.push(key) - 1;
        columnOf.set(key, column);
      }
      cells[column] = cellText(value);
    }
    return { line: lines[index] ?? index + 2, cells: Array.from(cells, (cell) => cell ?? '') };
  });
  return { header, records };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Several values in a list become "a, b" so the two-values check reports them.
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Line of each `{` directly inside the top-level array (the text is valid JSON by now). */
function objectStartLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    else if (c === '{' || c === '[') {
      if (depth === 1 && c === '{') lines.push(line);
      depth++;
    } else if (c === '}' || c === ']') depth--;
  }
  return lines;
}
