import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repeatedValues } from '../../../src/core/roster/repeated.js';

/** The plain way: count every value. */
function naive(values: readonly (string | undefined)[]): Set<string> {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count > 1).map(([value]) => value));
}

describe('repeatedValues', () => {
  it('finds exactly the values given twice or more, whatever the values', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string({ maxLength: 4 }), { nil: undefined }), { maxLength: 60 }), (values) => {
        expect(repeatedValues(values, (v) => v)).toEqual(naive(values));
      }),
    );
  });

  it('stays exact when many values share a slot of its table (5,000 codes, some repeated)', () => {
    // 5,000 values in 2^20 slots: a dozen pairs share a slot without being equal.
    const codes = Array.from({ length: 5000 }, (_, i) => `79${String(i * 7919 % 100_000_000).padStart(8, '0')}`);
    const values = [...codes, codes[10], codes[4999], codes[10], undefined, ''];
    const repeated = repeatedValues(values, (v) => v);
    expect(repeated).toEqual(new Set([codes[10], codes[4999]]));
    expect(repeated).toEqual(naive(values));
  });

  it('reads each value through the given function', () => {
    const rows = [{ code: 'a' }, { code: 'b' }, { code: 'a' }, {}];
    expect(repeatedValues(rows, (row: { code?: string }) => row.code)).toEqual(new Set(['a']));
  });
});
