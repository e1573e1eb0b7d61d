import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsPieces, serializeStore } from '../../src/store/serialize.js';

/** What the file must hold, byte for byte: conf's format, encoded as Node encodes text. */
const expected = (data: unknown): Buffer => Buffer.from(JSON.stringify(data, undefined, '\t'), 'utf8');
/** The pieces serializeStore writes, one after the other. */
const bytesOf = (data: object, reuse?: Buffer): Buffer => Buffer.concat(serializeStore(data, reuse));

/** Any UTF-16 unit (lone surrogates included), any code point, and the characters JSON escapes. */
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.constantFrom('"', '\\', '\n', '\r', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\u2028', '\ud800', '\udfff', 'ễ', '😀', '/'),
);
const text = fc.string({ unit, maxLength: 12 });
const key = fc.oneof(text, fc.constantFrom('0', '7', '10', 'id', 'toJSON', '__proto__x', ''));

const record = fc.record(
  {
    id: text,
    state: fc.constantFrom('draft', 'ready'),
    fields: fc.dictionary(key, fc.oneof(text, fc.boolean())),
    sources: fc.dictionary(key, text),
    events: fc.array(fc.record({ type: text, at: text, value: text }, { requiredKeys: ['type', 'at'] }), { maxLength: 3 }),
    nested: fc.jsonValue({ maxDepth: 4 }),
    empty: fc.constantFrom([], {}),
  },
  { requiredKeys: ['id', 'fields', 'events'] },
);

const storeLike = fc.record(
  {
    schemaVersion: fc.oneof(fc.integer(), fc.double()),
    records: fc.array(fc.oneof(record, fc.jsonValue({ maxDepth: 3 })), { maxLength: 6 }),
    profile: fc.dictionary(key, fc.oneof(text, fc.array(text, { maxLength: 3 }))),
    unknown: fc.jsonValue({ maxDepth: 5 }),
    list: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 4 }),
    gone: fc.constantFrom(undefined, () => 1),
  },
  { requiredKeys: [] },
);

describe('serializeStore: exactly the bytes of JSON.stringify(data, undefined, "\\t")', () => {
  it('for random store-like data: unicode, quotes, control characters, lone surrogates, empty and nested values', () => {
    fc.assert(
      fc.property(storeLike, fc.dictionary(key, fc.jsonValue({ maxDepth: 3 })), (data, more) => {
        const whole = { ...more, ...data };
        expect(bytesOf(whole).equals(expected(whole))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('for long lists, written a few items at a time', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(record, fc.jsonValue({ maxDepth: 2 })), { minLength: 30, maxLength: 100 }), (records) => {
        const data = { schemaVersion: 2, records, profile: {} };
        expect(bytesOf(data).equals(expected(data))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('for lists holding what JSON writes as null, and keys JSON leaves out', () => {
    const data = { a: [undefined, () => 1, Symbol('s'), null, 1], b: undefined, c: Symbol('x'), d: [], e: {}, f: [[]] };
    expect(bytesOf(data).toString('utf8')).toBe(JSON.stringify(data, undefined, '\t'));
    expect(bytesOf({}).toString('utf8')).toBe('{}');
    expect(bytesOf({ records: [] }).toString('utf8')).toBe('{\n\t"records": []\n}');
  });

  it('for a value with its own toJSON, which JSON.stringify gives its key', () => {
    const keyed = { toJSON: (k: string) => `key ${k}` };
    for (const data of [{ at: new Date(0), keyed }, { list: [keyed, keyed] }, { toJSON: () => ({ replaced: true }) }]) {
      expect(bytesOf(data).equals(expected(data))).toBe(true);
    }
  });

  it('for a school larger than the first buffer, grown as it is written', () => {
    const records = Array.from({ length: 400 }, (_, i) => ({
      id: `hs${i}`,
      fields: { name: `Nguyễn Thị Ánh Tuyết ${i}`, street: 'Số 12 đường Nguyễn Trãi, phường Bến Thành '.repeat(5) },
      events: [{ type: 'ready', at: '2026-11-01T01:00:00.000Z' }],
    }));
    const data = { schemaVersion: 2, records, profile: { className: '12A1' } };
    expect(expected(data).length).toBeGreaterThan(128 * 1024);
    expect(bytesOf(data).equals(expected(data))).toBe(true);
    // Written first into memory given (too small here), then into pieces of its own.
    const given = Buffer.alloc(1000);
    const pieces = serializeStore(data, given);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]!.buffer).toBe(given.buffer);
    expect(Buffer.concat(pieces).equals(expected(data))).toBe(true);
    // One piece of three-byte letters, longer in bytes than the buffer though not in letters.
    const wide = { profile: { note: 'ễ'.repeat(30_000) } };
    expect(bytesOf(wide).equals(expected(wide))).toBe(true);
  });
});

describe('holdsPieces', () => {
  it('is true only for the same bytes, however they are cut', () => {
    const bytes = Buffer.from('{\n\t"records": []\n}');
    const cut = (at: number) => [bytes.subarray(0, at), bytes.subarray(at)];
    for (const at of [0, 1, 5, bytes.length]) expect(holdsPieces(bytes, cut(at))).toBe(true);
    expect(holdsPieces(bytes, [bytes.subarray(0, 5)])).toBe(false);
    expect(holdsPieces(bytes.subarray(0, 5), [bytes])).toBe(false);
    expect(holdsPieces(bytes, [Buffer.from(bytes.toString().replace('records', 'recorde'))])).toBe(false);
  });
});
