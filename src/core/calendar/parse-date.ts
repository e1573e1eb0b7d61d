/**
 * A calendar day as people type it: ISO ('2026-03-02') or in Vietnamese order, day first
 * ('02/03/2026', '2/3/2026', '02-03-2026', '02.03.2026'). Never month first: Vietnam does not
 * write dates that way, and guessing would turn 03/04 into the wrong month.
 */
import { isIsoDate, isoFromParts } from './iso-date.js';
import { UnsupportedYearError, isSupportedYear } from './years.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/**
 * What `text` says as a day: { date } for a real date in SUPPORTED_YEARS; { unsupportedYear }
 * for a real date outside them; {} when it is not a real date in either order.
 */
export function readCalendarDate(text: string): { date?: string; unsupportedYear?: number } {
  const value = text.trim();
  const iso = ISO.exec(value);
  const dayFirst = iso ? null : DAY_FIRST.exec(value);
  let result: string | undefined;
  if (iso) result = isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dayFirst) result = isoFromParts(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  if (result === undefined || !isIsoDate(result)) return {};
  const year = Number(result.slice(0, 4));
  return isSupportedYear(year) ? { date: result } : { unsupportedYear: year };
}

/**
 * The day as 'YYYY-MM-DD', or undefined when `text` is not a real date in either order.
 * A real date outside SUPPORTED_YEARS throws UnsupportedYearError, which says (in Vietnamese)
 * which years are supported: "not a date" would send the user looking for a typo.
 */
export function parseCalendarDate(text: string): string | undefined {
  const { date, unsupportedYear } = readCalendarDate(text);
  if (unsupportedYear !== undefined) throw new UnsupportedYearError(unsupportedYear, text.trim());
  return date;
}
