/**
 * Vietnam's clock: UTC+7 all year (no daylight saving since 1975), whatever time zone the
 * machine running the tool is set to. The one place that turns instants into Vietnamese days
 * and times, and back. Small and free of the lunar calendar: start-up code may import it.
 */

/** Vietnam's offset from UTC, as ISO 8601 writes it. */
export const VIETNAM_UTC_OFFSET = '+07:00';
const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

/** A moment as a clock on a wall in Vietnam shows it. */
export interface WallClock {
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:mm', 24-hour. */
  time: string;
}

/** The instant shifted to Vietnam's clock, in milliseconds since 1970-01-01T00:00 on that clock. */
function vietnamMs(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Thời điểm không hợp lệ (Invalid Date).');
  return ms + VIETNAM_UTC_OFFSET_MS;
}

function vietnamIso(instant: Date): string {
  return new Date(vietnamMs(instant)).toISOString();
}

/**
 * Whole days from Vietnam's calendar day of `from` to that of `to` (0 the same day), counted
 * without writing either day out: a board counts one for each of thousands of students.
 */
export function vietnamDaysBetween(from: Date, to: Date): number {
  return Math.floor(vietnamMs(to) / MS_PER_DAY) - Math.floor(vietnamMs(from) / MS_PER_DAY);
}

const MS_PER_DAY = 86_400_000;

/** The calendar day in Vietnam ('YYYY-MM-DD') at an instant. */
export function vietnamDateOf(instant: Date): string {
  return vietnamIso(instant).slice(0, 10);
}

/** The day and the time (hh:mm) in Vietnam at an instant. */
export function vietnamWallClock(instant: Date): WallClock {
  const iso = vietnamIso(instant);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/**
 * The instant at which Vietnam's clock shows `time` ('HH:mm', 'HH:mm:ss' or 'HH:mm:ss.fff')
 * on day `date` ('YYYY-MM-DD'); an Invalid Date when either is not one.
 */
export function vietnamInstant(date: string, time: string): Date {
  return new Date(Date.parse(`${date}T${time}${VIETNAM_UTC_OFFSET}`));
}
