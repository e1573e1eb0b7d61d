/**
 * Working days in Vietnam. Dates are civil days at UTC+7 (Vietnam has had no daylight saving
 * since 1975), whatever time zone the machine running the tool is set to: see vietnam-time.ts.
 */
import { isoFromJdn, jdnFromIso, weekdayOfJdn } from './iso-date.js';
import { holidaysFor, isWeekend, type DayOffOverrides } from './holidays.js';
import { vietnamDateOf } from './vietnam-time.js';

// Vietnam's clock lives in vietnam-time.ts (small, no lunar code); here beside the working days too.
export { vietnamDateOf, vietnamWallClock, type WallClock } from './vietnam-time.js';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_JDN = 2_440_588;

interface YearDaysOff {
  /** Holidays after overrides, as JDNs; weekends are not listed. */
  holidays: ReadonlySet<number>;
  /** Saturdays and Sundays the class made working days, as JDNs. */
  workingWeekendDays: ReadonlySet<number>;
}

// A board evaluates the same few years for thousands of records: compute each year once per
// set of overrides. Keyed by content, not identity, so a profile edited in place is seen.
const cache = new Map<string, YearDaysOff>();
const CACHE_LIMIT = 64;

function overridesKey(overrides: DayOffOverrides): string {
  return `${(overrides.extraDaysOff ?? []).join(',')}|${(overrides.removedDaysOff ?? []).join(',')}`;
}

function daysOffOf(year: number, overrides: DayOffOverrides, key: string): YearDaysOff {
  const cacheKey = `${year}|${key}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const removed = (overrides.removedDaysOff ?? []).filter((d) => d.startsWith(`${year}-`) && isWeekend(d));
  const days: YearDaysOff = {
    holidays: new Set(holidaysFor(year, overrides).map((h) => jdnFromIso(h.date))),
    workingWeekendDays: new Set(removed.map(jdnFromIso)),
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, days);
  return days;
}

function isWorkingJdn(jdn: number, overrides: DayOffOverrides, key: string): boolean {
  const year = new Date((jdn - UNIX_EPOCH_JDN) * MS_PER_DAY).getUTCFullYear();
  const { holidays, workingWeekendDays } = daysOffOf(year, overrides, key);
  if (holidays.has(jdn)) return false;
  const weekday = weekdayOfJdn(jdn);
  return (weekday !== 0 && weekday !== 6) || workingWeekendDays.has(jdn);
}

function firstWorkingJdn(jdn: number, overrides: DayOffOverrides, key: string): number {
  let day = jdn;
  while (!isWorkingJdn(day, overrides, key)) day += 1;
  return day;
}

/** Not a Saturday or Sunday (unless swapped to a working day) and not a holiday. */
export function isWorkingDay(isoDate: string, overrides: DayOffOverrides = {}): boolean {
  return isWorkingJdn(jdnFromIso(isoDate), overrides, overridesKey(overrides));
}

/** The first working day on or after `isoDate`. */
export function workingDayOnOrAfter(isoDate: string, overrides: DayOffOverrides = {}): string {
  return isoFromJdn(firstWorkingJdn(jdnFromIso(isoDate), overrides, overridesKey(overrides)));
}

/**
 * The n-th working day after the Vietnamese day of `instant` ('YYYY-MM-DD').
 *
 * Something that happens on a non-working day is taken as happening on the next working day,
 * as offices count a document received on a Saturday as received on Monday; the count starts
 * after that day. So with n = 3: an SMS on Friday → Wednesday; on Saturday or Sunday →
 * Thursday; at 23:59 on a Monday → Thursday. n = 0 gives that effective day itself.
 */
export function addWorkingDays(instant: Date, n: number, overrides: DayOffOverrides = {}): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc phải là số nguyên ≥ 0, không phải ${n}.`);
  const key = overridesKey(overrides);
  const start = vietnamDateOf(instant);
  // A class's file numbers arrive on a few days: a board of thousands counts each day once.
  const answerKey = `${start}|${n}|${key}`;
  const known = answers.get(answerKey);
  if (known !== undefined) return known;
  let day = firstWorkingJdn(jdnFromIso(start), overrides, key);
  for (let i = 0; i < n; i += 1) day = firstWorkingJdn(day + 1, overrides, key);
  const answer = isoFromJdn(day);
  if (answers.size >= ANSWER_LIMIT) answers.clear();
  answers.set(answerKey, answer);
  return answer;
}

const answers = new Map<string, string>();
const ANSWER_LIMIT = 4_096;
