/**
 * Every Vietnamese sentence of `remind` and of the one-line class summary. A reminder is written
 * for the classmate (it is pasted into their chat), never for the monitor: no command, no event
 * name, only what they do and by when.
 */
import { weekdayOf } from '../calendar/iso-date.js';
import type { FieldKey } from '../record.js';
import { formatDate } from './messages.js';
import type { NextStepKind } from './next-step.js';

const WEEKDAYS = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/** 'YYYY-MM-DD' → 'thứ Sáu 11/12': the year is this term's, the weekday is what people remember. */
export const dayForChat = (isoDate: string): string => `${WEEKDAYS[weekdayOf(isoDate)]} ${formatDate(isoDate).slice(0, 5)}`;

/**
 * A missing answer in the classmate's words. The address fields are one thing to them; the BHXH
 * code is the last 10 characters of the BHYT card (the guide's step 2).
 */
const STUDENT_WORDS: Partial<Record<FieldKey, string>> = {
  name: 'họ và tên',
  bhxhCode: 'mã số BHXH (10 số cuối trên thẻ BHYT)',
  idNumber: 'số CCCD',
  frontPhoto: 'ảnh mặt trước CCCD',
  backPhoto: 'ảnh mặt sau CCCD',
  portraitPhoto: 'ảnh chân dung',
  province: 'địa chỉ thường trú',
  district: 'địa chỉ thường trú',
  ward: 'địa chỉ thường trú',
  street: 'địa chỉ thường trú',
  email: 'địa chỉ e-mail',
  phone: 'số điện thoại',
  contactPerson: 'tên người liên hệ',
};

const BOTH_SIDES = 'ảnh hai mặt CCCD';

/** The missing answers as one phrase, each said once: "ảnh mặt sau CCCD và số điện thoại". */
export function missingPhrase(keys: readonly FieldKey[]): string {
  const bothSides = keys.includes('frontPhoto') && keys.includes('backPhoto');
  const named = bothSides ? keys.map((key) => (key === 'frontPhoto' || key === 'backPhoto' ? BOTH_SIDES : STUDENT_WORDS[key] ?? key)) : keys.map((key) => STUDENT_WORDS[key] ?? key);
  const words = [...new Set(named)];
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} và ${words.at(-1)}`;
}

/** How the classmate is called: the given name, the last word of a Vietnamese name. */
export const givenName = (name: string): string => name.trim().split(/\s+/).at(-1) || 'bạn';

export interface ReminderFacts {
  name: string;
  phone?: string;
  missing?: readonly FieldKey[];
  /** 'YYYY-MM-DD': the password's due date. */
  dueDate?: string;
  /** 'YYYY-MM-DD': the day the monitor asks for things by (`remind --by`). */
  by?: string;
}

const byWhen = (by: string | undefined): string => (by === undefined ? ' sớm nhé' : ` trước ${dayForChat(by)}`);

/** The message for each kind the classmate acts on. */
export const REMINDER_TEXT: Partial<Record<NextStepKind, (facts: ReminderFacts) => string>> = {
  complete: (f) =>
    `Chào ${givenName(f.name)}, bạn còn thiếu ${missingPhrase(f.missing ?? [])} để đăng ký VssID: gửi cho lớp trưởng${byWhen(f.by)}.`,
  'photos-gone': (f) =>
    `Chào ${givenName(f.name)}, lớp trưởng cần bạn gửi lại ${missingPhrase(f.missing ?? [])} để đăng ký VssID (ảnh gửi lần trước bị mất)${byWhen(f.by)}.`,
  'no-file-number': (f) =>
    `${givenName(f.name)} ơi, bạn có nhận được tin nhắn của BHXH Việt Nam báo số hồ sơ VssID` +
    `${f.phone ? ` (gửi về số ${f.phone})` : ''} không? Có thì gửi số hồ sơ cho lớp trưởng; ` +
    'không có thì báo lớp trưởng để kiểm tra số điện thoại và đăng ký lại ngay.',
  'forgot-password': (f) =>
    `Chào ${givenName(f.name)}, đã hơn 72 giờ từ khi có số hồ sơ VssID mà lớp chưa thấy bạn báo có mật khẩu` +
    `${f.dueDate ? ` (hạn chậm nhất ${dayForChat(f.dueDate)})` : ''}. Chưa có tin nhắn mật khẩu thì vào VssID, ` +
    'chọn «Quên mật khẩu»; có rồi thì báo lớp trưởng nhé.',
  'password-overdue': (f) =>
    `${givenName(f.name)} ơi, hạn nhận mật khẩu VssID là ${f.dueDate ? dayForChat(f.dueDate) : 'đã hết'} và đã qua: ` +
    'vào VssID, chọn «Quên mật khẩu» để được gửi mật khẩu mới, rồi báo lớp trưởng.',
  'log-in': (f) =>
    `Chào ${givenName(f.name)}, bạn đã có mật khẩu VssID: đăng nhập (tên đăng nhập là mã số BHXH, mật khẩu trong tin nhắn), ` +
    'đổi mật khẩu, rồi báo lớp trưởng là xong nhé.',
};

/** The heading of each group of reminders, for the monitor: what the classmates in it must do. */
export const REMINDER_GROUP_TITLES: Partial<Record<NextStepKind, string>> = {
  'password-overdue': 'Quá hạn nhận mật khẩu: dùng «Quên mật khẩu»',
  'no-file-number': 'Chưa báo số hồ sơ: hỏi có nhận được tin nhắn không',
  'forgot-password': 'Đã 72 giờ chưa có mật khẩu: có thể thử «Quên mật khẩu»',
  complete: 'Còn thiếu thông tin: gửi cho lớp trưởng',
  'photos-gone': 'Ảnh bị mất: gửi lại cho lớp trưởng',
  'log-in': 'Đã có mật khẩu: đăng nhập, đổi mật khẩu',
};

/** A time since, as people say it in a chat: "vừa xong", "3 giờ trước", "2 ngày trước". */
export function agoText(minutes: number, days: number): string {
  if (days >= 1) return days === 1 ? 'hôm qua' : `${days} ngày trước`;
  if (minutes < 1) return 'vừa xong';
  return minutes < 60 ? `${Math.floor(minutes)} phút trước` : `${Math.floor(minutes / 60)} giờ trước`;
}

export const remindText = {
  reminded: (ago: string) => `đã nhắc ${ago}`,
  idle: (days: number) => `⚑ ${days} ngày chưa tiến triển`,
  idleShort: (days: number) => `⚑${days} ngày`,
};

/** The one-line summary for the class chat: its parts, in the order people read them. */
export const summaryText = {
  head: (className: string) => (className ? `Lớp ${className}` : 'Cả lớp'),
  done: (done: number, total: number) => `${done}/${total} đã xong`,
  awaitPassword: (n: number) => `${n} chờ mật khẩu`,
  overdue: (n: number) => `${n} quá hạn`,
  missingInfo: (n: number) => `${n} chưa gửi thông tin`,
  logIn: (n: number) => `${n} cần đăng nhập`,
  awaitFileNumber: (n: number) => `${n} chờ số hồ sơ`,
  withMonitor: (n: number) => `${n} chờ lớp trưởng nhập`,
  empty: 'chưa có ai',
};
