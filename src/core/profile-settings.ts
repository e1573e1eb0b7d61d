/** The class profile's settings as `config` reads them: keys, labels, parsing and checks. */
import { parseCalendarDate } from './calendar/parse-date.js';
import { isWorkingDay } from './calendar/working-days.js';
import { checkField } from './fields/index.js';
import type { ClassProfile } from './record.js';
import { normalizeText } from './text.js';
import { CLI } from '../invocation.js';

export const PROFILE_KEYS = [
  'className',
  'receivingAgency',
  'supportEmail',
  'submissionMethod',
  'extraDaysOff',
  'removedDaysOff',
  'extraWards',
] as const satisfies readonly (keyof ClassProfile)[];
export type ProfileKey = (typeof PROFILE_KEYS)[number];
export type DayListKey = 'extraDaysOff' | 'removedDaysOff';
/** Settings that are lists: `config add` and `config remove` change them item by item. */
export type ListKey = DayListKey | 'extraWards';

export const PROFILE_LABELS: Readonly<Record<ProfileKey, string>> = {
  className: 'Tên lớp',
  receivingAgency: 'Cơ quan BHXH tiếp nhận',
  supportEmail: 'E-mail hỗ trợ (mục 3)',
  submissionMethod: 'Hình thức nộp hồ sơ',
  extraDaysOff: 'Ngày nghỉ thêm',
  removedDaysOff: 'Ngày nghỉ bỏ đi',
  extraWards: 'Phường/xã thêm vào danh sách',
};

export const CLASS_NAME_MAX_LENGTH = 50;

export const isProfileKey = (key: string): key is ProfileKey => (PROFILE_KEYS as readonly string[]).includes(key);
export const isDayListKey = (key: ProfileKey): key is DayListKey => key === 'extraDaysOff' || key === 'removedDaysOff';
export const isListKey = (key: ProfileKey): key is ListKey => isDayListKey(key) || key === 'extraWards';

export type ParsedSetting<V> = { ok: true; value: V; warnings: string[] } | { ok: false; message: string };

const M = {
  classNameEmpty: `Tên lớp không được để trống. Muốn bỏ tên lớp: ${CLI} config reset className`,
  classNameTooLong: (n: number) => `Tên lớp dài ${n} ký tự, quá giới hạn ${CLASS_NAME_MAX_LENGTH} ký tự.`,
  supportEmailEmpty:
    `Chưa nhập địa chỉ e-mail hỗ trợ. Muốn dùng lại địa chỉ của hướng dẫn: ${CLI} config reset supportEmail`,
  noDays: (key: DayListKey) =>
    `Cần ít nhất một ngày, ví dụ 23/02/2026 (ngày/tháng/năm) hoặc 2026-02-23. Muốn xóa hết: ${CLI} config reset ${key}`,
  badDays: (days: readonly string[]) =>
    `${days.map((d) => `«${d}»`).join(', ')} không phải ngày hợp lệ: hãy ghi theo dạng DD/MM/YYYY (ngày trước tháng), ` +
    'ví dụ 23/02/2026, hoặc YYYY-MM-DD, ví dụ 2026-02-23.',
  alreadyOff: (day: string) => `${day} vốn đã là ngày nghỉ (cuối tuần hoặc ngày lễ); thêm vào cũng không thay đổi gì.`,
  wardFormat:
    'Ghi tỉnh/thành phố, dấu hai chấm, rồi tên phường/xã, ví dụ: "Thành phố Hồ Chí Minh: Phường Mới Lập".',
  wardProvince: (province: string) => `Không có tỉnh/thành phố “${province}” trong 34 tỉnh/thành phố từ 12/6/2025.`,
  alreadyWorking: (day: string) =>
    `${day} vốn đã là ngày làm việc; bỏ đi cũng không thay đổi gì (chỉ bỏ ngày lễ có sẵn, hoặc thứ Bảy/Chủ nhật phải làm bù).`,
};

function text(values: readonly string[]): string {
  return normalizeText(values.join(' '));
}

/** Dates separated by spaces or commas, ISO or day first (23/02/2026); stored ISO, sorted, without repeats. */
export function parseDays(key: DayListKey, values: readonly string[]): ParsedSetting<string[]> {
  const typed = values.flatMap((v) => v.split(/[\s,;]+/)).filter(Boolean);
  if (typed.length === 0) return { ok: false, message: M.noDays(key) };
  const bad = typed.filter((d) => parseCalendarDate(d) === undefined);
  if (bad.length > 0) return { ok: false, message: M.badDays(bad) };
  const unique = [...new Set(typed.map((d) => parseCalendarDate(d) as string))].sort();
  const warnings = unique.flatMap((day) => {
    const working = isWorkingDay(day);
    if (key === 'extraDaysOff' && !working) return [M.alreadyOff(day)];
    if (key === 'removedDaysOff' && working) return [M.alreadyWorking(day)];
    return [];
  });
  return { ok: true, value: unique, warnings };
}

/**
 * A ward the built-in list lacks (a 2026 resolution may add or rename some), as
 * "<province>: <ward>": the province any common way (stored as today's name), the ward as text.
 */
export function parseExtraWard(values: readonly string[]): ParsedSetting<string[]> {
  const raw = text(values);
  const at = raw.indexOf(':');
  if (at < 0) return { ok: false, message: M.wardFormat };
  const province = checkField('province', raw.slice(0, at));
  if (!province.ok) return { ok: false, message: `${M.wardProvince(raw.slice(0, at).trim())} ${M.wardFormat}` };
  const ward = checkField('ward', raw.slice(at + 1));
  if (!ward.ok) return { ok: false, message: `${ward.message} ${M.wardFormat}` };
  return { ok: true, value: [`${province.value as string}: ${ward.value as string}`], warnings: [] };
}

/** A value for `config set`, checked like the same answer in the form. */
export function parseSetting<K extends ProfileKey>(key: K, values: readonly string[]): ParsedSetting<ClassProfile[K]> {
  type Result = ParsedSetting<ClassProfile[K]>;
  const ok = (value: unknown, warnings: string[] = []): Result => ({ ok: true, value: value as ClassProfile[K], warnings });
  if (isDayListKey(key)) return parseDays(key, values) as Result;
  if (key === 'extraWards') return parseExtraWard(values) as Result;
  const raw = text(values);
  switch (key) {
    case 'className':
      if (raw === '') return { ok: false, message: M.classNameEmpty };
      if (raw.length > CLASS_NAME_MAX_LENGTH) return { ok: false, message: M.classNameTooLong(raw.length) };
      return ok(raw);
    case 'supportEmail': {
      if (raw === '') return { ok: false, message: M.supportEmailEmpty };
      const checked = checkField('email', raw);
      return checked.ok ? ok(checked.value) : checked;
    }
    case 'receivingAgency':
    case 'submissionMethod': {
      const checked = checkField(key, raw);
      return checked.ok ? ok(checked.value, checked.warnings) : checked;
    }
  }
  throw new Error(`Unhandled profile key ${key}`);
}
