import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHECKLIST,
  CONTACTS,
  INSTALL_STEPS,
  LINKS,
  LOGIN_STEP,
  REGISTRATION_STEPS,
  SAFETY,
  TROUBLESHOOTING,
  UPDATES,
} from '../../../src/core/content/index.js';

const row = (n: number) => TROUBLESHOOTING.find((r) => r.number === n);

describe('"Cập nhật 2026" notes beside the guide’s own words', () => {
  it('keeps the guide’s words and adds the note where they are out of date', () => {
    const step3 = REGISTRATION_STEPS[2];
    expect(step3?.items?.join(' ')).toContain('chọn “Quận 3”'); // the guide's words stay
    expect(step3?.updates).toEqual([UPDATES.idDocument, UPDATES.noDistricts]);
    expect(row(1)?.solution).toContain('chụp CMND cũ');
    expect(row(1)?.updates).toContain(UPDATES.idDocument);
    expect(row(7)?.solution).toContain('đang trong thời gian BHXH hỗ trợ');
    expect(row(7)?.updates).toContain(UPDATES.supportPeriod);
    expect(row(5)?.updates).toContain(UPDATES.email);
    expect(CHECKLIST[0]?.update).toBe(UPDATES.idDocument);
    expect(CHECKLIST.find((c) => c.item.includes('e-mail'))?.update).toBe(UPDATES.email);
    expect(INSTALL_STEPS[0]?.updates).toContain(UPDATES.minVersions);
    expect(LOGIN_STEP.updates).toContain(UPDATES.login);
    expect(CONTACTS[0]).toMatchObject({ value: LINKS.hcmcPortal, update: UPDATES.hcmcPortal });
    expect(LINKS.hcmcPortal).toBe('http://phcm.baohiemxahoi.gov.vn'); // as printed
  });

  it('says the facts it could not confirm as "theo thông tin năm 2026, hãy kiểm tra" (or "hãy kiểm tra")', () => {
    for (const key of ['email', 'minVersions', 'supportPeriod', 'login', 'noDistricts', 'idDocument', 'hcmcPortal'] as const) {
      expect(UPDATES[key]).toMatch(/hãy kiểm tra/);
    }
  });

  it('names a source in a comment above every note', () => {
    const source = fs.readFileSync(new URL('../../../src/core/content/updates.ts', import.meta.url), 'utf8');
    const body = source.slice(source.indexOf('export const UPDATES'), source.indexOf('};', source.indexOf('export const UPDATES')));
    const lines = body.split('\n');
    for (const key of Object.keys(UPDATES)) {
      const at = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
      expect(at, key).toBeGreaterThan(0);
      expect(lines[at - 1]?.trimStart().startsWith('//'), `${key} has a source comment`).toBe(true);
    }
  });

  it('safety: stores only, no OTP/password/money to anyone, a SIM in the student’s own name', () => {
    const text = SAFETY.join(' ');
    expect(text).toContain('App Store hoặc Google Play');
    expect(text).toMatch(/OTP, mật khẩu hoặc tiền/);
    expect(text).toContain('SIM đứng tên chính học sinh');
  });
});
