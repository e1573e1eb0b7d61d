/** The Vietnamese text of `fill` (the form walk) and `fill --cards`. */
import { CLI } from '../../invocation.js';
import { LINKS } from '../../core/content/links.js';
import type { NoClipboardReason } from '../../ui/clipboard.js';

export const fillMessages = {
  noTerminal: '`fill` cần một cửa sổ terminal để chép từng ô và chờ phím bấm; ở đây không có terminal.',
  noTerminalHint: `Hãy chạy trong terminal: ${CLI} fill <mã>. Không có terminal thì in thẻ nhập liệu: ${CLI} fill --cards --out the-nhap.html`,
  jsonWithWalk: '`fill` (không có --cards) là màn hình tương tác, không in JSON.',
  jsonWithWalkHint: `Bỏ --json, hoặc dùng: ${CLI} fill --cards --json`,
  outWithoutCards: '--out và --force chỉ dùng với --cards.',
  outWithoutCardsHint: `Ví dụ: ${CLI} fill --cards --out the-nhap.html`,
  noReady: 'Chưa có học sinh nào “Sẵn sàng” để điền vào tờ khai.',
  noReadyHint: `Xem ai còn thiếu gì: ${CLI} list --missing; làm tiếp một người: ${CLI} register --resume <mã>`,

  blockedDraftMissing: (name: string, id: string, missing: readonly string[]) =>
    `${name} (mã ${id}) chưa sẵn sàng — Còn thiếu: ${missing.join(', ')}.`,
  blockedDraftReview: (name: string, id: string) => `${name} (mã ${id}) còn là bản nháp: chưa xem lại và cam kết.`,
  blockedDraftHint: (id: string) => `Làm tiếp: ${CLI} register --resume ${id}`,
  blockedPast: (name: string, id: string, state: string) => `${name} (mã ${id}) đã qua bước điền tờ khai (trạng thái: ${state}).`,
  blockedPastHint: (id: string) => `Xem lịch sử: ${CLI} show ${id}; cần đăng ký lại thì: ${CLI} troubleshoot 2 --student ${id}`,
  blockedPhotos: (name: string, id: string, problems: readonly string[]) =>
    `${name} (mã ${id}): ảnh giấy tờ không còn dùng được —\n${problems.map((p) => `  • ${p}`).join('\n')}`,
  blockedPhotosHint: (id: string) => `Chọn lại ảnh: ${CLI} status ${id} reopened, rồi ${CLI} register --resume ${id}`,
  blockedPhone: (name: string, id: string) => `${name} (mã ${id}): số điện thoại chưa được gõ lại lần hai để xác nhận.`,
  blockedPhoneHint: (id: string) => `Gõ lại số trong lúc điền: ${CLI} fill ${id} (hỏi trước khi bắt đầu)`,
  skipped: (count: number) => `Bỏ qua ${count} học sinh “Sẵn sàng” chưa điền được (lý do ở trên).`,

  intro: (count: number) => `Điền tờ khai VssID trên trang web cho ${count} học sinh, từng ô theo đúng thứ tự của tờ khai.`,
  openForm: `Mở trang ${LINKS.webRegistration}, tích chọn “Cá nhân”, bấm “Tiếp” để tới tờ khai.`,
  noClipboard: (reason: NoClipboardReason) =>
    reason === 'disabled'
      ? 'Không dùng bộ nhớ tạm (--no-clipboard): mỗi giá trị được hiện chữ lớn để gõ lại.'
      : reason === 'no-display'
        ? 'Máy này không có màn hình đồ họa (SSH hoặc máy chủ) nên không chép được vào bộ nhớ tạm: mỗi giá trị được hiện chữ lớn để gõ lại.'
        : 'Không chép được vào bộ nhớ tạm (trên Linux cần xsel hoặc wl-clipboard): mỗi giá trị được hiện chữ lớn để gõ lại.',
  startKeys: 'Enter: bắt đầu · q: dừng',
  student: (index: number, name: string, id: string) => `Học sinh thứ ${index}: ${name} (mã ${id})`,
  step: (index: number, total: number, label: string) => `Ô ${index}/${total} — ${label}`,
  copied: (shown: string, label: string) => `Đã chép «${shown}» — dán vào ô ${label}, rồi Enter`,
  typeIt: (shown: string, label: string) => `Gõ «${shown}» vào ô ${label}, rồi Enter`,
  typeDigits: (shown: string, label: string) => `Gõ «${shown}» vào ô ${label} (các chữ số liền nhau, không có dấu cách), rồi Enter`,
  photoCopied: (label: string, file: string) =>
    `Đã chép đường dẫn của ảnh «${file}» — ở ô ${label} bấm chọn tệp, dán đường dẫn vào ô tên tệp (Ctrl+V), mở, rồi Enter`,
  photoTypeIt: (label: string, file: string) => `Ở ô ${label} bấm chọn tệp, chọn ảnh «${file}» ở đường dẫn trên, rồi Enter`,
  pickThen: 'Chọn xong thì Enter',
  keys: 'Enter: ô tiếp theo · b: quay lại ô trước · c: chép lại · q: dừng',
  keysNoClipboard: 'Enter: ô tiếp theo · b: quay lại ô trước · q: dừng',
  idleCleared: (minutes: number) => `Đã xóa bộ nhớ tạm sau ${minutes} phút không bấm phím (dữ liệu cá nhân). Bấm c để chép lại.`,
  copyFailed: 'Không chép được vào bộ nhớ tạm nữa: từ đây giá trị được hiện chữ lớn để gõ lại.',

  askSubmitted: (name: string) => `Đã bấm «Ghi nhận» trên trang cho ${name} và trang báo thành công chưa?`,
  submittedKeys: 'c: có, đã ghi nhận · k: chưa · b: quay lại ô trước',
  recorded: (name: string, id: string, at: string) => `Đã ghi: ${name} (mã ${id}) bấm «Ghi nhận» lúc ${at}.`,
  recordedNext: (id: string) => `Khi có tin nhắn báo số hồ sơ: ${CLI} status ${id} file-number <số hồ sơ>`,
  notRecorded: (name: string, id: string) => `Chưa ghi gì: ${name} vẫn “Sẵn sàng”. Điền lại sau: ${CLI} fill ${id}`,
  nextOffer: (name: string, id: string) => `Người tiếp theo: ${name} (mã ${id}).`,
  nextKeys: 'Enter: bắt đầu · q: dừng',
  done: (submitted: number) => `Xong: ${submitted} học sinh đã ghi nhận trong lần này. Bộ nhớ tạm đã được xóa.`,
  stopped: (submitted: number) => `Đã dừng: ${submitted} học sinh đã ghi nhận trong lần này. Bộ nhớ tạm đã được xóa.`,

  retypeWhy: (name: string) =>
    `Số điện thoại của ${name} mới được nhập một lần; số này không sửa được sau khi bấm «Ghi nhận», nên cần gõ lại để đối chiếu.`,
  retypePhone: 'Hỏi lại bạn ấy rồi gõ số điện thoại',
  retypeEmpty: 'Hãy gõ số điện thoại.',
  retypeMismatch: (id: string) => `Số vừa gõ khác số đã lưu: chưa điền người này. Kiểm tra với học sinh rồi sửa: ${CLI} status ${id} reopened, rồi ${CLI} register --resume ${id}`,

  cardsWritten: (count: number, path: string) => `Đã lập thẻ nhập liệu cho ${count} học sinh: ${path}`,
  cardsOpen: 'Mở tệp bằng trình duyệt, in khổ A4 (Ctrl+P, tỉ lệ 100%): 4 thẻ mỗi trang, cắt theo đường chấm.',
  cardsInDataFolder: (folder: string) => `Không có --out: thẻ được ghi trong thư mục dữ liệu (${folder}); ${CLI} purge xóa các thẻ ở đó.`,
  cardsPersonal:
    'Thẻ có đầy đủ mã số BHXH, số CCCD và số điện thoại (dữ liệu cá nhân): chỉ đưa tận tay từng bạn, không gửi lên nhóm chat, xóa tệp khi xong.',
} as const;
