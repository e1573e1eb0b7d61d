import { describe, expect, it } from 'vitest';
import { CULTURE_DAY_FIRST_YEAR, holidaysFor } from '../../../src/core/calendar/holidays.js';

const brief = (year: number, overrides = {}) => holidaysFor(year, overrides).map((h) => `${h.date} ${h.name}`);

describe('holidaysFor', () => {
  it('2026, checked by hand against a calendar', () => {
    // Thu 1/1; Tết Bính Ngọ is Tue 17/2, so Mon 16/2 (29 tháng Chạp) to Fri 20/2; Giỗ Tổ is
    // Sun 26/4, made up on Mon 27/4; Thu 30/4, Fri 1/5; Tue 1/9, Wed 2/9; Tue 24/11.
    expect(brief(2026)).toEqual([
      '2026-01-01 Tết Dương lịch',
      '2026-02-16 Tết Nguyên đán',
      '2026-02-17 Tết Nguyên đán',
      '2026-02-18 Tết Nguyên đán',
      '2026-02-19 Tết Nguyên đán',
      '2026-02-20 Tết Nguyên đán',
      '2026-04-26 Giỗ Tổ Hùng Vương',
      '2026-04-27 Nghỉ bù',
      '2026-04-30 Ngày Giải phóng miền Nam',
      '2026-05-01 Quốc tế Lao động',
      '2026-09-01 Quốc khánh',
      '2026-09-02 Quốc khánh',
      '2026-11-24 Ngày Văn hóa Việt Nam',
    ]);
    expect(holidaysFor(2026).find((h) => h.name === 'Nghỉ bù')?.compensates).toBe('2026-04-26');
  });

  it('a Tết spanning a weekend gives its days after the break (2027)', () => {
    // Tết Đinh Mùi is Sat 6/2: Fri 5/2 to Tue 9/2, Sat 6 and Sun 7 made up on Wed 10, Thu 11.
    expect(brief(2027).filter((h) => h.startsWith('2027-02'))).toEqual([
      '2027-02-05 Tết Nguyên đán',
      '2027-02-06 Tết Nguyên đán',
      '2027-02-07 Tết Nguyên đán',
      '2027-02-08 Tết Nguyên đán',
      '2027-02-09 Tết Nguyên đán',
      '2027-02-10 Nghỉ bù',
      '2027-02-11 Nghỉ bù',
    ]);
  });

  it('Culture Day only from CULTURE_DAY_FIRST_YEAR', () => {
    expect(CULTURE_DAY_FIRST_YEAR).toBe(2026);
    // 2025 also shows a Tết ending on Saturday 1/2, made up on Monday 3/2.
    expect(brief(2025)).toEqual([
      '2025-01-01 Tết Dương lịch',
      '2025-01-28 Tết Nguyên đán',
      '2025-01-29 Tết Nguyên đán',
      '2025-01-30 Tết Nguyên đán',
      '2025-01-31 Tết Nguyên đán',
      '2025-02-01 Tết Nguyên đán',
      '2025-02-03 Nghỉ bù',
      '2025-04-07 Giỗ Tổ Hùng Vương',
      '2025-04-30 Ngày Giải phóng miền Nam',
      '2025-05-01 Quốc tế Lao động',
      '2025-09-01 Quốc khánh',
      '2025-09-02 Quốc khánh',
    ]);
  });

  it('applies a class profile’s overrides of that year only', () => {
    const overrides = {
      extraDaysOff: ['2026-02-23', '2027-01-04'],
      removedDaysOff: ['2026-04-27'],
    };
    const days = brief(2026, overrides);
    expect(days).toContain('2026-02-23 Ngày nghỉ bổ sung');
    expect(days).not.toContain('2026-04-27 Nghỉ bù');
    expect(days.some((d) => d.startsWith('2027'))).toBe(false);
    expect(days).toHaveLength(13);
  });

  it('refuses a malformed override date', () => {
    expect(() => holidaysFor(2026, { extraDaysOff: ['23/02/2026'] })).toThrow(RangeError);
    expect(() => holidaysFor(2026, { removedDaysOff: ['2026-02-30'] })).toThrow(RangeError);
  });
});
