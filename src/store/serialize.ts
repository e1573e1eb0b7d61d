/**
 * conf's format, JSON.stringify(data, undefined, '\t'), as UTF-8 bytes, made a few records at a
 * time. A school's file (about 4 MB) stringified whole is a 9 MB string, flattened and then
 * encoded into a third copy; a command starts with little memory, and each new megabyte it touches
 * costs milliseconds (page faults), more than the stringifying itself. Here a few records' text is
 * encoded as soon as it is made, into memory given (the file's bytes just read) and then new pieces.
 *
 * The bytes are exactly JSON.stringify's (test/store/serialize.test.ts compares them on random
 * data): each piece is JSON.stringify's own text for a value at the same depth, cut out of a
 * one-key wrapper `{ "v": … }` whose layout is fixed.
 */

/** The bytes of JSON.stringify(data, undefined, '\t'), in pieces, the first written into `reuse` when given. */
export function serializeStore(data: object, reuse?: Buffer): Buffer[] {
  if (Array.isArray(data) || anyToJSON(data)) return [Buffer.from(JSON.stringify(data, undefined, '\t'), 'utf8')];
  const out = new ByteWriter(reuse);
  let separator = '{\n\t';
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length > 0) {
      out.write(`${separator}${JSON.stringify(key)}: [`);
      writeItems(out, value);
    } else {
      const text = JSON.stringify({ v: value }, undefined, '\t');
      // undefined, a function, a symbol: JSON.stringify leaves the key out.
      if (text === '{}') continue;
      out.write(`${separator}${JSON.stringify(key)}: `);
      out.write(text.slice(VALUE_HEAD.length, -VALUE_TAIL.length));
    }
    separator = ',\n\t';
  }
  out.write(separator === '{\n\t' ? '{}' : '\n}');
  return out.pieces();
}

/** Whether `bytes` are `pieces` one after the other. */
export function holdsPieces(bytes: Buffer, pieces: readonly Buffer[]): boolean {
  let at = 0;
  for (const piece of pieces) {
    if (!bytes.subarray(at, at + piece.length).equals(piece)) return false;
    at += piece.length;
  }
  return at === bytes.length;
}

/** `{ "v": <a value one level in> }`, as JSON.stringify lays it out with a tab. */
const VALUE_HEAD = '{\n\t"v": ';
const VALUE_TAIL = '\n}';
/** `{ "v": [ <items two levels in> ] }`: the items keep their commas, the brackets are cut. */
const LIST_HEAD = '{\n\t"v": [';
const LIST_TAIL = '\n\t]\n}';
/** Records per piece: a piece of a few dozen stays a small string, a school is written in a few hundred. */
const ITEMS_PER_PIECE = 32;

/** A top-level list (the records), a few items at a time, each item two tabs in. */
function writeItems(out: ByteWriter, items: readonly unknown[]): void {
  for (let start = 0; start < items.length; start += ITEMS_PER_PIECE) {
    const text = JSON.stringify({ v: items.slice(start, start + ITEMS_PER_PIECE) }, undefined, '\t');
    if (start > 0) out.write(',');
    out.write(text.slice(LIST_HEAD.length, -LIST_TAIL.length));
  }
  out.write('\n\t]');
}

const hasToJSON = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';

/**
 * JSON.stringify gives a value's toJSON the value's key (an item's, its index), which a piece
 * stringified on its own would not: data with a toJSON at the levels cut apart here (never the
 * store's own: it holds what JSON.parse gives and the record checks accept) is stringified whole.
 */
const anyToJSON = (data: object): boolean =>
  hasToJSON(data) || Object.values(data).some((value) => hasToJSON(value) || (Array.isArray(value) && value.some(hasToJSON)));

/** UTF-8 text appended to a buffer, then to new ones: pieces are never copied to grow. */
class ByteWriter {
  readonly #full: Buffer[] = [];
  #buffer: Buffer;
  #length = 0;

  constructor(first?: Buffer) {
    this.#buffer = first ?? Buffer.allocUnsafe(PIECE_BYTES);
  }

  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8; Buffer.write would silently cut a piece that does not fit.
    const room = text.length * 3;
    if (this.#length + room > this.#buffer.length) {
      this.#full.push(this.#buffer.subarray(0, this.#length));
      // Only the pages written are touched: a large piece costs what it holds.
      this.#buffer = Buffer.allocUnsafe(Math.max(PIECE_BYTES, room));
      this.#length = 0;
    }
    this.#length += this.#buffer.write(text, this.#length, 'utf8');
  }

  pieces(): Buffer[] {
    return [...this.#full, this.#buffer.subarray(0, this.#length)].filter((piece) => piece.length > 0);
  }
}

const PIECE_BYTES = 8 * 1024 * 1024;
