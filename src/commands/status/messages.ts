/** Every Vietnamese text of `status` (the board and event recording) and of `purge`. */
import { weekdayOf } from '../../core/calendar/iso-date.js';
import type { BoardSummary } from '../../core/tracking/index.js';
import { EVENT_LABELS, STATE_LABELS, describeEvents, formatDate } from '../../core/tracking/index.js';
import type { EventType, StudentState } from '../../core/record.js';

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

export const S = {
  empty: 'Chưa có học sinh nào. Thêm bằng: vssid-helper register, hoặc cả lớp: vssid-helper import <tệp>',
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
    ];
    return `Tổng ${s.total} học sinh: ${parts.join(', ')}.`;
  },
  overdueOnly: (shown: number, total: number) => `Chỉ hiện những người quá hạn: ${shown}/${total}.`,
  noneOverdue: 'Không có ai quá hạn.',
  supportPending: (wrong: string, right: string | undefined) =>
    `✉ Chờ hỗ trợ đổi số điện thoại (mục 3): số nhầm ${wrong}, ${right ? `số đúng ${right}` : 'chưa có số đúng'}.`,
  supportSummary: (n: number) => `${n} học sinh cần gửi e-mail nhờ hỗ trợ đổi số điện thoại:`,
  supportCommand: 'vssid-helper troubleshoot 3 --email',
  recordHint: 'Ghi một sự kiện:',
  recordCommand: 'vssid-helper status <mã> <sự kiện> [số hồ sơ] [--at "02/03/2026 09:30"]',

  atWithoutEvent: 'Tùy chọn --at chỉ dùng khi ghi một sự kiện.',
  atWithoutEventHint: 'Ví dụ: vssid-helper status k3f9q2 file-number 123456 --at "02/03/2026 09:30"',
  overdueWithId: 'Tùy chọn --overdue dùng cho cả bảng, không dùng kèm mã học sinh.',
  overdueWithIdHint: 'Chạy: vssid-helper status --overdue',
  unexpectedValue: (type: EventType, value: string) =>
    type === 'password'
      ? `Sự kiện 'password' không kèm giá trị ('${value}'). Đừng ghi mật khẩu vào đây: chỉ cần ghi là đã nhận được tin nhắn.`
      : `Sự kiện '${type}' không kèm giá trị nào, nhưng đã nhận thêm '${value}'.`,
  unexpectedValueHint: (id: string, type: EventType) => `Chạy lại: vssid-helper status ${id} ${type}`,
  noPhoneForSupport: (id: string) => `Hồ sơ ${id} chưa có số điện thoại để ghi là số đăng ký nhầm.`,
  noPhoneForSupportHint: (id: string) => `Ghi kèm số đã đăng ký nhầm: vssid-helper status ${id} support-request <số điện thoại>`,

  recorded: (name: string, id: string, type: EventType, value: string | undefined, at: string) =>
    `Đã ghi cho ${name} (mã ${id}): ${EVENT_LABELS[type]}${value ? ` — ${value}` : ''}, lúc ${at}.`,
  stateChange: (from: StudentState, to: StudentState) =>
    from === to ? `Trạng thái vẫn là: ${STATE_LABELS[to]}.` : `Trạng thái: ${STATE_LABELS[from]} → ${STATE_LABELS[to]}.`,
  dueDate: (due: string, skipped: readonly string[]) =>
    `Hạn nhận tin nhắn mật khẩu: hết ngày ${dayWithWeekday(due)} (3 ngày làm việc, không tính thứ Bảy, Chủ nhật` +
    `${skipped.length > 0 ? ` và ${skipped.join('; ')}` : ' và ngày lễ'}).`,
  nextStep: (text: string) => `Bước tiếp theo: ${text}`,
  resume: 'Mọi thông tin của hồ sơ được giữ nguyên. Sửa hồ sơ rồi đăng ký lại:',
  allowed: (events: readonly EventType[]) =>
    events.length === 0 ? 'Hồ sơ đã hoàn tất, không cần ghi thêm sự kiện nào.' : `Có thể ghi: ${describeEvents(events)}.`,
  editHint: 'Muốn sửa thông tin: mở lại hồ sơ (giữ nguyên mọi thông tin), rồi làm tiếp như bản nháp:',
  editCommands: (id: string) => [`vssid-helper status ${id} reopened`, `vssid-helper register --resume ${id}`],

  purgeBadDate: (raw: string) => `'${raw}' không phải ngày hợp lệ. Hãy ghi ngày/tháng/năm hoặc YYYY-MM-DD, ví dụ 30/06/2026.`,
  purgeNone: (date: string) => `Không có học sinh nào hoàn tất trước ngày ${formatDate(date)}; không xóa gì.`,
  purgeConfirm: (n: number, date: string) =>
    `Xóa hẳn ${n} học sinh đã hoàn tất trước ngày ${formatDate(date)} khỏi máy này? Không khôi phục được.`,
  purgeCancelled: 'Không xóa gì.',
  purged: (n: number, date: string) => `Đã xóa ${n} học sinh hoàn tất trước ngày ${formatDate(date)}.`,
  purgeList: 'Sẽ xóa:',
};
