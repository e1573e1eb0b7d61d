/** Every Vietnamese text of `import` outside the roster core (whose own texts are in core/roster/messages.ts). */
import type { RosterEncoding, RosterFormat } from '../../core/roster/index.js';

const FORMAT_LABELS: Record<RosterFormat, string> = { csv: 'CSV', json: 'JSON', xlsx: 'bảng tính Excel .xlsx' };
const ENCODING_LABELS: Record<RosterEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16': 'UTF-16',
  'windows-1258': 'Windows-1258',
  xlsx: '',
};

const RESUME = 'vssid-helper register --resume';

export const M = {
  /** Spinner labels, shown on a terminal while a large roster is read, then checked. */
  reading: (file: string) => `Đang đọc «${file}»…`,
  checking: (rows: number) => `Đang kiểm tra ${rows.toLocaleString('vi-VN')} dòng…`,
  notFound: (file: string) => `Không tìm thấy tệp «${file}».`,
  notFoundHint:
    'Kiểm tra lại tên và thư mục của tệp (có thể kéo thả tệp vào cửa sổ dòng lệnh để dán đúng đường dẫn). ' +
    'Ví dụ: vssid-helper import danh-sach-lop.csv --dry-run',
  isDirectory: (file: string) => `«${file}» là một thư mục, không phải tệp danh sách.`,
  isDirectoryHint: 'Hãy chỉ ra tệp .csv (hoặc .json, .xlsx) nằm trong thư mục đó.',
  noAccess: (file: string) => `Không có quyền đọc tệp «${file}».`,
  noAccessHint: 'Đóng tệp nếu đang mở trong Excel, kiểm tra quyền của tệp, hoặc chép tệp sang thư mục khác rồi chạy lại.',
  savedUnreadable: (file: string) =>
    `Không đọc được dữ liệu đã lưu (${file}): lần chạy thử này chưa so trùng với học sinh đã lưu.`,

  read: (file: string, count: number, format: RosterFormat, encoding: RosterEncoding) => {
    const kind = encoding === 'xlsx' || format === 'xlsx' ? FORMAT_LABELS[format] : `${FORMAT_LABELS[format]} ${ENCODING_LABELS[encoding]}`;
    return `Đã đọc «${file}» (${kind}): ${count} dòng học sinh.`;
  },
  ignoredColumns: (columns: readonly string[]) => `Các cột không dùng (bỏ qua): ${columns.map((c) => `«${c}»`).join(', ')}.`,
  noticesTitle: 'Lưu ý:',
  problemsTitle: 'Những dòng cần xem lại (✖ lỗi, ⚠ cảnh báo):',
  noProblems: 'Không có dòng nào có lỗi hay cảnh báo.',
  rowTitle: (line: number, name: string | undefined) => `Dòng ${line}${name ? ` · ${name}` : ''}`,
  savedAs: (id: string) => `đã lưu nháp, mã ${id}`,
  alreadySavedAs: (id: string) => `đã lưu từ trước, mã ${id}: bỏ qua`,
  alreadySavedTitle: 'Đã lưu từ lần nhập trước (cùng mã số BHXH và họ tên), bỏ qua, không lưu lại:',
  alreadySavedTooMany: (count: number) => `(${count} dòng: xem bằng «vssid-helper list».)`,
  alreadySavedCount: (count: number) => `${count} dòng là học sinh đã lưu từ trước: bỏ qua, không lưu lại.`,
  alreadySavedRule:
    'Quy tắc: một dòng có mã số BHXH và họ tên (không kể chữ hoa, chữ thường hay dấu) giống một học sinh đã lưu ' +
    'là học sinh đó nhập lại, nên được bỏ qua; mã số BHXH đã lưu mà họ tên khác là lỗi trùng mã. ' +
    `Bản đã lưu không được cập nhật từ tệp: sửa hoặc điền thêm bằng «${RESUME} <mã>».`,
  notSaved: 'chưa lưu',

  summary: (total: number, ok: number, failed: number) =>
    `Tổng cộng ${total} dòng: ${ok} hợp lệ, ${failed} có lỗi.`,
  dryRun: 'Chạy thử (--dry-run): chưa lưu gì.',
  dryRunNext:
    'Để lưu: chạy lại lệnh không có --dry-run. Dòng nào có họ tên và mã số BHXH hợp lệ sẽ được lưu làm bản nháp ' +
    '(chỉ giữ các ô hợp lệ).',
  savedCount: (saved: number) => `Đã lưu ${saved} học sinh làm bản nháp.`,
  notSavedCount: (count: number) =>
    `${count} dòng không được lưu vì họ tên hoặc mã số BHXH chưa hợp lệ, thiếu, hoặc trùng: sửa trong tệp rồi nhập lại các dòng đó.`,
  savedTableHeaders: ['Mã', 'Dòng', 'Họ và tên'] as const,
  savedTooMany: (count: number) => `(${count} học sinh: xem mã của từng người bằng «vssid-helper list».)`,
  resumeHint:
    'Danh sách không có ảnh giấy tờ, nên mọi học sinh vừa nhập đều là bản nháp. Làm tiếp từng người ' +
    '(thêm ảnh, điền hoặc sửa những gì còn thiếu hay sai):',
  resumeCommand: (id: string) => `  ${RESUME} ${id}`,
  resumeAny: `  ${RESUME}        (chọn từ danh sách)`,

  failed: (failed: number, total: number) => `Còn ${failed}/${total} dòng có lỗi.`,
  failedHintDry: 'Sửa các ô báo lỗi trong tệp (theo dòng và cột ở trên) rồi chạy lại lệnh.',
  failedHintJson: 'Xem "errors" của từng dòng trong kết quả JSON.',
  failedHintSaved:
    `Sửa các dòng chưa lưu trong tệp rồi nhập lại (dòng đã lưu, cùng mã số BHXH và họ tên, sẽ được bỏ qua); ` +
    `với bản nháp đã lưu, điền nốt bằng «${RESUME} <mã>».`,
};
