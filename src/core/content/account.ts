/**
 * For a student who already has a VssID account (most were registered by their parents at high
 * school): log in instead of registering again. The guide's words first (user = mã số BHXH;
 * "Quên mật khẩu"; the code to the registered e-mail, Bước 4), then the 2026 updates (updates.ts).
 */
import { UPDATES } from './updates.js';

export const EXISTING_ACCOUNT = {
  title: 'Đã có tài khoản VssID thì không đăng ký lại: đăng nhập và, nếu cần, lấy lại mật khẩu.',
  steps: [
    'Đăng nhập: tên đăng nhập là mã số BHXH (10 số cuối của thẻ BHYT) hoặc số CCCD 12 số; mật khẩu là mật khẩu đã nhận hoặc đã đổi.',
    'Quên mật khẩu: ở màn hình đăng nhập chọn “Quên mật khẩu”; hệ thống gửi mã xác nhận (OTP) qua e-mail đã đăng ký để đặt mật khẩu mới.',
    'Không còn dùng e-mail hay số điện thoại đã đăng ký: sửa ở mục “Thông tin tài khoản” trên trang web (tình huống 4), hoặc hỏi BHXH nơi cấp thẻ BHYT.',
  ],
  updates: [UPDATES.login],
  /** Not sure whether an account exists: how to find out before registering again. */
  unsure: [
    'Hỏi bố mẹ: nhiều bạn đã được đăng ký VssID từ hồi cấp 3.',
    'Thử đăng nhập VssID bằng mã số BHXH, hoặc chọn “Quên mật khẩu”: nếu tài khoản đã có, mã xác nhận sẽ về e-mail đã đăng ký. ' +
      'Ứng dụng báo chưa có tài khoản thì đăng ký mới (theo thông tin năm 2026, hãy kiểm tra cách ứng dụng báo).',
  ],
} as const;
