import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/core/fields/check.js';

describe('email (Địa chỉ thư điện tử)', () => {
  it('is optional, but recommended with a warning', () => {
    const r = checkField('email', '');
    expect(r).toMatchObject({ ok: true, value: undefined, notes: [] });
    expect(r.ok && r.warnings[0]).toContain('OTP');
  });

  it('stores a trimmed, lowercased address', () => {
    expect(checkField('email', '  NguyenVanAn@Gmail.com ')).toEqual({ ok: true, value: 'nguyenvanan@gmail.com', notes: [], warnings: [] });
    expect(checkField('email', 'mailto:an.nguyen+vssid@st.ueh.edu.vn')).toMatchObject({ value: 'an.nguyen+vssid@st.ueh.edu.vn' });
  });

  it.each(['nguyenvanan', 'an@', 'an nguyen@gmail.com', 'nguyễn@gmail.com', 'an@gmail', `${'a'.repeat(250)}@gmail.com`])(
    'refuses %j, showing the expected form',
    (raw) => {
      const r = checkField('email', raw);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/Địa chỉ thư điện tử/);
    },
  );
});

describe('subjectType (Đối tượng đăng ký)', () => {
  it('accepts an individual, by key or by the form’s words', () => {
    for (const raw of ['individual', 'Cá nhân', 'ca nhan']) expect(checkField('subjectType', raw)).toMatchObject({ ok: true, value: 'individual' });
  });

  it('says organisations are out of scope', () => {
    expect(checkField('subjectType', 'Tổ chức')).toMatchObject({ ok: false, message: expect.stringContaining('ngoài phạm vi') });
  });
});

describe('channel (Đăng ký giao dịch tại)', () => {
  it('accepts only the portal', () => {
    expect(checkField('channel', 'portal')).toMatchObject({ ok: true, value: 'portal' });
    expect(checkField('channel', 'Cổng thông tin điện tử của BHXH Việt Nam')).toMatchObject({ ok: true, value: 'portal' });
    expect(checkField('channel', 'Tổ chức I-VAN')).toMatchObject({ ok: false, message: expect.stringContaining('I-VAN chỉ dành cho cơ quan, tổ chức') });
  });
});

describe('submissionMethod (Hình thức nộp hồ sơ)', () => {
  it.each([
    ['postal', 'postal'],
    ['reception', 'reception'],
    ['bưu chính', 'postal'],
    ['Tại nhà thông qua dịch vụ bưu chính công ích', 'postal'],
    ['Tại nơi tiếp nhận hồ sơ theo quy định của Bảo hiểm Xã hội Việt Nam', 'reception'],
  ])('%j → %s', (raw, expected) => {
    expect(checkField('submissionMethod', raw)).toMatchObject({ ok: true, value: expected });
  });

  it('refuses anything else, naming both choices', () => {
    expect(checkField('submissionMethod', 'email')).toMatchObject({ ok: false, message: expect.stringMatching(/postal.*reception/) });
  });
});

describe('commitment (Cam kết)', () => {
  it('must be confirmed', () => {
    expect(checkField('commitment', true)).toMatchObject({ ok: true, value: true });
    expect(checkField('commitment', false)).toMatchObject({ ok: false, message: expect.stringContaining('Cần xác nhận lời cam kết') });
    expect(checkField('commitment', undefined)).toMatchObject({ ok: false, message: expect.stringContaining('Chưa xác nhận') });
    expect(checkField('commitment', 'true')).toMatchObject({ ok: false });
  });
});

describe('receivingAgency (Cơ quan BHXH tiếp nhận)', () => {
  it('is non-empty text', () => {
    expect(checkField('receivingAgency', ' BHXH Quận 3,  TP. Hồ Chí Minh ')).toMatchObject({ ok: true, value: 'BHXH Quận 3, TP. Hồ Chí Minh' });
    // Issue 9: the example is no longer the guide's pre-2025 "BHXH Quận 3".
    expect(checkField('receivingAgency', '')).toMatchObject({ ok: false, message: expect.stringContaining('cơ quan đã cấp thẻ BHYT') });
  });
});
