import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/ui/json.js';

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
});
