/**
 * A calendar day as people type it: ISO ('2026-03-02') or in Vietnamese order, day first
 * ('02/03/2026', '2/3/2026', '02-03-2026', '02.03.2026'). Never month first: Vietnam does not
 * write dates that way, and guessing would turn 03/04 into the wrong month.
 */
import { isIsoDate, isoFromParts } from './iso-date.js';

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** The day as 'YYYY-MM-DD', or undefined when `text` is not a real date in either order. */
export function parseCalendarDate(text: string): string | undefined {
  const value = text.trim();
  const iso = ISO.exec(value);
  const dayFirst = iso ? null : DAY_FIRST.exec(value);
  let result: string | undefined;
  if (iso) result = isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dayFirst) result = isoFromParts(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return result !== undefined && isIsoDate(result) ? result : undefined;
}
