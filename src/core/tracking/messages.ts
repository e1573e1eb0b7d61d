/** Every Vietnamese sentence of the class board and of event recording, in one place. */
import { vietnamWallClock } from '../calendar/vietnam-time.js';
import type { EventType, StudentState } from '../record.js';
import type { PasswordDeadline } from './deadlines.js';
import { CLI } from '../../invocation.js';

/**
 * The time a date given alone stands for: an SMS that came "this morning" is noted by its day,
 * and the start of an office day is the likeliest time. The messages say so.
 */
export const DATE_ONLY_TIME = '08:00';

export const STATE_LABELS: Record<StudentState, string> = {
  draft: 'Nháp',
  ready: 'Sẵn sàng',
  submitted: 'Đã ghi nhận',
  'file-number': 'Đã có số hồ sơ',
  password: 'Đã có mật khẩu',
  done: 'Hoàn tất',
};

/** How the board and `show` name a "ready" student whose photo files have gone since they were checked. */
export const NEEDS_COMPLETION_LABEL = 'Cần bổ sung';

export const EVENT_LABELS: Record<EventType, string> = {
  ready: 'đã xem lại, sẵn sàng đăng ký',
  submitted: 'đã bấm “Ghi nhận”',
  'file-number': 'đã nhận SMS số hồ sơ',
  password: 'đã nhận SMS mật khẩu',
  done: 'đã đăng nhập được',
  reopened: 'mở lại hồ sơ để sửa',
  'support-request': 'cần gửi e-mail nhờ hỗ trợ đổi số điện thoại',
  'already-registered': 'đã có tài khoản VssID từ trước, không cần đăng ký',
  reminded: 'đã nhắc học sinh',
  'support-email-sent': 'đã gửi e-mail nhờ hỗ trợ đổi số điện thoại',
  'support-answered': 'bộ phận hỗ trợ đã trả lời',
};

export const ALREADY_REGISTERED_LABEL = `${STATE_LABELS.done} (có tài khoản từ trước)`;

/** Done without the form: the student had a VssID account already. */
export const isAlreadyRegistered = (record: { state: StudentState; events: readonly { type: EventType }[] }): boolean =>
  record.state === 'done' && record.events.some((e) => e.type === 'already-registered');

/** The state as lists show it: a student done without the form says so. */
export function stateLabelOf(record: { state: StudentState; events: readonly { type: EventType }[] }): string {
  return isAlreadyRegistered(record) ? ALREADY_REGISTERED_LABEL : STATE_LABELS[record.state];
}

const quoted = (names: readonly string[]): string => names.map((n) => `«${n}»`).join(', ');
const joinedWithAnd = (names: readonly string[]): string =>
  names.length <= 1 ? quoted(names) : `${quoted(names.slice(0, -1))} và «${names.at(-1)}»`;

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as dates are written in Vietnam. */
export function formatDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}/${isoDate.slice(5, 7)}/${isoDate.slice(0, 4)}`;
}

/** An instant as Vietnam's wall clock: 'HH:mm DD/MM/YYYY'. */
export function formatInstant(instant: Date): string {
  const { date, time } = vietnamWallClock(instant);
  return `${time} ${formatDate(date)}`;
}

/** The events a user may type next, each with what it means: "submitted (đã bấm “Ghi nhận”)". */
export function describeEvents(types: readonly EventType[]): string {
  return types.map((type) => `${type} (${EVENT_LABELS[type]})`).join(', ');
}

function allowedSentence(allowed: readonly EventType[]): string {
  return allowed.length === 0
    ? 'Hồ sơ đã hoàn tất, không cần ghi thêm sự kiện nào.'
    : `Có thể ghi: ${describeEvents(allowed)}.`;
}

/** A state as the board shows it, in quotes: “Sẵn sàng”. */
const stateName = (state: StudentState): string => `“${STATE_LABELS[state]}”`;

export const eventMessages = {
  unknownEvent: (input: string, accepted: readonly string[], suggestion: EventType | undefined) =>
    `Không hiểu sự kiện «${input}».${suggestion === undefined ? '' : ` Có phải «${suggestion}» (${EVENT_LABELS[suggestion]})?`} ` +
    `Các sự kiện hợp lệ: ${quoted(accepted)}.`,
  eventNeedsStudents: (event: EventType, candidates: readonly string[]) =>
    `«${event}» là một sự kiện: cần ghi cho học sinh nào? Thêm mã (hoặc họ tên) sau nó: ${CLI} status ${event} <mã…>.` +
    (candidates.length > 0
      ? ` Học sinh ghi được «${event}» lúc này: ${candidates.join(', ')}.`
      : ` Lúc này chưa học sinh nào ghi được «${event}».`),
  missingSteps: (event: EventType, state: StudentState, missing: readonly string[], allowed: readonly EventType[]) =>
    `Không thể ghi «${event}» (${EVENT_LABELS[event]}) khi học sinh đang ở trạng thái ${stateName(state)}: ` +
    `cần ghi ${joinedWithAnd(missing)} trước. ${allowedSentence(allowed)}`,
  notAllowed: (event: EventType, state: StudentState, allowed: readonly EventType[]) =>
    `Không thể ghi «${event}» (${EVENT_LABELS[event]}) khi học sinh đang ở trạng thái ${stateName(state)}. ` +
    allowedSentence(allowed),
  alreadyPast: (event: EventType, state: StudentState, allowed: readonly EventType[]) =>
    `Học sinh đã ở trạng thái ${stateName(state)}, đã qua bước «${event}» (${EVENT_LABELS[event]}). ` +
    `Muốn đăng ký lại thì ghi «reopened» trước. ${allowedSentence(allowed)}`,
  alreadyNeedsNameAndBhxh: (id: string) =>
    `Chưa thể ghi «already-registered»: hồ sơ ${id} cần ít nhất họ tên và mã số BHXH (tên đăng nhập VssID). ` +
    `Hãy bổ sung bằng lệnh ${CLI} register --resume ${id} hoặc ${CLI} register --already-registered --name … --bhxh …`,
  incomplete: (id: string) =>
    `Chưa thể ghi «ready»: hồ sơ ${id} còn thiếu hoặc sai thông tin. ` +
    `Hãy bổ sung bằng lệnh ${CLI} register --resume ${id} rồi ghi lại.`,
  invalidTime: (input: string) =>
    `«${input}» không phải là thời điểm hợp lệ. Hãy ghi ngày và giờ Việt Nam, ví dụ 02/03/2026 09:30, ` +
    `09:30 02/03/2026 hoặc 2026-03-02 09:30 (ngày trước tháng); chỉ ghi ngày thì tính là ${DATE_ONLY_TIME} sáng ngày đó.`,
  dateOnly: (at: Date) => `Không ghi giờ nên tính là ${formatInstant(at)}.`,
  futureTime: (at: Date, now: Date) =>
    `Thời điểm ${formatInstant(at)} còn ở tương lai (bây giờ là ${formatInstant(now)}). ` +
    'Hãy kiểm tra lại ngày giờ đã nhập, hoặc đồng hồ của máy.',
  beforePrevious: (at: Date, previous: string, previousAt: Date) =>
    `Thời điểm ${formatInstant(at)} sớm hơn sự kiện trước đó (${EVENT_LABELS[previous as EventType] ?? previous} lúc ${formatInstant(previousAt)}). ` +
    'Các sự kiện phải được ghi theo đúng thứ tự thời gian.',
  fileNumberMissing: "Sự kiện «file-number» cần kèm số hồ sơ trong tin nhắn SMS của BHXH Việt Nam.",
  fileNumberInvalid: (value: string) =>
    `«${value}» không giống một số hồ sơ: số hồ sơ gồm chữ số, có thể có chữ cái và dấu gạch ngang ` +
    '(tối đa 40 ký tự). Hãy chép lại đúng như trong tin nhắn SMS.',
  phoneMissing: "Sự kiện «support-request» cần kèm số điện thoại đã đăng ký nhầm.",
  noSupportRequest: (id: string, type: EventType) =>
    `Không thể ghi «${type}» (${EVENT_LABELS[type]}): hồ sơ ${id} không có yêu cầu hỗ trợ đổi số điện thoại nào đang mở. ` +
    `Đánh dấu trước bằng ${CLI} troubleshoot 3 --student ${id}.`,
  supportAlreadySent: (id: string) =>
    `E-mail nhờ hỗ trợ cho hồ sơ ${id} đã được ghi là đã gửi. Khi bộ phận hỗ trợ trả lời, ghi: ${CLI} status ${id} support-answered "<nội dung trả lời>".`,
  phoneInvalid: (value: string) =>
    `«${value}» không giống một số điện thoại (cần 9–12 chữ số, có thể có dấu cách, dấu chấm, gạch ngang hoặc +84).`,
};

/**
 * What the board adds after the deadline wording: how to record the password. `troubleshoot 5
 * --student` prints the deadline wording without it (it explains, it does not record).
 */
export const RECORD_PASSWORD_HINT = 'Có mật khẩu thì ghi «password».';

export const boardMessages = {
  draft: 'Bổ sung thông tin còn thiếu, xem lại và xác nhận hồ sơ (trạng thái chuyển sang “Sẵn sàng”).',
  ready:
    "Nhập thông tin vào ứng dụng VssID hoặc trang web đăng ký, bấm “Ghi nhận”, rồi ghi «submitted».",
  waitingFileNumber:
    "Chờ tin nhắn SMS báo số hồ sơ (thường đến ngay sau khi bấm “Ghi nhận”), rồi ghi «file-number» kèm số hồ sơ.",
  noFileNumber: (minutes: number, id: string) =>
    `Đã ${formatDuration(minutes)} sau “Ghi nhận” mà chưa ghi số hồ sơ: tin nhắn báo số hồ sơ đã đến chưa? ` +
    `Có thì ghi «file-number» kèm số hồ sơ. Hỏi học sinh mà chắc chắn không có tin nhắn: ${CLI} troubleshoot 2 --student ${id} ` +
    '(chỉ khi đó mới kiểm tra số điện thoại và đăng ký lại).',
  waitingPassword: "Chờ mật khẩu (qua tin nhắn hoặc e-mail), rồi ghi «password».",
  password: (deadline: PasswordDeadline) => `${passwordDeadlineText(deadline)} ${RECORD_PASSWORD_HINT}`,
  logIn:
    "Đăng nhập VssID với tên đăng nhập là mã số BHXH (hoặc số CCCD) và mật khẩu nhận qua tin nhắn hoặc e-mail, đổi mật khẩu, rồi ghi «done».",
  done: 'Đã hoàn tất, không cần làm gì thêm.',
  alreadyRegistered:
    'Đã có tài khoản VssID từ trước: không đăng ký lại. Đăng nhập bằng mã số BHXH (hoặc số CCCD); quên mật khẩu thì dùng “Quên mật khẩu”.',
  photosGone: (labels: readonly string[], ready: boolean, id: string) =>
    `${labels.join(', ')}: tệp ảnh không còn ở chỗ đã kiểm tra (đã bị xóa hoặc chuyển đi), nên chưa nhập vào ứng dụng được. ` +
    (ready
      ? `Mở lại hồ sơ rồi chọn lại ảnh bằng ${CLI} register --resume ${id}.`
      : 'Chọn lại ảnh khi làm tiếp hồ sơ.'),
};

const HOW_TO_FORGET = 'vào màn hình đăng nhập VssID, chọn “Quên mật khẩu” để được gửi mật khẩu khác (tình huống 5).';

/**
 * The password deadline in a few words, for one student's line on the grouped board; the long
 * wording below is built on it, so the board, `troubleshoot 5 --student`, the summary and the
 * wizard say the deadline the same way.
 */
export function passwordDeadlineShort(deadline: Pick<PasswordDeadline, 'dueDate' | 'phase'>): string {
  const due = formatDate(deadline.dueDate);
  switch (deadline.phase) {
    case 'waiting':
      return `hạn chính thức hết ngày ${due}`;
    case 'forgot-worth-trying':
      return `đã 72 giờ: có thể thử Quên mật khẩu; hạn chính thức ${due}`;
    case 'overdue':
      return `quá hạn nhận mật khẩu (hạn chính thức ${due} đã qua)`;
  }
}

/**
 * The password deadline in words: the one wording the board, `troubleshoot 5 --student` and
 * `status <id> file-number` use, so they never disagree.
 */
export function passwordDeadlineText(deadline: PasswordDeadline): string {
  const short = passwordDeadlineShort(deadline);
  switch (deadline.phase) {
    case 'waiting':
      return `Chờ mật khẩu (qua tin nhắn hoặc e-mail); ${short}. Từ ${formatInstant(new Date(deadline.forgotPasswordFrom))} ` +
        '(72 giờ sau tin nhắn số hồ sơ) mà chưa có thì có thể thử “Quên mật khẩu”.';
    case 'forgot-worth-trying':
      return `Chưa có mật khẩu, ${short}. Cách thử: ${HOW_TO_FORGET}`;
    case 'overdue':
      return `${short.charAt(0).toUpperCase()}${short.slice(1)}: ${HOW_TO_FORGET}`;
  }
}

/** The rule itself, before any date is known (the wizard's last screen). */
export const PASSWORD_RULE =
  'Trong vòng 3 ngày làm việc sau tin nhắn số hồ sơ (hạn chính thức), mật khẩu được gửi qua tin nhắn hoặc e-mail. ' +
  'Sau 72 giờ mà chưa có thì có thể thử “Quên mật khẩu” (tình huống 5); chỉ quá hạn khi đã qua hạn chính thức.';

/** A waiting time in the unit a person would use: minutes, hours, then days. */
export function formatDuration(minutes: number): string {
  if (minutes < 120) return `${Math.floor(minutes)} phút`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} giờ`;
  return `${Math.floor(minutes / 1440)} ngày`;
}
