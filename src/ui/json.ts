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

/**
 * An array whose items are made one at a time, as they are written (`item(i)`): a 100,000-row
 * report never holds all its JSON rows at once. JSON.stringify sees it as the same array.
 */
export class LazyArray<T> {
  constructor(
    readonly length: number,
    readonly item: (index: number) => T,
  ) {}

  toJSON(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.item(i));
  }
}

/** Whether `value` is written by JSON.stringify as a whole at this depth, rather than entry by entry. */
const whole = (value: unknown, levels: number): boolean =>
  !(levels > 0 && value instanceof LazyArray) && (levels === 0 || !isContainer(value));

// The deeper lines of a value stringified on its own start at column 0: indent them.
const stringified = (value: unknown, indent: string): string =>
  (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);

function* pieces(value: unknown, indent: string, levels: number): Generator<string, void, undefined> {
  if (whole(value, levels)) {
    yield stringified(value, indent);
  } else if (value instanceof LazyArray) {
    yield* entries(value.length, (i) => [undefined, value.item(i)], '[]', indent, levels);
  } else if (Array.isArray(value)) {
    yield* entries(value.length, (i) => [undefined, value[i]], '[]', indent, levels);
  } else {
    const kept = Object.entries(value as object).filter(([, item]) => !omitted(item));
    yield* entries(kept.length, (i) => kept[i] as [string, unknown], '{}', indent, levels);
  }
}

/** `count` entries of an array (no key) or an object, each as JSON.stringify(…, null, 2) writes it. */
function* entries(
  count: number,
  at: (index: number) => [string | undefined, unknown],
  brackets: '[]' | '{}',
  indent: string,
  levels: number,
): Generator<string, void, undefined> {
  const [open, close] = brackets;
  if (count === 0) {
    yield brackets;
    return;
  }
  const inner = `${indent}  `;
  yield `${open}\n`;
  for (let i = 0; i < count; i++) {
    const [key, item] = at(i);
    const head = key === undefined ? inner : `${inner}${JSON.stringify(key)}: `;
    const tail = i < count - 1 ? ',\n' : '\n';
    // An entry written whole (each row of a report) is one piece, not three.
    if (whole(item, levels - 1)) {
      yield `${head}${stringified(item, inner)}${tail}`;
    } else {
      yield head;
      yield* pieces(item, inner, levels - 1);
      yield tail;
    }
  }
  yield `${indent}${close}`;
}
