import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, LazyArray } from '../../src/ui/json.js';

const written = (data: unknown): { text: string; chunks: number } => {
  const chunks = [...jsonChunks(data)];
  return { text: chunks.join(''), chunks: chunks.length };
};

describe('jsonChunks', () => {
  it('writes exactly what JSON.stringify(data, null, 2) gives, and a newline', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (data) => {
        expect(written(data).text).toBe(`${JSON.stringify(data, null, 2)}\n`);
      }),
    );
    const odd = { a: undefined, b: [undefined, () => 1, new Date(0)], c: { d: [] as unknown[], e: {} }, f: 'dòng\nhai' };
    expect(written(odd).text).toBe(`${JSON.stringify(odd, null, 2)}\n`);
    expect(written([]).text).toBe('[]\n');
  });

  it('hands a big report over in pieces, not as one string', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ line: i + 2, ok: true, errors: [], warnings: [{ field: 'phone', message: 'Số điện thoại trùng' }] }));
    const { text, chunks } = written({ rows, summary: { total: rows.length } });
    expect(text).toBe(`${JSON.stringify({ rows, summary: { total: rows.length } }, null, 2)}\n`);
    expect(chunks).toBeGreaterThan(10);
  });

  it('writes a LazyArray as the array it stands for, making each item only when it is written', () => {
    const made: number[] = [];
    const item = (i: number) => {
      made.push(i);
      return { line: i + 2, ok: i % 3 !== 0, errors: [], warnings: i % 5 === 0 ? [{ field: 'ward', message: 'Phường cũ' }] : [] };
    };
    const data = { rows: new LazyArray(5000, item), summary: { total: 5000 } };
    const plain = { rows: Array.from({ length: 5000 }, (_, i) => item(i)), summary: { total: 5000 } };
    made.length = 0;
    const chunks = jsonChunks(data);
    const first = chunks.next();
    // One 64 KB piece holds a few hundred rows: the rest are not made yet.
    expect(first.done).toBe(false);
    expect(made.length).toBeLessThan(2000);
    const text = `${first.value}${[...chunks].join('')}`;
    expect(text).toBe(`${JSON.stringify(plain, null, 2)}\n`);
    expect(JSON.stringify(data)).toBe(JSON.stringify(plain));
    expect(written({ rows: new LazyArray(0, item) }).text).toBe('{\n  "rows": []\n}\n');
  });
});
