import { describe, expect, it } from 'vitest';
import { dayWithWeekday } from '../../src/commands/status/messages.js';

describe('dayWithWeekday', () => {
  it.each([
    ['2026-03-05', 'Thứ Năm 05/03/2026'],
    ['2026-03-08', 'Chủ nhật 08/03/2026'],
    ['2026-03-07', 'Thứ Bảy 07/03/2026'],
    ['2027-01-01', 'Thứ Sáu 01/01/2027'],
  ])('%s → %s', (iso, text) => {
    expect(dayWithWeekday(iso)).toBe(text);
  });
});
