import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { classmate, photo, post, sealed, startTestServer } from './helpers.js';

describe('collect under load', () => {
  it('40 classmates at once, two ~1 MB photos each: 40 saved, none refused, the store valid', async () => {
    // Every test phone is 127.0.0.1: the per-address limits are for a class where each phone has its own.
    const run = await startTestServer({ sendingsPerMinute: 1000, connectionsPerAddress: 1000 });
    const bodies = Array.from({ length: 40 }, (_, i) => sealed(run.key, classmate(100 + i), [photo(1_000_000), photo(1_000_000)]));
    const answers = await Promise.all(bodies.map((body) => post(run, body)));
    expect(answers.map((a) => a.status)).toEqual(Array(40).fill(200));
    const records = openStore({ home: run.home, readOnly: true }).list();
    expect(records).toHaveLength(40);
    expect(new Set(records.map((r) => r.fields.bhxhCode)).size).toBe(40);
    expect(records.every((r) => r.fields.frontPhoto && r.fields.backPhoto)).toBe(true);
  }, 120_000);
});
