import { describe, expect, it } from 'vitest';
import { readTimestamps } from '../../../src/core/roster/timestamp.js';

const iso = (values: (number | undefined)[]) => values.map((v) => (v === undefined ? undefined : new Date(v).toISOString()));

describe('readTimestamps', () => {
  it('reads the Vietnamese Google Forms forms: SA is morning, CH afternoon, GMT+7', () => {
    expect(iso(readTimestamps(['2026/09/01 8:00:00 SA GMT+7', '2026/09/01 2:15:00 CH GMT+7', '2026/09/01 12:05:00 SA GMT+7']))).toEqual([
      '2026-09-01T01:00:00.000Z',
      '2026-09-01T07:15:00.000Z',
      '2026-08-31T17:05:00.000Z',
    ]);
  });

  it('reads a Vietnamese Sheets date as day first and an English one as month first', () => {
    expect(iso(readTimestamps(['01/09/2026 08:00:00']))).toEqual(['2026-09-01T01:00:00.000Z']);
    expect(iso(readTimestamps(['9/1/2026 8:00:00']))).toEqual(['2026-09-01T01:00:00.000Z']);
    expect(iso(readTimestamps(['9/1/2026 2:15:00 PM']))).toEqual(['2026-09-01T07:15:00.000Z']);
  });

  it('lets a day over 12 decide the order for the whole column', () => {
    expect(iso(readTimestamps(['9/1/2026 8:00:00', '9/13/2026 8:00:00']))).toEqual(['2026-09-01T01:00:00.000Z', '2026-09-13T01:00:00.000Z']);
    expect(iso(readTimestamps(['1/9/2026 8:00:00', '13/9/2026 8:00:00']))).toEqual(['2026-09-01T01:00:00.000Z', '2026-09-13T01:00:00.000Z']);
  });

  it('reads an ISO time (an .xlsx date cell) and says undefined for what is not a time', () => {
    expect(iso(readTimestamps(['2026-09-01T01:00:00.000Z', 'hôm qua', '', undefined, '31/02/2026 08:00:00', '2026/09/01 13:00:00 CH GMT+7']))).toEqual([
      '2026-09-01T01:00:00.000Z', undefined, undefined, undefined, undefined, undefined,
    ]);
  });
});
