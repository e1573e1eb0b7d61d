import { describe, expect, it } from 'vitest';
import { isProfileKey, parseDays, parseSetting } from '../../src/core/profile-settings.js';

describe('class profile settings', () => {
  it('checks the support e-mail like the form does, and refuses a blank one', () => {
    expect(parseSetting('supportEmail', ['HoTro@Truong.EDU.vn'])).toMatchObject({ ok: true, value: 'hotro@truong.edu.vn' });
    expect(parseSetting('supportEmail', ['not-an-email'])).toMatchObject({ ok: false });
    expect(parseSetting('supportEmail', ['  '])).toMatchObject({ ok: false, message: expect.stringContaining('config reset supportEmail') });
  });

  it('reads the submission method in English or Vietnamese', () => {
    expect(parseSetting('submissionMethod', ['bưu', 'chính'])).toMatchObject({ ok: true, value: 'postal' });
    expect(parseSetting('submissionMethod', ['reception'])).toMatchObject({ ok: true, value: 'reception' });
    expect(parseSetting('submissionMethod', ['fax']).ok).toBe(false);
  });

  it('normalises the class name and limits its length', () => {
    expect(parseSetting('className', ['  12A1 ', ' K47'])).toMatchObject({ ok: true, value: '12A1 K47' });
    expect(parseSetting('className', ['x'.repeat(51)]).ok).toBe(false);
    expect(parseSetting('className', ['']).ok).toBe(false);
  });

  it('reads days off as sorted unique ISO dates, and warns when a change would do nothing', () => {
    expect(parseDays('extraDaysOff', ['2026-02-24,2026-02-23', '2026-02-24'])).toEqual({ ok: true, value: ['2026-02-23', '2026-02-24'], warnings: [] });
    const weekend = parseDays('extraDaysOff', ['2026-02-21']);
    expect(weekend.ok && weekend.warnings[0]).toContain('vốn đã là ngày nghỉ');
    const working = parseDays('removedDaysOff', ['2026-02-25']);
    expect(working.ok && working.warnings[0]).toContain('vốn đã là ngày làm việc');
    expect(parseDays('removedDaysOff', ['2026-02-17'])).toMatchObject({ ok: true, warnings: [] });
    expect(parseDays('extraDaysOff', ['30/02/2026'])).toMatchObject({ ok: false, message: expect.stringContaining('DD/MM/YYYY') });
    expect(parseDays('extraDaysOff', ['2026-02-23x'])).toMatchObject({ ok: false, message: expect.stringContaining('YYYY-MM-DD') });
    expect(parseDays('extraDaysOff', [])).toMatchObject({ ok: false });
  });

  it('reads days off in Vietnamese order too (day first), and stores them ISO', () => {
    expect(parseDays('extraDaysOff', ['03/03/2026'])).toEqual({ ok: true, value: ['2026-03-03'], warnings: [] });
    expect(parseDays('extraDaysOff', ['3/3/2026,2026-03-03', '04-03-2026'])).toMatchObject({ ok: true, value: ['2026-03-03', '2026-03-04'] });
    // Never month first: 03/04 is the 3rd of April.
    expect(parseDays('removedDaysOff', ['03/04/2026'])).toMatchObject({ ok: true, value: ['2026-04-03'] });
  });

  it('knows its keys', () => {
    expect(isProfileKey('supportEmail')).toBe(true);
    expect(isProfileKey('toString')).toBe(false);
  });
});
