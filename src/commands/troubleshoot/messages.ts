/** Every Vietnamese text of troubleshooting on saved students and of the support e-mail. */
import { STATE_LABELS, formatDuration, formatInstant } from '../../core/tracking/messages.js';
import type { StudentState } from '../../core/record.js';
import { CLI } from '../../invocation.js';

const minutes = (hours: number) => formatDuration(hours * 60);

/** Commands are printed on a line of their own, so wrapping never splits one. */
export const CMD = {
  resume: (id: string) => `${CLI} register --resume ${id}`,
  row: (row: number, id: string) => `${CLI} troubleshoot ${row} --student ${id}`,
  email: `${CLI} troubleshoot 3 --email`,
  reopen: (id: string) => `${CLI} status ${id} reopened`,
};

export const troubleshootMessages = {
  title: 'Các tình huống vướng mắc khi đăng ký VssID và cách xử lý',
  pickHint: `Chọn một tình huống: ${CLI} troubleshoot <số 1–8 hoặc từ khóa>. Tất cả tình huống:\n`,
  pickPrompt: 'Bạn gặp tình huống nào? (gõ để lọc, không dấu cũng được)',
  noSuchRow: (query: string, count: number) => `Không có tình huống số ${query}: hướng dẫn có ${count} tình huống, đánh số 1–${count}.`,
  allRows: (rows: readonly string[]) => `Các tình huống:\n${rows.map((r) => `  ${r}`).join('\n')}`,
  noRowMatches: (query: string) => `Không tìm thấy tình huống nào có “${query}”.`,
  noRowMatchesHint: (rows: readonly string[]) =>
    `Thử từ khóa khác (gõ không dấu cũng được), hoặc chọn số:\n${rows.map((r) => `  ${r}`).join('\n')}`,
  student: (name: string, id: string) => `${name} (mã ${id})`,

  outWithoutEmail: 'Tùy chọn --out chỉ dùng kèm --email (ghi e-mail nhờ hỗ trợ ra tệp).',
  outWithoutEmailHint: `Ví dụ: ${CLI} troubleshoot 3 --email --out email-ho-tro.txt`,
  emailOnlyRow3: 'Tùy chọn --email chỉ dùng với tình huống 3 (đăng ký sai số điện thoại).',
  emailOnlyRow3Hint: `Chạy: ${CLI} troubleshoot 3 --email`,
  emailWithStudent: 'Tùy chọn --email soạn e-mail cho mọi học sinh đã đánh dấu, không dùng kèm --student.',
  emailWithStudentHint: `Đánh dấu trước: ${CLI} troubleshoot 3 --student <mã>; rồi: ${CLI} troubleshoot 3 --email`,
  listWithStudent: 'Tùy chọn --list in tất cả tình huống, không dùng kèm --student.',
  changedMeanwhile: (who: string) => `Hồ sơ của ${who} vừa được thay đổi ở nơi khác trong lúc chờ xác nhận; chưa đổi gì.`,
  changedMeanwhileHint: (id: string) => `Xem tình trạng mới: ${CLI} status ${id}, rồi chạy lại lệnh nếu vẫn cần.`,
  listWithStudentHint: `Bỏ --list để xem tình huống cho học sinh đó, ví dụ: ${CLI} troubleshoot 5 --student <mã>`,
  studentNeedsRow: 'Cần ghi số tình huống (2, 3, 4 hoặc 5) để áp dụng cho học sinh.',
  studentNeedsRowHint: (id: string) => `Ví dụ: ${CLI} troubleshoot 5 --student ${id}`,
  ambiguous: (query: string, numbers: readonly number[]) =>
    `Từ khóa “${query}” khớp ${numbers.length} tình huống (${numbers.join(', ')}); để áp dụng cho một học sinh, hãy ghi số tình huống.`,
  notOnRecord: (row: number) =>
    `Tình huống ${row} không thay đổi gì trên hồ sơ học sinh; chỉ các tình huống 2, 3, 4, 5 áp dụng được cho một học sinh.`,
  notOnRecordHint: (row: number) => `Xem cách xử lý: ${CLI} troubleshoot ${row}`,

  chooseStudent: 'Áp dụng cho học sinh nào? (gõ tên hoặc mã để lọc)',
  noStudent: 'Không áp dụng cho học sinh nào',

  reopenDraft: (who: string) => `${who} đang là bản nháp (chưa ghi nhận), không cần mở lại. Kiểm tra số điện thoại rồi làm tiếp:`,
  reopenDone: (who: string) => `${who} đã hoàn tất (đăng nhập được VssID), không cần đăng ký lại.`,
  reopenHasFileNumber: (who: string, state: StudentState) =>
    `${who} đã nhận tin nhắn số hồ sơ (trạng thái: ${STATE_LABELS[state]}): đăng ký đã thành công, tình huống 2 không áp dụng.`,
  reopenHasFileNumberHint: (id: string, state: StudentState) =>
    state === 'password'
      ? `Đăng nhập VssID bằng mã số BHXH (hoặc số CCCD) và mật khẩu nhận qua tin nhắn hoặc e-mail, rồi ghi: ${CLI} status ${id} done`
      : `Nếu chưa nhận được mật khẩu: ${CLI} troubleshoot 5 --student ${id}\n` +
        `Nếu đã ghi nhầm là có số hồ sơ (thật ra chưa có tin nhắn): ${CLI} status ${id} reopened`,
  reopened: (who: string, from: StudentState) => `Đã mở lại hồ sơ của ${who}: ${STATE_LABELS[from]} → ${STATE_LABELS.draft}.`,
  phoneCleared: (phone: string) =>
    `Số điện thoại cũ ${phone} đã được xóa khỏi hồ sơ để nhập lại (gõ hai lần cho chắc).`,
  reRegister: 'Kiểm tra lại số điện thoại với học sinh, rồi đăng ký lại ngay:',
  reRegisterSame: 'Đăng ký lại ngay với cùng thông tin (số điện thoại giữ nguyên):',
  phoneKept: (phone: string) => `Số điện thoại ${phone} được giữ trong hồ sơ (không phải số nhầm).`,
  changeKeepPhone: (phone: string) => `Giữ số điện thoại ${phone}: đăng ký chưa thành công, không phải do sai số.`,
  askCause: 'Tình huống 2 có hai nguyên nhân. Với học sinh này là nguyên nhân nào?',
  causeFailed: (phone: string) => `Đăng ký chưa thành công (số ${phone || 'trong hồ sơ'} vẫn đúng): đăng ký lại với cùng số`,
  causeWrongPhone: (phone: string) => `Đăng ký sai số điện thoại (số ${phone || 'trong hồ sơ'} là số nhầm): xóa số này, nhập số đúng`,
  causeNeeded: (who: string) =>
    `Tình huống 2 có hai nguyên nhân (đăng ký chưa thành công, hoặc đăng ký sai số điện thoại); chưa rõ nguyên nhân của ${who} nên chưa đổi gì.`,
  causeHint: (id: string) =>
    `Ghi rõ nguyên nhân:\n  ${CLI} troubleshoot 2 --student ${id} --cause failed        (số điện thoại đúng, chỉ đăng ký lại)\n` +
    `  ${CLI} troubleshoot 2 --student ${id} --cause wrong-phone   (số điện thoại sai: xóa số đó, nhập số đúng)`,
  causeOnlyRow2: 'Tùy chọn --cause chỉ dùng với tình huống 2 và --student.',
  causeOnlyRow2Hint: `Ví dụ: ${CLI} troubleshoot 2 --student <mã> --cause failed`,
  ifStillFails: 'Nếu đăng ký lại không được vì đã lỡ đăng ký với số sai:',

  supportDone: (who: string) => `${who} đã hoàn tất (đăng nhập được VssID), không cần nhờ hỗ trợ đổi số.`,
  supportHasFileNumber: (who: string, state: StudentState) =>
    `${who} đã nhận tin nhắn số hồ sơ (trạng thái: ${STATE_LABELS[state]}): tin nhắn đến đúng số điện thoại ` +
    'đã đăng ký, nên số đó không sai và tình huống 3 không áp dụng; hồ sơ không bị thay đổi.',
  supportHasFileNumberHint: (id: string, state: StudentState) =>
    state === 'password'
      ? `Đã có mật khẩu: đăng nhập VssID rồi ghi: ${CLI} status ${id} done\n` +
        `Muốn sửa thông tin sau khi đăng nhập: ${CLI} troubleshoot 4 --student ${id}`
      : `Chưa nhận được mật khẩu thì tình huống 5 áp dụng: ${CLI} troubleshoot 5 --student ${id}`,
  askWrongPhone: 'Số điện thoại đã đăng ký nhầm là số nào?',
  noWrongPhone: (who: string) => `Hồ sơ của ${who} không còn số điện thoại nào để ghi là số đăng ký nhầm.`,
  noWrongPhoneHint: (id: string) => `Ghi kèm số đã đăng ký nhầm: ${CLI} status ${id} support-request <số điện thoại>`,
  alreadyMarked: (who: string, phone: string, at: string) =>
    `${who} đã được đánh dấu cần hỗ trợ từ ${formatInstant(new Date(at))} (số nhầm ${phone}); không ghi thêm.`,
  marked: (who: string, phone: string) => `Đã đánh dấu ${who} cần nhờ hỗ trợ đổi số điện thoại; số đã đăng ký nhầm: ${phone}.`,
  reopenedForPhone: 'Hồ sơ đã được mở lại và số nhầm đã được xóa khỏi hồ sơ. Nhập số đúng:',
  enterRightPhone: 'Nhập số đúng vào hồ sơ (để ghi vào e-mail và đăng ký lại):',
  rightPhoneKnown: (phone: string) => `Số đúng đã có trong hồ sơ (${phone}) và sẽ được ghi vào e-mail.`,
  pendingCount: (n: number) => `Hiện có ${n} học sinh chờ hỗ trợ. Khi đã đánh dấu đủ, soạn e-mail:`,

  notLoggedIn: (who: string, state: StudentState) =>
    `Lưu ý: ${who} chưa đăng nhập được VssID (trạng thái: ${STATE_LABELS[state]}); tình huống 4 dành cho tài khoản đã đăng nhập.`,
  accountPage: 'Trang “Thông tin tài khoản”',
  accountSteps: (hours: number, until: Date) =>
    `Sửa thông tin rồi bấm “Ghi nhận”; yêu cầu được duyệt trong vòng ${hours} giờ ` +
    `(nếu gửi bây giờ: chậm nhất khoảng ${formatInstant(until)}).`,

  notSubmitted: (who: string, state: StudentState) =>
    `${who} chưa ghi nhận đăng ký (trạng thái: ${STATE_LABELS[state]}); tình huống 5 áp dụng sau khi bấm “Ghi nhận”.`,
  hasPassword: (who: string) => `${who} đã nhận được mật khẩu; tình huống 5 không còn cần.`,
  sinceSubmitted: (who: string, hours: number) => `${who} đã ghi nhận đăng ký được ${minutes(hours)}.`,
  noFileNumberFirst: 'Chưa có tin nhắn báo số hồ sơ: xem tình huống 2 trước (đăng ký lại, kiểm tra số điện thoại):',
  waitFileNumber: 'Tin nhắn báo số hồ sơ thường đến ngay; chờ thêm ít phút.',
  ifForgotFails:
    'Tin nhắn số hồ sơ đã đến, nên số điện thoại đã đăng ký là đúng. Nếu “Quên mật khẩu” vẫn không gửi được ' +
    'mật khẩu, kiểm tra học sinh còn dùng số đó (SIM còn hoạt động, không chặn tin nhắn). Nếu thật ra chưa từng ' +
    'có tin nhắn số hồ sơ (đã ghi nhầm), mở lại hồ sơ rồi đăng ký lại (tình huống 2):',
  noFileNumberTime: "Chưa ghi thời điểm nhận tin nhắn số hồ sơ nên chưa tính được hạn nhận mật khẩu; chờ mật khẩu (qua tin nhắn hoặc e-mail), rồi ghi «password».",

  guideAddressWithoutEmail: 'Tùy chọn --use-guide-address chỉ dùng kèm --email.',
  guideAddressUnconfirmed: (address: string) =>
    `Lớp chưa chọn địa chỉ hỗ trợ: ${address} là địa chỉ trong hướng dẫn gốc, hộp thư riêng của một trường, ` +
    'có thể không phải nơi hỗ trợ lớp bạn. E-mail này ghi đầy đủ mã số BHXH và số điện thoại của các bạn, nên chỉ gửi tới địa chỉ lớp đã chọn.',
  guideAddressHint:
    `Đặt địa chỉ hỗ trợ của lớp (hỏi BHXH nơi cấp thẻ hoặc nhà trường): ${CLI} config set supportEmail <địa chỉ>\n` +
    `Hoặc, nếu đã xác nhận đúng địa chỉ của hướng dẫn: ${CLI} troubleshoot 3 --email --use-guide-address`,
  confirmGuideAddress: (address: string) => `Vẫn gửi thông tin của các bạn tới ${address}?`,
  guideAddressDeclined: 'Chưa soạn e-mail. Đặt địa chỉ hỗ trợ của lớp rồi chạy lại:',
  setAddressCommand: `${CLI} config set supportEmail <địa chỉ>   (rồi: ${CLI} troubleshoot 3 --email)`,
  noRequests: 'Chưa có học sinh nào được đánh dấu cần nhờ hỗ trợ đổi số điện thoại, nên chưa có gì để soạn e-mail.',
  noRequestsHint: `Đánh dấu một học sinh: ${CLI} troubleshoot 3 --student <mã> (xem mã bằng ${CLI} list).`,
  emailSaved: (path: string) => `Đã ghi e-mail vào ${path}`,
  offerSave: 'Ghi e-mail này ra tệp để gửi?',
  fileName: 'Tên tệp:',
  fileExists: 'Tệp này đã có. Ghi đè?',
  sendHint: (to: string) => `Gửi e-mail từ hộp thư của bạn đến ${to}. Sau khi được hỗ trợ, nhập số đúng và đăng ký lại:`,
  sendCommand: `${CLI} register --resume <mã>   (rồi: ${CLI} status <mã> submitted)`,
  sentRecordHint: 'Gửi xong thì ghi lại, để bảng theo dõi thôi nhắc gửi:',
  sentRecordCommand: `${CLI} troubleshoot 3 --email --sent`,
  sentWithoutEmail: 'Tùy chọn --sent ghi là đã gửi e-mail nhờ hỗ trợ, nên chỉ dùng kèm --email.',
  sentWithoutEmailHint: `Chạy: ${CLI} troubleshoot 3 --email --sent`,
  sentWithOut: 'Tùy chọn --sent chỉ ghi là đã gửi, không soạn lại e-mail, nên không dùng kèm --out.',
  sentRecorded: (n: number) => `Đã ghi “đã gửi e-mail nhờ hỗ trợ” cho ${n} học sinh:`,
  sentNothing: 'Mọi yêu cầu hỗ trợ đang mở đã được ghi là đã gửi e-mail; đang chờ bộ phận hỗ trợ trả lời.',
  answerHint: 'Khi bộ phận hỗ trợ trả lời, ghi lại (yêu cầu được đóng):',
  answerCommand: `${CLI} status <mã> support-answered "<nội dung trả lời>"`,
  willChange: (row: number, who: string) => `Tình huống ${row} sẽ thay đổi hồ sơ của ${who}:`,
  changeState: (from: StudentState) =>
    `Trạng thái: ${STATE_LABELS[from]} → ${STATE_LABELS.draft} (mở lại để đăng ký lại).`,
  changeRemovePhone: (phone: string) =>
    `Xóa số điện thoại ${phone} khỏi hồ sơ để nhập lại khi làm tiếp (số cũ vẫn ghi trong lịch sử của hồ sơ).`,
  changeMark: (phone: string) =>
    `Đánh dấu cần nhờ hỗ trợ đổi số điện thoại, số đã đăng ký nhầm: ${phone} (để đưa vào e-mail của tình huống 3).`,
  othersKept: 'Các thông tin khác giữ nguyên.',
  confirmChange: 'Thay đổi hồ sơ như trên?',
  cancelled: 'Không thay đổi gì trên hồ sơ.',
  jsonNeedsYes: 'Tình huống này sẽ thay đổi hồ sơ học sinh; với --json không hỏi lại được, nên cần --yes để xác nhận.',
  jsonNeedsYesHint: (row: number, id: string) => `Chạy: ${CLI} troubleshoot ${row} --student ${id} --yes --json`,
  noMatch: 'Không có tình huống nào khớp;',
  noMatchHint: 'thử từ khóa khác',
  fullNumbers: 'E-mail ghi đầy đủ mã số BHXH và số điện thoại (bộ phận hỗ trợ cần chúng); chỉ gửi đến đúng địa chỉ hỗ trợ.',
};
