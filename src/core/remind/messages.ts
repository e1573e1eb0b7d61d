/** Every Vietnamese sentence of the reminder page (`remind --out`), for the monitor. */
export const remindPageMessages = {
  title: (className: string) => (className ? `Nhắc việc VssID — lớp ${className}` : 'Nhắc việc VssID'),
  made: (when: string, count: number) => `Lập lúc ${when} (giờ Việt Nam) · ${count} bạn cần nhắc`,
  private:
    'Trang có số điện thoại đầy đủ của các bạn: chỉ để trên máy hoặc điện thoại của lớp trưởng, không gửi vào nhóm lớp. ' +
    'Bấm «Chép tin nhắn» rồi dán vào Zalo, hoặc bấm «Mở Zalo» / «Gửi SMS».',
  classLine: 'Một dòng cho nhóm lớp',
  copy: 'Chép tin nhắn',
  copied: 'Đã chép ✓',
  zalo: 'Mở Zalo',
  sms: 'Gửi SMS',
  noName: '(chưa có tên)',
  noPhone: '(chưa có số điện thoại)',
  nobody: 'Không có bạn nào cần nhắc lúc này.',
  skipped: (names: readonly string[]) => `Không nhắc lại ${names.length} bạn đã được nhắc hôm nay: ${names.join(', ')}.`,
};
