import { describe, expect, it } from 'vitest';
import { parseCalendarDate, readCalendarDate } from '../../../src/core/calendar/parse-date.js';
import { SUPPORTED_YEARS, UnsupportedYearError } from '../../../src/core/calendar/years.js';
import { UserError } from '../../../src/errors.js';

describe('parseCalendarDate', () => {
  it.each([
    ['2026-03-02', '2026-03-02'],
    ['02/03/2026', '2026-03-02'],
    ['2/3/2026', '2026-03-02'],
    ['02-03-2026', '2026-03-02'],
    ['02.03.2026', '2026-03-02'],
    [' 29/02/2028 ', '2028-02-29'],
  ])('reads %j, day first, as %s', (input, iso) => {
    expect(parseCalendarDate(input)).toBe(iso);
  });

  it.each(['30/02/2026', '13/13/2026', '29/02/2026', '2026-02-30', '02/03/26', '02/03-2026', '2026/03/02', 'hôm nay', ''])(
    'refuses %j',
    (input) => {
      expect(parseCalendarDate(input)).toBeUndefined();
    },
  );

  it('reads the first and last supported days', () => {
    expect(SUPPORTED_YEARS).toEqual({ first: 1800, last: 2199 });
    expect(parseCalendarDate('01/01/1800')).toBe('1800-01-01');
    expect(parseCalendarDate('2199-12-31')).toBe('2199-12-31');
  });

  it.each([['01/01/1700', 1700], ['31/12/1799', 1799], ['2300-01-01', 2300], ['01/01/2200', 2200]])(
    'refuses %j, a real date in a year the calendar cannot compute, in Vietnamese with the range',
    (input, year) => {
      expect(readCalendarDate(input)).toEqual({ unsupportedYear: year });
      let thrown: unknown;
      try {
        parseCalendarDate(input);
      } catch (error) {
        thrown = error;
      }
      // A UserError: printed as the user's mistake, not as "Lỗi không mong đợi".
      expect(thrown).toBeInstanceOf(UnsupportedYearError);
      expect(thrown).toBeInstanceOf(UserError);
      expect((thrown as Error).message).toContain(`«${input}» thuộc năm ${year}`);
      expect((thrown as Error).message).toContain('từ năm 1800 đến năm 2199');
    },
  );

  it('a date that does not exist is still just not a date, whatever its year', () => {
    expect(readCalendarDate('30/02/1700')).toEqual({});
    expect(parseCalendarDate('30/02/1700')).toBeUndefined();
  });
});
