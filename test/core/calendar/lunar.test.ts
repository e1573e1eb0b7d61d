import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar, tetDate } from '../../../src/core/calendar/lunar.js';

describe('tetDate', () => {
  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
  ])('Tết %i is %s', (year, date) => {
    expect(tetDate(year)).toBe(date);
  });

  // Years where the UTC+7 calendar differs from China's UTC+8 one.
  it('2007: 17 February in Vietnam (China: 18 February)', () => {
    expect(tetDate(2007)).toBe('2007-02-17');
  });

  it('1985: 21 January in Vietnam, a month before China (20 February)', () => {
    // The 1984 solstice fell late on 21 December at UTC+7, the day before a new moon, so
    // month 11 began a month earlier than in China.
    expect(tetDate(1985)).toBe('1985-01-21');
    expect(solarToLunar('1985-02-20')).toEqual({ day: 1, month: 2, year: 1985, leap: false });
  });

  it('2030: 2 February in Vietnam (the new moon is at 23:07 in Hanoi, 00:07 in Beijing)', () => {
    expect(tetDate(2030)).toBe('2030-02-02');
  });
});

describe('lunarToSolar', () => {
  it('Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
    expect(lunarToSolar(10, 3, 2025)).toBe('2025-04-07');
    expect(lunarToSolar(10, 3, 2026)).toBe('2026-04-26');
  });

  it('knows the leap months', () => {
    expect(lunarToSolar(1, 4, 2020, true)).toBe('2020-05-23');
    expect(lunarToSolar(1, 2, 2023, true)).toBe('2023-03-22');
    expect(lunarToSolar(1, 6, 2025, true)).toBe('2025-07-25');
  });

  it('refuses dates that do not exist', () => {
    expect(() => lunarToSolar(1, 5, 2025, true)).toThrow(RangeError);
    expect(() => lunarToSolar(30, 12, 2025)).toThrow(RangeError); // tháng Chạp Ất Tỵ has 29 days
    expect(() => lunarToSolar(1, 13, 2025)).toThrow(RangeError);
    expect(() => lunarToSolar(0, 1, 2025)).toThrow(RangeError);
  });

  it('refuses, in Vietnamese, years outside SUPPORTED_YEARS', () => {
    expect(() => tetDate(1799)).toThrow(RangeError);
    expect(() => tetDate(2200)).toThrow(/chỉ tính được cho các năm từ năm 1800 đến năm 2199, không tính được năm 2200/);
    expect(() => solarToLunar('1700-01-01')).toThrow(/năm 1700/);
    expect(() => lunarToSolar(1, 13, 2025)).toThrow(/Không có tháng âm lịch 13/);
    expect(tetDate(1800)).toMatch(/^1800-/);
    expect(tetDate(2199)).toMatch(/^2199-/);
  });
});

describe('solarToLunar', () => {
  it('the eve of Tết 2026 is 29 tháng Chạp', () => {
    expect(solarToLunar('2026-02-16')).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(solarToLunar('2026-02-17')).toEqual({ day: 1, month: 1, year: 2026, leap: false });
  });

  it('dates in a leap month', () => {
    expect(solarToLunar('2025-07-25')).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(solarToLunar('2025-06-25')).toEqual({ day: 1, month: 6, year: 2025, leap: false });
  });

  it('refuses what is not a date', () => {
    expect(() => solarToLunar('2026-02-30')).toThrow(RangeError);
  });

  it('round-trips with lunarToSolar (1900–2100)', () => {
    const day = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 11, 31) });
    fc.assert(
      fc.property(day, (ms) => {
        const iso = new Date(ms).toISOString().slice(0, 10);
        const lunar = solarToLunar(iso);
        expect(lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });
});
