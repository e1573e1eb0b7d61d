/** Every Vietnamese text of `import` outside the roster core (whose own texts are in core/roster/messages.ts). */
import type { RosterEncoding, RosterFormat } from '../../core/roster/index.js';
import { CLI } from '../../invocation.js';

const FORMAT_LABELS: Record<RosterFormat, string> = { csv: 'CSV', json: 'JSON', xlsx: 'bảng tính Excel .xlsx' };
const ENCODING_LABELS: Record<RosterEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8',
  'utf-16': 'UTF-16',
  'windows-1258': 'Windows-1258',
  xlsx: '',
};

const RESUME = `${CLI} register --resume`;

export const importMessages = {
  /** Spinner labels, shown on a terminal while a large roster is read, then checked. */
  reading: (file: string) => `Đang đọc «${file}»…`,
  checking: (rows: number) => `Đang kiểm tra ${rows.toLocaleString('vi-VN')} dòng…`,
  notFound: (file: string) => `Không tìm thấy tệp «${file}».`,
  notFoundHint:
    'Kiểm tra lại tên và thư mục của tệp (có thể kéo thả tệp vào cửa sổ dòng lệnh để dán đúng đường dẫn). ' +
    `Ví dụ: ${CLI} import danh-sach-lop.csv --dry-run`,
  isDirectory: (file: string) => `«${file}» là một thư mục, không phải tệp danh sách.`,
  isDirectoryHint: 'Hãy chỉ ra tệp .csv (hoặc .json, .xlsx) nằm trong thư mục đó.',
  noAccess: (file: string) => `Không có quyền đọc tệp «${file}».`,
  noAccessHint: 'Đóng tệp nếu đang mở trong Excel, kiểm tra quyền của tệp, hoặc chép tệp sang thư mục khác rồi chạy lại.',

  read: (file: string, count: number, format: RosterFormat, encoding: RosterEncoding) => {
    const kind = encoding === 'xlsx' || format === 'xlsx' ? FORMAT_LABELS[format] : `${FORMAT_LABELS[format]} ${ENCODING_LABELS[encoding]}`;
    return `Đã đọc «${file}» (${kind}): ${count} dòng học sinh.`;
  },
  ignoredColumns: (columns: readonly string[]) => `Các cột không dùng (bỏ qua): ${columns.map((c) => `«${c}»`).join(', ')}.`,
  noticesTitle: 'Lưu ý:',
  problemsTitle: 'Những dòng cần xem lại (✖ lỗi, ⚠ cảnh báo):',
  noProblems: 'Không có dòng nào có lỗi hay cảnh báo.',
  rowTitle: (label: string, name: string | undefined) => `${label[0]?.toUpperCase() ?? ''}${label.slice(1)}${name ? ` · ${name}` : ''}`,
  lineLabel: (line: number) => `dòng ${line}`,
  timestampColumn: (column: string) =>
    `Cột thời gian gửi: «${column}». Học sinh nào gửi biểu mẫu nhiều lần thì lấy câu trả lời mới nhất.`,
  savedAs: (id: string) => `đã lưu nháp, mã ${id}`,
  savedId: (id: string) => `đã lưu, mã ${id}`,
  notSaved: 'chưa lưu',
  empty: '(trống)',
  updatesTitle: 'Cập nhật học sinh đã lưu (khớp theo mã số BHXH, nếu không có thì theo số giấy tờ):',
  updatesTitleDry: 'Sẽ cập nhật học sinh đã lưu (chạy thử, chưa lưu; khớp theo mã số BHXH, nếu không có thì theo số giấy tờ):',
  conflict: (label: string, kept: string, file: string) =>
    `${label}: giữ ${kept} (đã gõ trong lúc đăng ký); tệp ghi ${file}. Thêm --overwrite để lấy theo tệp.`,
  locked: (id: string) =>
    `Hồ sơ đã ghi nhận vào ứng dụng nên không cập nhật từ tệp. Nếu cần sửa: «${CLI} status ${id} reopened» rồi nhập lại.`,
  lockedField: (label: string, kept: string, file: string) => `${label}: giữ ${kept}; tệp ghi ${file}.`,
  wrongPhoneRefused: (label: string, kept: string, file: string, id: string) =>
    `${label}: giữ ${kept}; tệp ghi ${file}, số đã được ghi là đăng ký nhầm (tình huống 2, 3) nên không lấy lại, kể cả với --overwrite. ` +
    `Nếu đã kiểm tra với học sinh và số đó đúng: ${CLI} register --resume ${id} --phone <số> --phone-is-right.`,
  readyReopened: 'Hồ sơ đã duyệt (“Sẵn sàng”) nay có thông tin mới: trở lại bản nháp, cần xem lại trước khi ghi nhận.',
  matchedCount: (matched: number, changed: number, conflicts: number, dryRun: boolean) =>
    `${matched} dòng là học sinh đã lưu: ${changed} ${dryRun ? 'sẽ được' : 'được'} cập nhật` +
    `${conflicts > 0 ? `, ${conflicts} có mục khác với bản đã gõ (giữ nguyên)` : ''}, ${matched - changed} không đổi.`,
  conflictRule:
    'Quy tắc: mục trống hoặc lấy từ lần nhập trước thì cập nhật theo tệp; mục đã gõ khi đăng ký thì giữ nguyên ' +
    '(thêm --overwrite để lấy theo tệp); hồ sơ đã ghi nhận vào ứng dụng thì không bao giờ tự đổi.',
  notSavedTitle: (count: number, dryRun: boolean) => `${count} dòng ${dryRun ? 'sẽ không được' : 'không được'} lưu:`,
  reasonReplaced: (newer: string) => `có câu trả lời mới hơn ở ${newer}`,
  reasonInvalid: (fields: readonly string[]) => `thiếu hoặc sai ${fields.join(', ') || 'họ tên hoặc mã số BHXH'}`,

  summary: (total: number, ok: number, failed: number, replaced: number) =>
    `Tổng cộng ${total} dòng: ${ok} hợp lệ, ${failed} có lỗi${replaced > 0 ? `, ${replaced} được thay bằng câu trả lời mới hơn` : ''}.`,
  dryRun: 'Chạy thử (--dry-run): chưa lưu gì.',
  dryRunNext:
    'Để lưu: chạy lại lệnh không có --dry-run. Dòng nào có họ tên và mã số BHXH hợp lệ sẽ được lưu làm bản nháp ' +
    '(chỉ giữ các ô hợp lệ).',
  savedCount: (saved: number) => `Đã lưu ${saved} học sinh làm bản nháp.`,
  savedTableHeaders: ['Mã', 'Vị trí', 'Họ và tên'] as const,
  savedTooMany: (count: number) => `(${count} học sinh: xem mã của từng người bằng «${CLI} list».)`,
  resumeHint:
    'Danh sách không có ảnh giấy tờ, nên mọi học sinh vừa nhập đều là bản nháp. Làm tiếp từng người ' +
    '(thêm ảnh, điền hoặc sửa những gì còn thiếu hay sai):',
  resumeCommand: (id: string) => `  ${RESUME} ${id}`,
  resumeAny: `  ${RESUME}        (chọn từ danh sách)`,

  failed: (failed: number, total: number) => `Còn ${failed}/${total} dòng có lỗi.`,
  failedHintDry: 'Sửa các ô báo lỗi trong tệp (theo dòng và cột ở trên) rồi chạy lại lệnh.',
  failedHintJson: 'Xem "errors" của từng dòng trong kết quả JSON.',
  failedHintSaved:
    `Sửa các dòng có lỗi trong tệp rồi nhập lại cả tệp: học sinh đã lưu được cập nhật, không bị nhân đôi; ` +
    `hoặc điền nốt từng người bằng «${RESUME} <mã>».`,
};
