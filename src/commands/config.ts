import { holidaysFor, validOverrides, vietnamDateOf } from '../core/calendar/index.js';
import {
  PROFILE_KEYS,
  PROFILE_LABELS,
  isDayListKey,
  isListKey,
  isProfileKey,
  parseDays,
  parseExtraWard,
  parseSetting,
  type ProfileKey,
} from '../core/profile-settings.js';
import type { ClassProfile } from '../core/record.js';
import { formatDate } from '../core/tracking/index.js';
import type { CommandContext } from '../context.js';
import { NoTerminalError, UserError } from '../errors.js';
import { agencyUpdateCandidates } from '../core/agency.js';
import { supportAddressOf, supportEmailOf } from '../core/support/address.js';
import { DEFAULT_PROFILE } from '../core/profile.js';
import type { Store } from '../store/store.js';
import { renderTable } from '../ui/table.js';
import { wrap } from '../ui/wrap.js';
import { openCommandStore } from '../flows/open-store.js';
import { CLI } from '../invocation.js';

const ACTIONS = ['list', 'get', 'set', 'add', 'remove', 'reset'] as const;
type Action = (typeof ACTIONS)[number];

const M = {
  badAction: (action: string) => `Không có thao tác «${action}». Chọn một trong: ${ACTIONS.join(', ')}.`,
  badActionHint: `Ví dụ: ${CLI} config set className 12A1`,
  badKey: (key: string) => `Không có mục cấu hình «${key}». Các mục: ${PROFILE_KEYS.join(', ')}.`,
  needsKey: (action: Action) =>
    `Thao tác «${action}» cần tên mục, ví dụ: ${CLI} config ${action} className. Các mục: ${PROFILE_KEYS.join(', ')}.`,
  needsValue: (key: ProfileKey) => `Thiếu giá trị cho «${key}».`,
  // A day list is added to, not replaced: `set` would drop the days already there.
  setHint: (key: ProfileKey) => `Ví dụ: ${CLI} config ${isListKey(key) ? 'add' : 'set'} ${key} ${EXAMPLES[key]}`,
  onlyDays: (action: Action) =>
    `Thao tác «${action}» chỉ dùng cho các danh sách: extraDaysOff, removedDaysOff (ngày nghỉ), extraWards (phường/xã).`,
  extraValues: (action: Action) => `Thao tác «${action}» không nhận thêm giá trị.`,
  invalid: (key: ProfileKey, message: string) => `Không đổi «${key}»: ${message}`,
  saved: (key: ProfileKey, value: string) => `Đã lưu ${PROFILE_LABELS[key]}: ${value}`,
  resetOne: (key: ProfileKey, value: string) => `Đã đặt lại ${PROFILE_LABELS[key]} về mặc định: ${value}`,
  resetAllConfirm: 'Đặt lại toàn bộ hồ sơ lớp về mặc định? (Danh sách học sinh không bị ảnh hưởng.)',
  resetAll: 'Đã đặt lại toàn bộ hồ sơ lớp về mặc định.',
  cancelled: 'Không thay đổi gì.',
  replaced: (key: ProfileKey, dropped: readonly string[]) =>
    `'set' thay cả danh sách nên đã bỏ: ${dropped.join(', ')}. Muốn thêm ngày mà giữ các ngày cũ, dùng: ${CLI} config add ${key} <ngày>`,
  notInList: (days: readonly string[]) => `Không có trong danh sách, bỏ qua: ${days.join(', ')}.`,
  empty: '(trống)',
  isDefault: '(* giá trị mặc định)',
  supportAddress: (address: string, source: 'class' | 'guide') =>
    source === 'class'
      ? `E-mail hỗ trợ (mục 3) đang dùng: ${address}, do lớp đặt.`
      : `E-mail hỗ trợ (mục 3): lớp chưa đặt địa chỉ riêng. ${address} là địa chỉ của hướng dẫn gốc (hộp thư riêng của một trường); ` +
        `e-mail nhờ hỗ trợ chỉ gửi tới đó khi lớp xác nhận. Đặt địa chỉ của lớp: ${CLI} config set supportEmail <địa chỉ>`,
  offerAgencyUpdate: (n: number, agency: string) =>
    `${n} học sinh chưa ghi nhận đang dùng cơ quan tiếp nhận cũ của lớp (hoặc chưa có). Đổi thành “${agency}” cho các bạn này?`,
  agencyUpdateHint: (n: number, agency: string) =>
    `${n} học sinh chưa ghi nhận vẫn ghi cơ quan tiếp nhận cũ (hoặc chưa có). Cập nhật cho các bạn này: ${CLI} config set receivingAgency "${agency}" --yes`,
  agencyUpdated: (n: number) => `Đã cập nhật cơ quan tiếp nhận cho ${n} học sinh chưa ghi nhận.`,
  file: (path: string) => `Dữ liệu (hồ sơ lớp và danh sách học sinh) lưu tại: ${path}`,
  daysOff: (year: number) => `Ngày nghỉ năm ${year} đang được tính (ngoài thứ Bảy, Chủ nhật):`,
};

const EXAMPLES: Record<ProfileKey, string> = {
  className: '12A1',
  receivingAgency: '"BHXH Thành phố Hồ Chí Minh"',
  supportEmail: 'hotro@truong.edu.vn',
  submissionMethod: 'reception',
  extraDaysOff: '23/02/2026 24/02/2026',
  removedDaysOff: '28/02/2026',
  extraWards: '"Thành phố Hồ Chí Minh: Phường Mới Lập"',
};

const METHODS: Record<string, string> = { reception: 'tại nơi tiếp nhận', postal: 'bưu chính công ích' };

const show = (value: ClassProfile[ProfileKey]): string => {
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : M.empty;
  if (value === '') return M.empty;
  return METHODS[value] ? `${value} (${METHODS[value]})` : value;
};

export async function run(ctx: CommandContext, args: string[], options: { yes?: boolean }): Promise<void> {
  const [actionArg = 'list', keyArg, ...values] = args;
  const action = actionArg.toLowerCase() as Action;
  if (!ACTIONS.includes(action)) throw new UserError(M.badAction(actionArg), { hint: M.badActionHint, exitCode: 2 });
  if (keyArg !== undefined && !isProfileKey(keyArg)) throw new UserError(M.badKey(keyArg));
  const key = keyArg as ProfileKey | undefined;
  const store = await openCommandStore(ctx);
  if (action === 'list') return list(ctx, store);
  if (action === 'reset') return reset(ctx, store, key, options.yes === true);
  if (key === undefined) throw new UserError(M.needsKey(action));
  if (action === 'get') return get(ctx, store, key);
  if (values.length === 0) throw new UserError(M.needsValue(key), { hint: M.setHint(key) });
  if (action === 'set') return set(ctx, store, key, values, options.yes === true);
  return changeDays(ctx, store, action, key, values);
}

function list(ctx: CommandContext, store: Store): void {
  const { output } = ctx;
  const profile = store.getProfile();
  // The year in Vietnam: at 05:00 on 1 January there, it is still the old year in UTC.
  const year = Number(vietnamDateOf(ctx.now).slice(0, 4));
  const daysOff = holidaysFor(year, validOverrides(profile));
  const support = supportAddressOf(supportEmailOf(store.storedProfile()));
  if (output.json) {
    output.printJson({ path: store.path, profile, supportEmail: support, daysOff: { year, days: daysOff } });
    return;
  }
  const rows = PROFILE_KEYS.map((key) => {
    const isDefault = JSON.stringify(profile[key]) === JSON.stringify(DEFAULT_PROFILE[key]);
    return [key, PROFILE_LABELS[key], `${show(profile[key])}${isDefault ? ' *' : ''}`];
  });
  for (const line of renderTable(['Mục', 'Ý nghĩa', 'Giá trị'], rows)) output.line(line);
  output.line(M.isDefault);
  output.line(wrap(M.supportAddress(support.address, support.source), output.width));
  output.line();
  output.line(M.daysOff(year));
  for (const day of daysOff) output.line(`  ${formatDate(day.date)}  ${day.name}`);
  output.line();
  output.line(wrap(M.file(store.path), output.width));
}

function get(ctx: CommandContext, store: Store, key: ProfileKey): void {
  const value = store.getProfile()[key];
  if (ctx.output.json) ctx.output.printJson({ key, value });
  // Bare value, so a script can use $(vssid-helper config get supportEmail).
  else ctx.output.line(Array.isArray(value) ? value.join(' ') : value);
}

async function set(ctx: CommandContext, store: Store, key: ProfileKey, values: readonly string[], yes: boolean): Promise<void> {
  const parsed = parseSetting(key, values);
  if (!parsed.ok) throw new UserError(M.invalid(key, parsed.message), { hint: M.setHint(key) });
  let dropped: string[] = [];
  let previous: ClassProfile[ProfileKey] | undefined;
  // Against the list as it is on disk now, so the days named as dropped are the ones really dropped.
  const profile = store.updateProfile((current) => {
    const before = current[key];
    previous = before;
    dropped = Array.isArray(before) ? before.filter((day) => !(parsed.value as string[]).includes(day)) : [];
    return { [key]: parsed.value };
  });
  const updated = key === 'receivingAgency' ? await offerAgencyUpdate(ctx, store, String(previous ?? ''), profile.receivingAgency, yes) : undefined;
  report(ctx, key, profile, dropped.length > 0 ? [...parsed.warnings, M.replaced(key, dropped)] : parsed.warnings, updated);
}

/**
 * A new class agency offered to the saved students not yet submitted who had the class's old
 * one (or the guide's, or none); a student given an agency of their own keeps it.
 */
async function offerAgencyUpdate(ctx: CommandContext, store: Store, previous: string, next: string, yes: boolean) {
  const candidates = agencyUpdateCandidates(store.list(), previous, next);
  if (candidates.length === 0) return { updated: 0, pending: 0 };
  const { output } = ctx;
  let go = yes;
  if (!go && ctx.interactive && !output.json) {
    const { prompter } = await import('../ui/prompter.js');
    go = await prompter.confirm({ message: M.offerAgencyUpdate(candidates.length, next), default: true });
  }
  if (!go) {
    if (!output.json) output.info(wrap(M.agencyUpdateHint(candidates.length, next), output.width - 2));
    return { updated: 0, pending: candidates.length };
  }
  const ids = new Set(candidates.map((record) => record.id));
  for (const id of ids) {
    // Under the store's lock, against the record as it is now: one submitted meanwhile keeps its agency.
    store.update(id, (current) => (agencyUpdateCandidates([current], previous, next).length === 0 ? current
      : { ...current, fields: { ...current.fields, receivingAgency: next } }), ctx.now);
  }
  if (!output.json) output.success(M.agencyUpdated(candidates.length));
  return { updated: candidates.length, pending: 0 };
}

function changeDays(ctx: CommandContext, store: Store, action: Action, key: ProfileKey, values: readonly string[]): void {
  if (!isListKey(key)) throw new UserError(M.onlyDays(action));
  const parsed = isDayListKey(key) ? parseDays(key, values) : parseExtraWard(values);
  if (!parsed.ok) throw new UserError(M.invalid(key, parsed.message), { hint: M.setHint(key) });
  // Applied to the list as it is on disk now: days another terminal added meanwhile are kept.
  if (action === 'add') {
    const profile = store.updateProfile((current) => ({ [key]: [...new Set([...current[key], ...parsed.value])].sort() }));
    report(ctx, key, profile, parsed.warnings);
    return;
  }
  let missing: string[] = [];
  const profile = store.updateProfile((current) => {
    const list = current[key];
    missing = parsed.value.filter((item) => !list.includes(item));
    return { [key]: list.filter((item) => !parsed.value.includes(item)) };
  });
  report(ctx, key, profile, missing.length > 0 ? [M.notInList(missing)] : []);
}

async function reset(ctx: CommandContext, store: Store, key: ProfileKey | undefined, yes: boolean): Promise<void> {
  const { output } = ctx;
  if (key !== undefined) {
    const profile = store.setProfile({ [key]: undefined });
    if (output.json) output.printJson({ key, value: profile[key] });
    else output.success(M.resetOne(key, show(profile[key])));
    return;
  }
  if (!yes) {
    if (!ctx.interactive) throw new NoTerminalError(['--yes']);
    const { prompter } = await import('../ui/prompter.js');
    if (!(await prompter.confirm({ message: M.resetAllConfirm, default: false }))) return output.line(M.cancelled);
  }
  const profile = store.resetProfile();
  if (output.json) output.printJson({ profile });
  else output.success(M.resetAll);
}

function report(
  ctx: CommandContext, key: ProfileKey, profile: ClassProfile, warnings: readonly string[], students?: { updated: number; pending: number },
): void {
  const { output } = ctx;
  for (const warning of warnings) output.warn(wrap(warning, output.width - 2));
  if (output.json) output.printJson({ key, value: profile[key], warnings, ...(students ? { students } : {}) });
  else output.success(M.saved(key, show(profile[key])));
}
