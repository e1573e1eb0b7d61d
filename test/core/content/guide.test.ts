import { describe, expect, it } from 'vitest';
import {
  CHECKLIST, FORM_TEXT, HIGHLIGHTS, INSTALL_STEPS, LINKS, LOGIN, LOGIN_STEP, MIN_OS_VERSIONS, REGISTRATION_STEPS,
} from '../../../src/core/content/index.js';

describe('the guide as data', () => {
  it('has registration steps 1–4 with step 3’s seven items', () => {
    expect(REGISTRATION_STEPS.map((s) => s.title.slice(0, 6))).toEqual(['Bước 1', 'Bước 2', 'Bước 3', 'Bước 4']);
    expect(REGISTRATION_STEPS[0]?.link).toBe(LINKS.webRegistration);
    expect(REGISTRATION_STEPS[1]?.text).toContain('“Cá nhân”');
    expect(REGISTRATION_STEPS[2]?.items).toHaveLength(7);
    expect(REGISTRATION_STEPS[2]?.items?.[6]).toContain('Quận 3');
    expect(REGISTRATION_STEPS[3]?.text).toContain('3 ngày làm việc');
  });

  it('says how to log in', () => {
    expect(LOGIN.user).toContain('Mã số BHXH');
    expect(LOGIN.passwordDueWorkingDays).toBe(3);
    expect(LOGIN_STEP.items?.join(' ')).toMatch(/Tên đăng nhập: mã số BHXH.*Mật khẩu/s);
  });

  it('lists what to prepare (BƯỚC 2)', () => {
    expect(CHECKLIST.map((c) => c.item)).toEqual([
      'Ảnh chụp 2 mặt CMND/CCCD/Hộ chiếu', 'Ảnh chân dung', 'Mã số BHXH', 'Số điện thoại di động', 'Địa chỉ e-mail',
    ]);
    expect(CHECKLIST[2]?.note).toContain('10 số cuối');
  });

  it('has the five highlights and the minimum versions', () => {
    expect(HIGHLIGHTS).toHaveLength(5);
    expect(HIGHLIGHTS[0]).toContain('thay thế thẻ BHYT giấy');
    expect(MIN_OS_VERSIONS).toEqual({ ios: '9.0', android: '4.1' });
  });

  it('describes the app’s newer sign-up flow and the password change by e-mail OTP', () => {
    const flow = INSTALL_STEPS[2]?.items?.join(' ') ?? '';
    expect(flow).toMatch(/chân dung.*mặt trước.*mặt sau.*cấp thẻ BHYT.*OTP.*e-mail/s);
    expect(INSTALL_STEPS[3]?.text).toMatch(/OTP.*e-mail/);
  });

  it('keeps the form’s fixed texts and the guide’s addresses', () => {
    expect(FORM_TEXT.defaultReceivingAgency).toBe('BHXH Quận 3, TP. Hồ Chí Minh');
    expect(FORM_TEXT.decree).toContain('166/2016/NĐ-CP');
    expect(LINKS.hcmcCommunicationsEmail).toBe('truyenthong@hochiminh.vss.gov.vn');
    expect(LINKS.accountPage).toBe('https://dichvucong.baohiemxahoi.gov.vn/#/tai-khoan');
  });
});
