/** Every text of `collect` that the page, the server and the terminal share, in Vietnamese. */

export const collectMessages = {
  // What the classmate's phone shows.
  phoneAgainEmpty: 'Chưa nhập lại số điện thoại. Hãy gõ lại đúng số điện thoại di động lần thứ hai.',
  phoneMismatch: 'Hai lần nhập số điện thoại không khớp nhau. Hãy nhập lại cả hai lần.',
  idNotConfirmed: 'Hãy kiểm tra các thông tin đọc được từ số CCCD (giới tính, năm sinh, nơi đăng ký) rồi đánh dấu xác nhận.',
  noCommitment: 'Hãy đánh dấu ô cam kết: thông tin đã khai là đúng sự thật.',
  photoMissing: (label: string) => `Chưa có ${label.toLowerCase()} của CCCD/CMND. Hãy chụp hoặc chọn ảnh.`,
  photoNotJpeg: (label: string) => `${label} không phải ảnh JPEG đọc được. Hãy chụp lại hoặc chọn ảnh khác.`,
  photoTooBig: (label: string, maxMb: number) => `${label} lớn hơn ${maxMb} MB. Hãy chụp lại (trang tự thu nhỏ ảnh) rồi gửi lại.`,
  samePhoto: 'Ảnh mặt trước và ảnh mặt sau là cùng một ảnh. Hãy chụp riêng từng mặt của thẻ.',
  mismatch:
    'Mã số BHXH hoặc số giấy tờ này đã có trong danh sách của lớp nhưng không khớp cả hai với hồ sơ đã lưu. ' +
    'Hãy kiểm tra lại cả hai số; nếu đúng là của bạn, hãy báo lớp trưởng.',
  locked: 'Hồ sơ của bạn đã được lớp trưởng nộp nên không sửa được từ điện thoại. Nếu cần sửa, hãy báo lớp trưởng.',
  tooMany: 'Bạn gửi quá nhiều lần trong một phút. Hãy đợi một phút rồi gửi lại.',
  tooLarge: 'Dữ liệu gửi lên quá lớn. Hãy chụp lại ảnh (trang tự thu nhỏ ảnh) rồi gửi lại.',
  unreadable: 'Máy của lớp trưởng không đọc được dữ liệu gửi lên (có thể đường dẫn đã bị sửa hoặc gửi trùng). Hãy quét lại mã QR rồi gửi lại.',
  badRequest: 'Yêu cầu không hợp lệ. Hãy quét lại mã QR của lớp trưởng rồi thử lại.',
  busy: 'Máy của lớp trưởng đang bận. Hãy đợi vài giây rồi gửi lại.',
  // Never the store's own reason: it may name another student.
  notSaved: 'Máy của lớp trưởng chưa lưu được thông tin này (có thể trùng với một bạn đã có trong danh sách). Hãy báo lớp trưởng.',
  invalid: 'Có thông tin chưa đúng; hãy sửa những ô được đánh dấu rồi gửi lại.',
};

/** How `list`, `show` and the board mark a student who filled in their own form. */
export const sourceMessages = {
  mark: ' (tự khai)',
  note: 'Bạn ấy đã tự khai trên điện thoại (lệnh collect); những ô bạn ấy khai được ghi nguồn là “collect”.',
};

/** What happens next, shown on the phone after sending: the guide's steps after "Ghi nhận". */
export const NEXT_STEPS: readonly string[] = [
  'Lớp trưởng sẽ nhập thông tin của bạn vào Cổng dịch vụ công của BHXH Việt Nam (bấm “Ghi nhận”).',
  'Sau đó bạn nhận tin nhắn SMS có “số hồ sơ” gửi tới số điện thoại vừa khai: hãy báo số hồ sơ cho lớp trưởng.',
  'Trong khoảng 3 ngày làm việc, mật khẩu đăng nhập VssID được gửi bằng SMS hoặc e-mail.',
  'Đăng nhập ứng dụng VssID: tên đăng nhập là mã số BHXH của bạn, mật khẩu là mật khẩu vừa nhận; rồi đổi mật khẩu.',
];
