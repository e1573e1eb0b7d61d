import { describe, expect, it } from 'vitest';
import { readVietnamTime } from '../../../src/core/calendar/read-time.js';
import fc from 'fast-check';
import { jdnFromIso } from '../../../src/core/calendar/iso-date.js';
import { VIETNAM_UTC_OFFSET, vietnamDateOf, vietnamDaysBetween, vietnamInstant, vietnamWallClock } from '../../../src/core/calendar/vietnam-time.js';
import { vietnamDateOf as fromWorkingDays } from '../../../src/core/calendar/working-days.js';

describe("Vietnam's clock", () => {
  it('turns an instant into the day and the time in Vietnam, whatever the machine zone', () => {
    const instant = new Date('2026-12-31T22:30:00Z');
    expect(vietnamDateOf(instant)).toBe('2027-01-01');
    expect(vietnamWallClock(instant)).toEqual({ date: '2027-01-01', time: '05:30' });
    expect(vietnamWallClock(new Date('2026-03-02T02:30:59.999Z'))).toEqual({ date: '2026-03-02', time: '09:30' });
    expect(fromWorkingDays).toBe(vietnamDateOf);
  });

  it("counts whole days between two instants on Vietnam's calendar, as the days written out do", () => {
    // 23:59 and 00:00 the next day in Vietnam (UTC+7): one day apart, one minute apart.
    expect(vietnamDaysBetween(new Date('2026-03-01T16:59:00Z'), new Date('2026-03-01T17:00:00Z'))).toBe(1);
    expect(vietnamDaysBetween(new Date('2026-03-01T17:00:00Z'), new Date('2026-03-02T16:59:59Z'))).toBe(0);
    expect(vietnamDaysBetween(new Date('2026-03-10T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toBe(-9);
    expect(() => vietnamDaysBetween(new Date('không phải ngày'), new Date())).toThrow(RangeError);
    const instant = fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, (from, to) => {
        expect(vietnamDaysBetween(from, to)).toBe(jdnFromIso(vietnamDateOf(to)) - jdnFromIso(vietnamDateOf(from)));
      }),
    );
  });

  it('and back', () => {
    expect(VIETNAM_UTC_OFFSET).toBe('+07:00');
    expect(vietnamInstant('2027-01-01', '05:30').toISOString()).toBe('2026-12-31T22:30:00.000Z');
    expect(vietnamInstant('2026-03-02', '09:30:15.5').toISOString()).toBe('2026-03-02T02:30:15.500Z');
    expect(Number.isNaN(vietnamInstant('2026-03-02', '9h').getTime())).toBe(true);
  });

  it('refuses an Invalid Date in Vietnamese', () => {
    expect(() => vietnamWallClock(new Date(Number.NaN))).toThrow(/Thời điểm không hợp lệ/);
    expect(() => vietnamDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('readVietnamTime', () => {
  it('reads Vietnam time, a zone, and a date alone at the time the caller gives', () => {
    expect(readVietnamTime('2026-02-24T10:00', '00:00')).toEqual({ ok: true, at: new Date('2026-02-24T03:00:00Z'), dateOnly: false });
    expect(readVietnamTime('24/02/2026 10:00', '00:00')).toEqual({ ok: true, at: new Date('2026-02-24T03:00:00Z'), dateOnly: false });
    expect(readVietnamTime('2026-02-24T03:00:00.000Z', '00:00')).toEqual({ ok: true, at: new Date('2026-02-24T03:00:00Z'), dateOnly: false });
    expect(readVietnamTime('2026-02-24', '00:00')).toEqual({ ok: true, at: new Date('2026-02-23T17:00:00Z'), dateOnly: true });
    expect(readVietnamTime('2026-02-24', '08:00')).toEqual({ ok: true, at: new Date('2026-02-24T01:00:00Z'), dateOnly: true });
  });

  it.each(['2026-02-31', '2026-02-31T10:00', '2026-02-31T10:00Z', '2026-02-24T24:00', 'tomorrow', ''])('refuses %j', (input) => {
    expect(readVietnamTime(input, '00:00')).toEqual({ ok: false });
  });

  it("refuses a moment whose Vietnamese day is outside 1800–2199, and says the year", () => {
    expect(readVietnamTime('01/01/1700 09:00', '00:00')).toEqual({ ok: false, unsupportedYear: 1700 });
    expect(readVietnamTime('09:00 01/01/2300', '00:00')).toEqual({ ok: false, unsupportedYear: 2300 });
    expect(readVietnamTime('2300-01-01', '00:00')).toEqual({ ok: false, unsupportedYear: 2300 });
    expect(readVietnamTime('1700-06-01T00:00Z', '00:00')).toEqual({ ok: false, unsupportedYear: 1700 });
    // 23:00 UTC on the last day of 2199 is already 2200 in Vietnam.
    expect(readVietnamTime('2199-12-31T23:00Z', '00:00')).toEqual({ ok: false, unsupportedYear: 2200 });
    expect(readVietnamTime('2199-12-31 23:59', '00:00')).toMatchObject({ ok: true });
    expect(readVietnamTime('1800-01-01', '00:00')).toMatchObject({ ok: true });
  });
});
