import { CLI } from '../invocation.js';
/** The Vietnamese text of the small commands: list, show, remove and the guide's pages. */

export const C = {
  studentNotFound: (key: string) => `Không tìm thấy học sinh nào có mã, mã số BHXH hay họ tên «${key}».`,
  studentNotFoundHint: `Xem mã và họ tên của từng người: ${CLI} list (gõ tên không dấu cũng được, ví dụ "nguyen van an").`,
  studentAmbiguous: (key: string, count: number) => `Có ${count} học sinh khớp với «${key}»:`,
  studentAmbiguousHint: 'Chạy lại với mã của người cần chọn (cột đầu), hoặc gõ đủ họ tên.',
  studentIdOrCodeHint: (key: string) =>
    `«${key}» vừa là mã của một học sinh vừa là mã số BHXH của học sinh kia: không đoán người nào. Hãy gõ họ tên của người cần chọn, rồi sửa mã số BHXH sai.`,
  studentNamesakesHint: 'Các bạn này trùng cả họ tên (phân biệt bằng năm sinh theo CCCD và 4 số cuối mã số BHXH): chạy lại với mã của người cần chọn (cột đầu).',
  listEmpty: `Chưa có học sinh nào. Thêm bằng: ${CLI} register, hoặc cả lớp: ${CLI} import <tệp>`,
  listHeaders: ['Mã', 'Họ và tên', 'Trạng thái', 'Mã số BHXH', 'Số giấy tờ', 'Điện thoại', 'Còn thiếu'],
  listBhxh: (masked: string) => `BHXH ${masked}`,
  listIdNumber: (masked: string) => `giấy tờ ${masked}`,
  listPhone: (masked: string) => `SĐT ${masked}`,
  listMissing: (labels: string) => `còn thiếu: ${labels}`,
  listNoneMatching: (total: number) => `Không có học sinh nào khớp bộ lọc (trong ${total} học sinh đã lưu).`,
  listFiltered: (shown: number, total: number) => `${shown}/${total} học sinh khớp bộ lọc. Xem chi tiết: ${CLI} show <mã>`,
  badState: (text: string) => `Không có trạng thái «${text}».`,
  badStateHint: (states: readonly string[]) => `Chọn một trong: ${states.join(', ')}.`,
  badField: (text: string) => `Không có mục «${text}» trong tờ khai.`,
  badFieldHint: (labels: readonly string[]) => `Ví dụ: --missing "ảnh trước" hoặc --missing sdt. Các mục: ${labels.join(', ')}.`,
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
  installLightAndDark: 'Chỉ chọn một trong hai: --light (nền sáng) hoặc --dark (nền tối).',
  installAppStore: (ios: string) => `iPhone/iPad (App Store) — iOS ${ios} trở lên`,
  installGooglePlay: (android: string) => `Android (Google Play) — Android ${android} trở lên`,
  installWeb: 'Đăng ký trên trang web (không cần ứng dụng)',
  installHighlights: '5 điểm nổi bật của ứng dụng',
} as const;

