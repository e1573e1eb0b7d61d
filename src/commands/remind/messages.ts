/** Every Vietnamese sentence `remind` says to the monitor (the messages themselves: core/tracking/remind-messages.ts). */
import { CLI } from '../../invocation.js';

export const remindMessages = {
  title: (className: string, count: number) =>
    `Nhắc việc${className ? ` lớp ${className}` : ''}: ${count} bạn cần làm`,
  pasteHint: 'Chép từng tin nhắn vào Zalo hoặc SMS của bạn đó (số điện thoại ở đầu dòng).',
  nobody: 'Không có bạn nào cần nhắc lúc này: việc còn lại là của lớp trưởng, hoặc đang chờ tin nhắn của BHXH.',
  nobodyHint: `Xem cả lớp: ${CLI} status`,
  recorded: (n: number) => `Đã ghi «đã nhắc» cho ${n} bạn (bảng theo dõi sẽ hiện “đã nhắc …”).`,
  preview: 'Chỉ xem trước (--preview): chưa ghi ai là đã nhắc.',
  skipped: (names: readonly string[]) =>
    `Không nhắc lại ${names.length} bạn đã được nhắc hôm nay hoặc trong một giờ qua: ${names.join(', ')}.`,
  skippedHint: `Vẫn muốn nhắc lại: ${CLI} remind --again`,
  pageHint: `Trang có nút chép và liên kết Zalo/SMS cho từng bạn: ${CLI} remind --out nhac-viec.html`,
  written: (n: number, path: string) => `Đã ghi trang nhắc việc (${n} bạn): ${path}`,
  open: 'Mở tệp bằng trình duyệt trên máy hoặc điện thoại của bạn; tệp có số điện thoại đầy đủ, đừng gửi vào nhóm lớp.',
  badDate: (raw: string) => `«${raw}» không phải ngày hợp lệ cho --by. Hãy ghi ngày/tháng/năm hoặc YYYY-MM-DD, ví dụ 11/12/2026.`,
  badDateHint: `Ví dụ: ${CLI} remind --by 11/12/2026`,
  pastDate: (day: string) => `Ngày ${day} đã qua: hạn gửi thông tin phải là hôm nay hoặc sau này.`,
};
