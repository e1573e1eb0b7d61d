/**
 * The answer time of a Google Forms response sheet ("Dấu thời gian" / "Timestamp"), read in the
 * forms Google Forms and Sheets write: Vietnamese locale "2026/09/01 8:00:00 SA GMT+7" (SA = sáng,
 * before noon; CH = chiều, after) or "01/09/2026 08:00:00" (day first), English locale
 * "9/1/2026 8:00:00" (month first), and ISO ("2026-09-01T01:00:00.000Z", an .xlsx date cell).
 * Only the order of answers matters, so a time without a zone is read as Vietnam time (UTC+7).
 */

const YEAR_FIRST = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(SA|CH|AM|PM)?\s*(Z|GMT[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2})?$/i;
const YEAR_LAST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(SA|CH|AM|PM)?\s*(GMT[+-]\d{1,2}(?::?\d{2})?)?$/i;

type DayOrder = 'day-first' | 'month-first';

interface Parts {
  year: number;
  first: number;
  second: number;
  hour: number;
  minute: number;
  second_: number;
  meridiem?: string;
  zone?: string;
  yearFirst: boolean;
  /** "01/09/2026": written with leading zeros, as the Vietnamese locale does (dd/MM/yyyy). */
  padded: boolean;
}

function split(text: string): Parts | undefined {
  const t = text.trim();
  const y = YEAR_FIRST.exec(t);
  if (y) {
    return {
      year: Number(y[1]), first: Number(y[2]), second: Number(y[3]), hour: Number(y[4]), minute: Number(y[5]),
      second_: Number(y[6] ?? 0), meridiem: y[7], zone: y[8], yearFirst: true, padded: true,
    };
  }
  const l = YEAR_LAST.exec(t);
  if (l) {
    return {
      year: Number(l[3]), first: Number(l[1]), second: Number(l[2]), hour: Number(l[4]), minute: Number(l[5]),
      second_: Number(l[6] ?? 0), meridiem: l[7], zone: l[8], yearFirst: false,
      padded: (l[1] ?? '').length === 2 && (l[2] ?? '').length === 2,
    };
  }
  return undefined;
}

/** Minutes east of UTC; Vietnam's when the text names no zone. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (zone === undefined) return 7 * 60;
  if (/^z$/i.test(zone)) return 0;
  const m = /([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function toMs(p: Parts, order: DayOrder): number | undefined {
  const [month, day] = p.yearFirst || order === 'day-first' ? (p.yearFirst ? [p.first, p.second] : [p.second, p.first]) : [p.first, p.second];
  let hour = p.hour;
  const meridiem = p.meridiem?.toUpperCase();
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return undefined;
    const after = meridiem === 'CH' || meridiem === 'PM';
    hour = (hour % 12) + (after ? 12 : 0);
  }
  const offset = zoneOffset(p.zone);
  if (offset === undefined || month < 1 || month > 12 || day < 1 || hour > 23 || p.minute > 59 || p.second_ > 59) return undefined;
  const ms = Date.UTC(p.year, month - 1, day, hour, p.minute, p.second_);
  // Date.UTC rolls 31/02 over into March: such a date is not one.
  if (new Date(ms).getUTCDate() !== day) return undefined;
  return ms - offset * 60_000;
}

/**
 * Reads a whole column at once, because "01/09/2026" alone does not say which number is the day:
 * a value over 12 in one place decides for the column; otherwise leading zeros mean the
 * Vietnamese day-first form and none the English month-first one. undefined where unreadable.
 */
export function readTimestamps(texts: readonly (string | undefined)[]): (number | undefined)[] {
  const parts = texts.map((text) => (text === undefined || text.trim() === '' ? undefined : split(text)));
  const dayMonth = parts.filter((p): p is Parts => p !== undefined && !p.yearFirst);
  let columnOrder: DayOrder | undefined;
  if (dayMonth.some((p) => p.first > 12)) columnOrder = 'day-first';
  else if (dayMonth.some((p) => p.second > 12)) columnOrder = 'month-first';
  return parts.map((p) => {
    if (p === undefined) return undefined;
    const order = columnOrder ?? (p.padded ? 'day-first' : 'month-first');
    return toMs(p, order);
  });
}
