/** Every Vietnamese text of `status` (the board and event recording) and of `purge`. */
import { weekdayOf } from '../../core/calendar/iso-date.js';
import type { BoardSummary, NextStepKind, SummaryPartKey } from '../../core/tracking/index.js';
import { EVENT_LABELS, STATE_LABELS, describeEvents, formatDate } from '../../core/tracking/index.js';
import type { EventType, StudentState } from '../../core/record.js';
import { EMAIL_MISSING } from '../../core/fields/messages.js';
import { CLI } from '../../invocation.js';

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** 'YYYY-MM-DD' → 'Thứ Năm 05/03/2026'. */
export function dayWithWeekday(isoDate: string): string {
  return `${WEEKDAYS[weekdayOf(isoDate)]} ${formatDate(isoDate)}`;
}

export const BOARD_HEADERS = ['Mã', 'Họ và tên', 'Mã số BHXH', 'Trạng thái', 'Từ lúc', 'Hạn'] as const;

/** The narrow board's labels, where there is no header row to explain the columns. */
export const NARROW = {
  since: (at: string) => `từ ${at}`,
  due: (day: string) => `hạn ${day}`,
  bhxh: (masked: string) => `BHXH ${masked}`,
};

export type GroupKey = 'overdue' | 'missing' | 'ready' | 'login' | 'waitingFileNumber' | 'waitingPassword' | 'done';

/** Each group of the board: its heading, the advice said once for all its students, and the command to use. */
export const GROUPS: Record<GroupKey, { title: string; advice?: string; command?: string }> = {
  overdue: { title: 'Quá hạn', advice: 'Mỗi người một cách xử lý, ghi ngay dưới tên.' },
  missing: {
    title: 'Cần bổ sung',
    advice: 'Điền nốt những mục còn thiếu (ảnh giấy tờ, gõ lại số điện thoại …), xem lại rồi xác nhận hồ sơ:',
    command: `${CLI} register --resume <mã>`,
  },
  ready: {
    title: 'Sẵn sàng nhập vào ứng dụng',
    advice: 'Nhập thông tin vào ứng dụng VssID hoặc trang web, bấm “Ghi nhận”, rồi ghi cho cả nhóm một lần:',
    command: `${CLI} status submitted <mã…>`,
  },
  login: {
    title: 'Đã có mật khẩu, cần đăng nhập',
    advice: 'Đăng nhập VssID (tên đăng nhập là mã số BHXH hoặc số CCCD, mật khẩu nhận qua tin nhắn hoặc e-mail), đổi mật khẩu, rồi ghi:',
    command: `${CLI} status done <mã…>`,
  },
  waitingFileNumber: {
    title: 'Chờ tin nhắn số hồ sơ',
    advice: 'Tin nhắn báo số hồ sơ thường đến ngay sau khi bấm “Ghi nhận”. Khi có, ghi kèm số hồ sơ:',
    command: `${CLI} status <mã> file-number <số hồ sơ>`,
  },
  waitingPassword: {
    title: 'Chờ mật khẩu qua tin nhắn hoặc e-mail',
    advice: 'Mật khẩu đến chậm nhất sau 3 ngày làm việc (hạn ở từng dòng). Khi có, ghi cho những người đã nhận:',
    command: `${CLI} status password <mã…>`,
  },
  done: { title: 'Xong' },
};

export const statusMessages = {
  missing: (labels: readonly string[]) => `thiếu ${labels.join(', ')}`,
  nothingMissing: 'đủ thông tin, chưa xác nhận',
  reopenFirst: (id: string) => `mở lại trước: ${CLI} status ${id} reopened`,
  sentAt: (at: string) => `gửi lúc ${at}`,
  since: (at: string) => `từ ${at}`,
  due: (day: string) => `hạn ${day}`,
  empty: `Chưa có học sinh nào. Thêm bằng: ${CLI} register, hoặc cả lớp: ${CLI} import <tệp>`,
  classWithId: 'Tùy chọn --class chỉ dùng khi xem bảng cả lớp, không dùng kèm mã một học sinh.',
  classWithIdHint: `Ví dụ: ${CLI} status --class 12A1`,
  noSuchClass: (className: string, known: readonly string[]) =>
    `Không có học sinh nào của lớp '${className}' trên máy này.` +
    (known.filter(Boolean).length > 0 ? ` Các lớp đang có: ${known.filter(Boolean).join(', ')}.` : ''),
  noSuchClassHint: `Ghép lớp khác vào máy này bằng: ${CLI} import <tệp lớp .json> (tệp xuất bằng export --format json).`,
  title: (className: string) => (className ? `Bảng theo dõi lớp ${className}` : 'Bảng theo dõi cả lớp'),
  summary: (s: BoardSummary) => {
    // Done and overdue always (a 0 there is news); the other groups only when someone is in them.
    const parts = [
      `${s.done} hoàn tất`,
      `${s.overdue} quá hạn`,
      ...(s.incomplete > 0 ? [`${s.incomplete} chưa xong hồ sơ (nháp hoặc cần bổ sung ảnh)`] : []),
      ...(s.ready > 0 ? [`${s.ready} sẵn sàng nhập vào ứng dụng`] : []),
      ...(s.passwordReceived > 0 ? [`${s.passwordReceived} đã có mật khẩu (cần đăng nhập)`] : []),
      ...(s.waiting > 0 ? [`${s.waiting} đang chờ tin nhắn`] : []),
      // Of those waiting: the same rule as each row (72 hours: worth trying, not overdue).
      ...(s.forgotPassword > 0 ? [`trong đó ${s.forgotPassword} đã 72 giờ: có thể thử Quên mật khẩu (chưa quá hạn)`] : []),
    ];
    return `Tổng ${s.total} học sinh: ${parts.join(', ')}.`;
  },
  overdueOnly: (shown: number, total: number) => `Chỉ hiện những người quá hạn: ${shown}/${total}.`,
  noneOverdue: 'Không có ai quá hạn.',
  supportPending: (wrong: string, right: string | undefined) =>
    `✉ Chờ hỗ trợ đổi số điện thoại (mục 3): số nhầm ${wrong}, ${right ? `số đúng ${right}` : 'chưa có số đúng'}.`,
  missingEmail: `✉ ${EMAIL_MISSING} (mã OTP và mã đổi mật khẩu gửi qua e-mail đã đăng ký).`,
  supportAddress: (address: string, source: 'class' | 'guide') =>
    source === 'class'
      ? `E-mail hỗ trợ đổi số điện thoại (mục 3) đang dùng: ${address} (do lớp đặt).`
      : `E-mail hỗ trợ đổi số điện thoại (mục 3): lớp chưa đặt địa chỉ riêng; ${address} là địa chỉ của hướng dẫn gốc (hộp thư riêng của một trường). Đặt địa chỉ của lớp: ${CLI} config set supportEmail <địa chỉ>`,
  supportSummary: (n: number) => `${n} học sinh cần gửi e-mail nhờ hỗ trợ đổi số điện thoại:`,
  supportCommand: `${CLI} troubleshoot 3 --email`,
  recordHint: 'Ghi một sự kiện:',
  recordCommand: `${CLI} status <mã> <sự kiện> [số hồ sơ]`,
  recordAt: 'Thêm --at "02/03/2026 09:30" nếu sự việc xảy ra lúc khác; nhiều người cùng lúc: status <sự kiện> <mã…>.',

  atWithoutEvent: 'Tùy chọn --at chỉ dùng khi ghi một sự kiện.',
  atWithoutEventHint: `Ví dụ: ${CLI} status k3f9q2 file-number 123456 --at "02/03/2026 09:30"`,
  overdueWithId: 'Tùy chọn --overdue dùng cho cả bảng, không dùng kèm mã học sinh.',
  overdueWithIdHint: `Chạy: ${CLI} status --overdue`,
  unexpectedValue: (type: EventType, value: string) =>
    type === 'password'
      ? `Sự kiện 'password' không kèm giá trị («${value}»). Đừng ghi mật khẩu vào đây: chỉ cần ghi là đã nhận được mật khẩu (qua tin nhắn hoặc e-mail).`
      : `Sự kiện «${type}» không kèm giá trị nào, nhưng đã nhận thêm «${value}».`,
  unexpectedValueHint: (id: string, type: EventType) => `Chạy lại: ${CLI} status ${id} ${type}`,
  noPhoneForSupport: (id: string) => `Hồ sơ ${id} chưa có số điện thoại để ghi là số đăng ký nhầm.`,
  noPhoneForSupportHint: (id: string) => `Ghi kèm số đã đăng ký nhầm: ${CLI} status ${id} support-request <số điện thoại>`,

  manyTakesValue: (type: EventType) => `Sự kiện «${type}» cần kèm một giá trị riêng cho từng người, nên ghi từng học sinh một.`,
  manyTakesValueHint: (type: EventType) => `Ví dụ: ${CLI} status k3f9q2 ${type} ${type === 'file-number' ? '123456' : '0912345678'}`,
  manyTwice: (id: string) => `học sinh ${id} đã có ở trên trong lệnh này, chỉ ghi một lần.`,
  manyTitle: (type: EventType, saved: number, total: number) => `${EVENT_LABELS[type]}: đã ghi cho ${saved}/${total} học sinh.`,
  manyDone: (from: StudentState, to: StudentState, at: string) =>
    from === to ? `vẫn ${STATE_LABELS[to]}, lúc ${at}` : `${STATE_LABELS[from]} → ${STATE_LABELS[to]}, lúc ${at}`,
  manyRefused: (refused: number, total: number) => `${refused}/${total} học sinh không được ghi (lý do ở từng dòng ✖ phía trên); những người còn lại đã được lưu.`,
  manyRefusedHint: `Sửa mã hoặc tên của những người đó rồi chạy lại lệnh chỉ cho họ. Xem mã bằng: ${CLI} list`,
  markPrompt: (type: EventType) => `Chọn những học sinh cần ghi “${EVENT_LABELS[type]}” (phím cách để đánh dấu, Enter để xong)`,
  markNone: (type: EventType) => `Không có học sinh nào đang ở trạng thái có thể ghi “${EVENT_LABELS[type]}”.`,
  markNothing: 'Chưa chọn ai: không ghi gì.',
  markWithIds: 'Tùy chọn --mark tự hiện danh sách để chọn, không dùng kèm mã học sinh.',
  markWithIdsHint: `Ghi cho những người đã biết mã: ${CLI} status submitted k3f9q2 m7p2xa`,
  tooManyArgs: 'Quá nhiều giá trị cho một học sinh.',
  tooManyArgsHint:
    `Một học sinh: ${CLI} status <mã> <sự kiện> [giá trị]. Nhiều học sinh cùng lúc: ${CLI} status <sự kiện> <mã…>, ` +
    `ví dụ ${CLI} status submitted k3f9q2 m7p2xa "Tran Thi Binh".`,
  recorded: (name: string, id: string, type: EventType, value: string | undefined, at: string) =>
    `Đã ghi cho ${name} (mã ${id}): ${EVENT_LABELS[type]}${value ? ` — ${value}` : ''}, lúc ${at}.`,
  stateChange: (from: StudentState, to: StudentState) =>
    from === to ? `Trạng thái vẫn là: ${STATE_LABELS[to]}.` : `Trạng thái: ${STATE_LABELS[from]} → ${STATE_LABELS[to]}.`,
  dueDate: (due: string, skipped: readonly string[]) =>
    `Hạn nhận mật khẩu (qua tin nhắn hoặc e-mail): hết ngày ${dayWithWeekday(due)} (3 ngày làm việc, không tính thứ Bảy, Chủ nhật` +
    `${skipped.length > 0 ? ` và ${skipped.join('; ')}` : ' và ngày lễ'}).`,
  nextStep: (text: string) => `Bước tiếp theo: ${text}`,
  resume: 'Mọi thông tin của hồ sơ được giữ nguyên. Sửa hồ sơ rồi đăng ký lại:',
  allowed: (events: readonly EventType[]) =>
    events.length === 0 ? 'Hồ sơ đã hoàn tất, không cần ghi thêm sự kiện nào.' : `Có thể ghi: ${describeEvents(events)}.`,
  editHint: 'Muốn sửa thông tin: mở lại hồ sơ (giữ nguyên mọi thông tin), rồi làm tiếp như bản nháp:',
  editCommands: (id: string) => [`${CLI} status ${id} reopened`, `${CLI} register --resume ${id}`],

  purgeNone: (date: string) => `Không có học sinh nào hoàn tất trước ngày ${formatDate(date)}; không xóa gì.`,
  purgeConfirm: (n: number, date: string, cards = 0) =>
    `Xóa hẳn ${n} học sinh đã hoàn tất trước ngày ${formatDate(date)}${cards > 0 ? ` và ${cards} tệp thẻ nhập liệu` : ''} khỏi máy này? Không khôi phục được.`,
  purgeCard: (file: string) => `thẻ nhập liệu: ${file}`,
  purgedCards: (n: number) => `Đã xóa ${n} tệp thẻ nhập liệu (fill --cards) trong thư mục dữ liệu.`,
  purgeCancelled: 'Không xóa gì.',
  purged: (n: number, date: string) => `Đã xóa ${n} học sinh hoàn tất trước ngày ${formatDate(date)}.`,
  purgeList: 'Sẽ xóa:',
};

/** The board fitted to one screen (status/fit.ts), the summary line and the board's notes. */
export const FIT = {
  overdueAdvice: {
    'password-overdue': 'Quá hạn mật khẩu: thử “Quên mật khẩu” (tình huống 5)',
    'forgot-password': 'Đã 72 giờ chưa có mật khẩu (tình huống 5)',
    'no-file-number': 'Chưa có tin nhắn số hồ sơ (tình huống 2)',
  } as Partial<Record<NextStepKind, string>>,
  overdueOther: 'Quá hạn',
  more: (n: number) => `… và ${n} bạn nữa`,
  waiting: (fileNumber: number, password: number, forgot: number) =>
    `◌ Đang chờ tin nhắn: ${[
      ...(fileNumber > 0 ? [`${fileNumber} chờ số hồ sơ`] : []),
      ...(password > 0 ? [`${password} chờ mật khẩu${forgot > 0 ? ` (${forgot} đã 72 giờ)` : ''}`] : []),
    ].join(', ')}`,
  done: (n: number) => `✔ Xong: ${n}`,
  support: (n: number) => `✉ ${n} cần gửi e-mail hỗ trợ (mục 3) →`,
  supportAwaiting: (n: number) => `✉ ${n} đã gửi e-mail hỗ trợ, chờ trả lời; khi có: ${CLI} status <mã> support-answered "<nội dung>"`,
  moreHint: `Xem đủ: ${CLI} status --all · nhắn từng bạn: ${CLI} remind`,
  badIdleDays: (raw: string) => `«${raw}» không phải số ngày hợp lệ cho --idle-days (cần một số nguyên từ 1 đến 365).`,
  badIdleDaysHint: `Ví dụ: ${CLI} status --idle-days 5`,
  namesWithoutSummary: 'Tùy chọn --names chỉ dùng kèm --summary.',
  namesWithoutSummaryHint: `Chạy: ${CLI} status --summary --names`,
  summaryWithId: 'Tùy chọn --summary tóm tắt cả lớp, không dùng kèm mã học sinh.',
  summaryWithIdHint: `Chạy: ${CLI} status --summary`,
  namesTitle: {
    overdue: 'Quá hạn',
    missingInfo: 'Chưa gửi thông tin',
    logIn: 'Cần đăng nhập',
    awaitPassword: 'Đã 72 giờ, thử Quên mật khẩu',
  } as Partial<Record<SummaryPartKey, string>>,
  supportSent: (wrong: string, right: string | undefined, at: string) =>
    `✉ Đã gửi e-mail nhờ hỗ trợ đổi số (mục 3) lúc ${at}, chờ trả lời: số nhầm ${wrong}, ${right ? `số đúng ${right}` : 'chưa có số đúng'}.`,
};
