import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../../src/core/calendar/parse-date.js';

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
});
