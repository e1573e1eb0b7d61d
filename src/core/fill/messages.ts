/** The words of `fill` and of the typing cards that come from the form itself, in one place. */
import type { FieldKey } from '../record.js';

/**
 * The web form's own labels, as the guide's step 3 reproduces the "Tờ khai" of
 * dichvucong.baohiemxahoi.gov.vn/#/dang-ky (seeds/000_d2b3eafd4aa0bbc1.txt): "Tên cơ quan/tổ
 * chức/cá nhân*", "Mã số bảo hiểm xã hội*", "Số CMND/HC/CC*", "Mặt trước", "Mặt sau", "Ảnh cá
 * nhân", "Địa chỉ liên hệ*", "Người liên hệ*", "Địa chỉ thư điện tử", "Điện thoại di động*",
 * "Đăng ký giao dịch tại*", "Chọn cơ quan BHXH tiếp nhận*", "Chọn hình thức nộp hồ sơ". The
 * address's boxes have no label of their own there; they are named by what they hold.
 */
export const FORM_LABELS = {
  name: 'Tên cơ quan/tổ chức/cá nhân',
  bhxhCode: 'Mã số bảo hiểm xã hội',
  idNumber: 'Số CMND/HC/CC',
  frontPhoto: 'Mặt trước',
  backPhoto: 'Mặt sau',
  portraitPhoto: 'Ảnh cá nhân',
  province: 'Địa chỉ liên hệ — Tỉnh/Thành phố',
  ward: 'Địa chỉ liên hệ — Phường/Xã',
  street: 'Địa chỉ liên hệ — Số nhà, đường',
  contactPerson: 'Người liên hệ',
  email: 'Địa chỉ thư điện tử',
  phone: 'Điện thoại di động',
  channel: 'Đăng ký giao dịch tại',
  receivingAgency: 'Chọn cơ quan BHXH tiếp nhận',
  submissionMethod: 'Chọn hình thức nộp hồ sơ',
} as const satisfies Partial<Record<FieldKey, string>>;

export type FormFieldKey = keyof typeof FORM_LABELS;

export const FILL_TEXT = {
  pickProvince: (name: string, search: string) => `Chọn «${name}» trong danh sách tỉnh/thành (gõ “${search}” để tìm).`,
  pickWard: (name: string, search: string) => `Chọn «${name}» trong danh sách phường/xã (gõ “${search}” để tìm).`,
  // Two levels of local government, province and commune, from 1/7/2025 (Law on Organisation of
  // Local Government 2025, 72/2025/QH15): a form still showing a district box has it to spare.
  wardNoDistrict: 'Từ 1/7/2025 không còn cấp quận/huyện: nếu trang còn hỏi quận/huyện thì bỏ qua ô đó.',
  pickChannel: (channel: string) => `Tích chọn «${channel}» (không chọn “Tổ chức I-VAN”, dành cho tổ chức).`,
  agencyChange: 'Bấm «Thay đổi» cạnh ô cơ quan BHXH.',
  agencyProvince: (agency: string) => `Chọn cơ quan cấp tỉnh «${agency}».`,
  agencyOffice: (office: string) => `Rồi chọn «${office}».`,
  agencyWhole: (agency: string) => `Chọn «${agency}» (đúng như đã ghi trong hồ sơ).`,
  agencyOld: (agency: string) =>
    `«${agency}» là tên cơ quan trước năm 2025 (từ 1/7/2025 không còn cấp quận): nếu danh sách không có tên này, dừng lại và sửa cơ quan trong hồ sơ trước.`,
  agencyForever: 'Cơ quan BHXH tiếp nhận không đổi được sau khi bấm «Ghi nhận»: chọn đúng cơ quan đã cấp thẻ BHYT.',
  // The guide, step 3, item 5: a wrong number cannot be edited, and the password goes to it.
  phoneForever: 'Số điện thoại không sửa được sau khi bấm «Ghi nhận»; mật khẩu được gửi tới số này.',
  pickSubmission: (method: string) => `Tích chọn «${method}».`,
  noEmail: 'Để trống ô này (học sinh không có e-mail; e-mail không bắt buộc nhưng nên có để nhận mã OTP).',
} as const;

/** The typing cards' own words (cards.ts). */
export const CARD_TEXT = {
  title: (count: number) => `Thẻ nhập liệu VssID — ${count} học sinh`,
  intro:
    'Mỗi thẻ là các ô của tờ khai đăng ký VssID, theo đúng thứ tự trong ứng dụng. In ra giấy A4 (Ctrl+P, khổ A4, tỉ lệ 100%), cắt theo đường chấm, đưa tận tay từng bạn.',
  warning:
    'Trang này có đầy đủ mã số BHXH, số CCCD và số điện thoại (dữ liệu cá nhân): không gửi lên nhóm chat, hủy thẻ sau khi dùng, xóa tệp khi xong.',
  empty: '(để trống)',
  forever: 'Không sửa được sau khi bấm «Ghi nhận».',
  cardId: (id: string) => `mã ${id}`,
  footer: (made: string) => `Gõ đúng từng ký tự, kiểm tra lại trước khi bấm «Ghi nhận». In lúc ${made}. Dữ liệu cá nhân: hủy thẻ sau khi dùng.`,
};
