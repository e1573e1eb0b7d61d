/**
 * A moment as a person types it, read as Vietnam's clock. One reader for every typed time:
 * `status --at` (through tracking's readEventTime) and VSSID_HELPER_NOW. Imports no lunar
 * code, so the start-up path may use it.
 */
import { isIsoDate } from './iso-date.js';
import { readCalendarDate } from './parse-date.js';
import { vietnamDateOf, vietnamInstant } from './vietnam-time.js';
import { isSupportedYear } from './years.js';

const WITH_ZONE = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
// '09:30', '9:30:15', '9:30:15.5', and the Vietnamese '9h30' or '9h'.
const CLOCK = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(\.\d{1,9})?)?|h(\d{2})?)$/i;

export interface VietnamTime {
  at: Date;
  /** Only a day was given; `at` is that day at the caller's time for a date alone. */
  dateOnly: boolean;
}

/**
 * A moment read, or why not: `unsupportedYear` when it is a real moment whose Vietnamese day
 * lies outside SUPPORTED_YEARS, absent when the text is not a moment at all.
 */
export type TimeReading = ({ ok: true } & VietnamTime) | { ok: false; unsupportedYear?: number };

/** 'HH:mm:ss.fff' from a typed clock time, or undefined when it is not one. */
function readClock(text: string): string | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  const [, h, m, s, fraction, afterH] = match;
  const hours = Number(h);
  const minutes = Number(m ?? afterH ?? 0);
  const seconds = Number(s ?? 0);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(hours)}:${two(minutes)}:${two(seconds)}${fraction ?? ''}`;
}

function found(at: Date, dateOnly: boolean): TimeReading {
  if (Number.isNaN(at.getTime())) return { ok: false };
  const year = Number(vietnamDateOf(at).slice(0, 4));
  return isSupportedYear(year) ? { ok: true, at, dateOnly } : { ok: false, unsupportedYear: year };
}

/**
 * A date and a time in either order, the date ISO or day first ('2026-03-02 09:30',
 * '09:30 02/03/2026', '02/03/2026 9h30', '2026-03-02T09:30'), read as Vietnam's clock whatever
 * the machine's zone; a date alone, taken as `dateOnlyTime` ('HH:mm') that day; or ISO 8601
 * with a zone ('2026-03-02T02:30Z'); a time alone when `today` is given. Only moments whose Vietnamese day is in SUPPORTED_YEARS.
 */
export function readVietnamTime(input: string, dateOnlyTime: string, today?: string): TimeReading {
  const text = input.trim().replace(/\s+/g, ' ');
  // A time alone ('09:30') is that time on `today` (Vietnam's 'YYYY-MM-DD'), when the caller knows it.
  const clockAlone = today === undefined ? undefined : readClock(text);
  if (clockAlone !== undefined && today !== undefined) return found(vietnamInstant(today, clockAlone), false);
  const zoned = WITH_ZONE.exec(text);
  if (zoned) return isIsoDate(zoned[1] as string) ? found(new Date(Date.parse(text)), false) : { ok: false };
  const parts = text.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ').split(' ');
  if (parts.length > 2 || parts[0] === '') return { ok: false };
  const [first = '', second] = parts;
  const isDay = (day: { date?: string; unsupportedYear?: number }) => day.date !== undefined || day.unsupportedYear !== undefined;
  let day = readCalendarDate(first);
  let clock: string | undefined;
  if (second === undefined) clock = dateOnlyTime;
  else {
    // Date then time, or time then date.
    clock = isDay(day) ? readClock(second) : undefined;
    if (clock === undefined) {
      day = readCalendarDate(second);
      clock = readClock(first);
    }
  }
  if (clock === undefined || !isDay(day)) return { ok: false };
  if (day.date === undefined) return { ok: false, unsupportedYear: day.unsupportedYear };
  return found(vietnamInstant(day.date, clock), second === undefined);
}
