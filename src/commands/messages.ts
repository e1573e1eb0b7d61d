import { CLI } from '../invocation.js';
/** The Vietnamese text of the small commands: list, show, remove and the guide's pages. */

export const commandMessages = {
  listEmpty: `Chưa có học sinh nào. Thêm bằng: ${CLI} register, hoặc cả lớp: ${CLI} import <tệp>`,
  listHeaders: ['Mã', 'Họ và tên', 'Trạng thái', 'Mã số BHXH', 'Số giấy tờ', 'Điện thoại', 'Còn thiếu'],
  listBhxh: (masked: string) => `BHXH ${masked}`,
  listIdNumber: (masked: string) => `giấy tờ ${masked}`,
  listPhone: (masked: string) => `SĐT ${masked}`,
  listMissing: (labels: string) => `còn thiếu: ${labels}`,
  listNoneMatching: (total: number) => `Không có học sinh nào khớp bộ lọc (trong ${total} học sinh đã lưu).`,
  listFiltered: (shown: number, total: number) => `${shown}/${total} học sinh khớp bộ lọc. Xem chi tiết: ${CLI} show <mã>`,
  listCount: (n: number) => `${n} học sinh. Xem chi tiết: ${CLI} show <mã>`,

  showTitle: (name: string, id: string, state: string) => `${name} — mã ${id} — ${state}`,
  showMissing: (labels: readonly string[], id: string) =>
    `Còn thiếu: ${labels.join(', ')}. Làm tiếp: ${CLI} register --resume ${id}`,
  showPhotosGone: (labels: readonly string[], id: string, ready: boolean) =>
    `${labels.join(', ')}: tệp ảnh không còn ở chỗ đã kiểm tra (đã bị xóa hoặc chuyển đi). ` +
    (ready
      ? `Hồ sơ cần bổ sung trước khi nhập vào ứng dụng: ${CLI} status ${id} reopened, rồi ${CLI} register --resume ${id}`
      : `Chọn lại ảnh: ${CLI} register --resume ${id}`),
  showHistory: 'Lịch sử:',
  showMasked: '(Số giấy tờ và điện thoại đã được che; thêm --unmask để xem đầy đủ.)',

  removeLabel: (name: string, id: string) => `${name} (mã ${id})`,
  removeConfirm: (label: string) => `Xóa hẳn ${label} khỏi máy này? Không khôi phục được.`,
  removeCancelled: 'Không xóa gì.',
  removed: (label: string) => `Đã xóa ${label}.`,

  checklistTitle: 'Chuẩn bị trước khi đăng ký VssID',
  checklistNext: `Có đủ rồi thì chạy: ${CLI} register`,

  guideTitle: 'Hướng dẫn đăng ký tài khoản cá nhân VssID',
  guideTroubleshooting: 'Các tình huống vướng mắc và cách xử lý',
  guideInstall: 'Hướng dẫn cài đặt ứng dụng BHXH số – VssID',
  guideHighlights: '5 điểm nổi bật của ứng dụng VssID',

  installTitle: 'Cài ứng dụng VssID',
  installIntro: 'Tìm ứng dụng tên “VssID” có logo BHXH trong kho ứng dụng, hoặc quét mã QR bằng camera điện thoại.',
  installShowCode: 'Hiện mã QR để quét (mỗi lần một mã, vừa cửa sổ; thêm --light nếu nền cửa sổ màu sáng):',
  installWhichCode: 'Hiện mã QR nào để quét bằng điện thoại?',
  installNoCode: 'Không cần mã, chỉ xem đường dẫn',
  installUnknownTarget: (raw: string) => `Không có mã QR '${raw}'. Chọn ios, android hoặc web.`,
  installShowHint: `Ví dụ: ${CLI} install android   (thêm --light nếu nền cửa sổ màu sáng)`,
  installAppStore: (ios: string) => `iPhone/iPad (App Store) — iOS ${ios} trở lên`,
  installGooglePlay: (android: string) => `Android (Google Play) — Android ${android} trở lên`,
  installWeb: 'Đăng ký trên trang web (không cần ứng dụng)',
  installHighlights: '5 điểm nổi bật của ứng dụng',
} as const;

/** Option values refused while the command line is read (see options.ts). */
export const O = {
  badFormat: (format: string, formats: readonly string[]) => `Không có dạng xuất «${format}». Chọn một trong: ${formats.join(', ')}.`,
  badDate: (raw: string) => `«${raw}» không phải ngày hợp lệ. Hãy ghi ngày/tháng/năm hoặc YYYY-MM-DD, ví dụ 30/06/2026.`,
  badState: (text: string, states: readonly string[]) => `Không có trạng thái «${text}». Chọn một trong: ${states.join(', ')}.`,
  badField: (text: string, labels: readonly string[]) =>
    `Không có mục «${text}» trong tờ khai. Ví dụ: --missing "ảnh trước" hoặc --missing sdt. Các mục: ${labels.join(', ')}.`,
  badCause: (value: string) => `Nguyên nhân '${value}' không hợp lệ: chọn failed (đăng ký chưa thành công) hoặc wrong-phone (đăng ký sai số điện thoại).`,
} as const;
