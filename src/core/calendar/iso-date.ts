/**
 * Calendar dates as 'YYYY-MM-DD' strings and Julian Day Numbers (JDN: whole days, so date
 * arithmetic never meets time zones or daylight saving).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
// JDN of 1970-01-01, the Unix epoch.
const UNIX_EPOCH_JDN = 2_440_588;

/** The JDN of a Gregorian date (proleptic for early years). */
export function jdnFromParts(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32_045
  );
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isoFromJdn(jdn: number): string {
  return new Date((jdn - UNIX_EPOCH_JDN) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** True for a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return isoFromJdn(jdnFromParts(y, m, d)) === value;
}

/** Why `text` is refused where a stored 'YYYY-MM-DD' was expected, in Vietnamese. */
export function notADateMessage(text: string): string {
  return `«${text}» không phải ngày hợp lệ dạng YYYY-MM-DD.`;
}

export function jdnFromIso(iso: string): number {
  if (!isIsoDate(iso)) throw new RangeError(notADateMessage(iso));
  return jdnFromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function addDays(iso: string, days: number): string {
  return isoFromJdn(jdnFromIso(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfJdn(jdn: number): number {
  return (jdn + 1) % 7;
}

/** The weekday of 'YYYY-MM-DD': 0 = Sunday … 6 = Saturday. */
export function weekdayOf(isoDate: string): number {
  return weekdayOfJdn(jdnFromIso(isoDate));
}
