/**
 * `JSON.stringify(data, null, 2)` and a newline, in pieces of about 64 KB: a 100,000-row import
 * report is never one string (with one Vietnamese letter in it, two bytes a character), and a
 * slow pipe is fed as it reads (output.ts). The two outer levels are walked here; everything
 * deeper is JSON.stringify's own output.
 */
export function* jsonChunks(data: unknown): Generator<string, void, undefined> {
  let pending = '';
  for (const text of pieces(data, '', 2)) {
    pending += text;
    if (pending.length >= 65536) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}\n`;
}

const isContainer = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';

/** What JSON.stringify leaves out of an object (in an array it becomes null). */
const omitted = (value: unknown): boolean =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

function* pieces(value: unknown, indent: string, levels: number): Generator<string, void, undefined> {
  if (levels === 0 || !isContainer(value)) {
    // The deeper lines of a value stringified on its own start at column 0: indent them.
    yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const entries: [string | undefined, unknown][] = Array.isArray(value)
    ? value.map((item) => [undefined, item])
    : Object.entries(value).filter(([, item]) => !omitted(item));
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  for (let i = 0; i < entries.length; i++) {
    const [key, item] = entries[i] as [string | undefined, unknown];
    yield key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* pieces(item, inner, levels - 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}${close}`;
}
