import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, vietnamDateOf } from '../../../src/core/calendar/working-days.js';

// An instant given as Vietnam's wall clock.
const vn = (local: string) => new Date(`${local}+07:00`);

describe('isWorkingDay', () => {
  it('weekends and holidays are not', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay('2026-02-18')).toBe(false); // mùng 2 Tết
    expect(isWorkingDay('2026-04-27')).toBe(false); // Nghỉ bù for Giỗ Tổ
  });

  it('follows overrides: an extra day off, a holiday removed, a Saturday made a working day', () => {
    expect(isWorkingDay('2026-02-23', { extraDaysOff: ['2026-02-23'] })).toBe(false);
    expect(isWorkingDay('2026-04-27', { removedDaysOff: ['2026-04-27'] })).toBe(true);
    expect(isWorkingDay('2026-03-07', { removedDaysOff: ['2026-03-07'] })).toBe(true);
  });
});

describe('addWorkingDays: the password due date, 3 working days after the file-number SMS', () => {
  it.each([
    ['Friday → Wednesday, across a weekend', '2026-03-06T10:00', '2026-03-11'],
    ['Saturday counts as the next Monday → Thursday', '2026-03-07T10:00', '2026-03-12'],
    ['Sunday counts as the next Monday → Thursday', '2026-03-08T10:00', '2026-03-12'],
    ['late on Monday is still Monday → Thursday', '2026-03-09T23:59', '2026-03-12'],
    ['Friday before Tết 2026 → after the break (16–20/2)', '2026-02-13T15:00', '2026-02-25'],
    ['during Tết → counted from Monday 23/2', '2026-02-18T09:00', '2026-02-26'],
    ['Wednesday 29/4 → across 30/4, 1/5 and the weekend', '2026-04-29T09:00', '2026-05-06'],
    ['Friday 24/4 → across Nghỉ bù 27/4 and 30/4–1/5', '2026-04-24T09:00', '2026-05-04'],
  ])('%s', (_label, local, due) => {
    expect(addWorkingDays(vn(local), 3)).toBe(due);
  });

  it('with an extra day off after Tết', () => {
    expect(addWorkingDays(vn('2026-02-13T15:00'), 3, { extraDaysOff: ['2026-02-23'] })).toBe('2026-02-26');
  });

  it('with a removed day off and with a Saturday made a working day', () => {
    expect(addWorkingDays(vn('2026-04-24T09:00'), 3, { removedDaysOff: ['2026-04-27'] })).toBe('2026-04-29');
    expect(addWorkingDays(vn('2026-03-06T10:00'), 3, { removedDaysOff: ['2026-03-07'] })).toBe('2026-03-10');
  });

  it('a day counted once is counted again when the days off change (the answers are kept by content)', () => {
    const sms = vn('2026-03-06T10:00');
    const overrides = { extraDaysOff: ['2026-03-10'] };
    expect(addWorkingDays(sms, 3)).toBe('2026-03-11');
    expect(addWorkingDays(sms, 3, overrides)).toBe('2026-03-12');
    overrides.extraDaysOff.push('2026-03-11');
    expect(addWorkingDays(sms, 3, overrides)).toBe('2026-03-13');
    expect(addWorkingDays(new Date(sms.getTime() + 3_600_000), 3)).toBe('2026-03-11');
  });

  it('n = 0 is the effective day itself', () => {
    expect(addWorkingDays(vn('2026-03-07T10:00'), 0)).toBe('2026-03-09');
    expect(() => addWorkingDays(vn('2026-03-07T10:00'), -1)).toThrow(RangeError);
  });

  it('crosses into the next year', () => {
    expect(addWorkingDays(vn('2026-12-30T10:00'), 3)).toBe('2027-01-05'); // 1/1 off, then a weekend
  });
});

describe('time zone independence', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Europe/Paris', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'])(
    'same dates with TZ=%s',
    (zone) => {
      process.env.TZ = zone;
      // 18:00 UTC on Sunday 1 March is 01:00 on Monday 2 March in Vietnam.
      const instant = new Date('2026-03-01T18:00:00Z');
      expect(vietnamDateOf(instant)).toBe('2026-03-02');
      // 18:00 UTC on Thursday 5 March is already Friday in Vietnam: due Wednesday, not Tuesday.
      expect(addWorkingDays(new Date('2026-03-05T18:00:00Z'), 3)).toBe('2026-03-11');
    },
  );

  it('the zone change does take effect in this process', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date('2026-03-01T18:00:00Z').getDate()).toBe(1);
    process.env.TZ = 'Asia/Tokyo';
    expect(new Date('2026-03-01T18:00:00Z').getDate()).toBe(2);
  });
});
