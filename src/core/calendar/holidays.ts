/**
 * Vietnam's paid public holidays (Labour Code 2019, art. 112) for a Gregorian year, with the
 * compensatory days the law gives and a class's own overrides.
 */
import { addDays, isIsoDate, isoFromParts, notADateMessage, weekdayOf } from './iso-date.js';
import { lunarToSolar, tetDate } from './lunar.js';

export type HolidayName =
  | 'Tết Dương lịch'
  | 'Tết Nguyên đán'
  | 'Giỗ Tổ Hùng Vương'
  | 'Ngày Giải phóng miền Nam'
  | 'Quốc tế Lao động'
  | 'Quốc khánh'
  | 'Ngày Văn hóa Việt Nam'
  | 'Nghỉ bù'
  | 'Ngày nghỉ bổ sung';

export interface Holiday {
  /** 'YYYY-MM-DD', a calendar day in Vietnam. */
  date: string;
  name: HolidayName;
  /** For 'Nghỉ bù': the holiday on a weekend that this day makes up for. */
  compensates?: string;
}

/** A class profile's corrections to the built-in list (dates 'YYYY-MM-DD'). */
export interface DayOffOverrides {
  /** Days off announced by the government or the school, e.g. a bridge day around Tết. */
  readonly extraDaysOff?: readonly string[];
  /**
   * Days that are working days after all: a built-in holiday the government moved, or a
   * Saturday/Sunday made a working day in a swap ("làm bù").
   */
  readonly removedDaysOff?: readonly string[];
}

/**
 * First year in which 24 November, Vietnam Culture Day, is a paid day off; null to leave it out.
 * The Politburo chose the day (Resolution 80-NQ/TW) but as of early 2026 the Labour Code
 * amendment that makes it a holiday was still being drafted, so 24/11/2025 was a working day.
 */
export const CULTURE_DAY_FIRST_YEAR: number | null = 2026;

interface StatutoryHoliday {
  name: HolidayName;
  dates: (year: number) => string[];
}

// The one list of statutory days off. Dates the government picks each year follow its usual
// choice; a class corrects the others with overrides.
const STATUTORY_HOLIDAYS: readonly StatutoryHoliday[] = [
  { name: 'Tết Dương lịch', dates: (y) => [isoFromParts(y, 1, 1)] },
  {
    // Five days, chosen by the government: usually the last day of the old year and the first
    // four of the new one; some years it takes two days before Tết and three after.
    name: 'Tết Nguyên đán',
    dates: (y) => [-1, 0, 1, 2, 3].map((n) => addDays(tetDate(y), n)),
  },
  { name: 'Giỗ Tổ Hùng Vương', dates: (y) => [lunarToSolar(10, 3, y)] },
  { name: 'Ngày Giải phóng miền Nam', dates: (y) => [isoFromParts(y, 4, 30)] },
  { name: 'Quốc tế Lao động', dates: (y) => [isoFromParts(y, 5, 1)] },
  {
    // The law gives 2 September and the day before or after; the government chooses which
    // each year (1/9 in 2025, 3/9 in 2024). 1 September is assumed here.
    name: 'Quốc khánh',
    dates: (y) => [isoFromParts(y, 9, 1), isoFromParts(y, 9, 2)],
  },
  {
    name: 'Ngày Văn hóa Việt Nam',
    dates: (y) =>
      CULTURE_DAY_FIRST_YEAR !== null && y >= CULTURE_DAY_FIRST_YEAR ? [isoFromParts(y, 11, 24)] : [],
  },
];

export function isWeekend(isoDate: string): boolean {
  const weekday = weekdayOf(isoDate);
  return weekday === 0 || weekday === 6;
}

/** 'YYYY-MM-DD' in date order, compared as text: localeCompare would first load ICU's collation (several ms). */
const byDate = (a: Holiday, b: Holiday): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** The statutory holidays of a year and, for each one on a Saturday or Sunday, a "Nghỉ bù". */
function statutoryHolidaysFor(year: number): Holiday[] {
  const holidays = STATUTORY_HOLIDAYS.flatMap(({ name, dates }) =>
    dates(year).map((date): Holiday => ({ date, name })),
  ).sort(byDate);
  const taken = new Set(holidays.map((h) => h.date));
  const compensatory: Holiday[] = [];
  // In date order, so a Tết spanning a weekend pushes its days past the end of the break.
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || taken.has(day)) day = addDays(day, 1);
    taken.add(day);
    compensatory.push({ date: day, name: 'Nghỉ bù', compensates: holiday.date });
  }
  return [...holidays, ...compensatory];
}

/** The overrides with any date that is not 'YYYY-MM-DD' left out (a hand-edited profile). */
export function validOverrides(overrides: DayOffOverrides): Required<DayOffOverrides> {
  return {
    extraDaysOff: (overrides.extraDaysOff ?? []).filter(isIsoDate),
    removedDaysOff: (overrides.removedDaysOff ?? []).filter(isIsoDate),
  };
}

function checkDates(dates: readonly string[], label: string): void {
  const bad = dates.find((d) => !isIsoDate(d));
  if (bad !== undefined) throw new RangeError(`${label}: ${notADateMessage(bad)}`);
}

/**
 * The year's holidays in date order: statutory days, their compensatory days, minus the
 * removed days, plus the extra days (named "Ngày nghỉ bổ sung"). Overrides of other years
 * are ignored. Holidays on a weekend are listed too: their "Nghỉ bù" follows.
 */
export function holidaysFor(year: number, overrides: DayOffOverrides = {}): Holiday[] {
  const extra = overrides.extraDaysOff ?? [];
  const removed = overrides.removedDaysOff ?? [];
  checkDates(extra, 'extraDaysOff');
  checkDates(removed, 'removedDaysOff');
  const prefix = `${String(year).padStart(4, '0')}-`;
  const removedSet = new Set(removed);
  const holidays = statutoryHolidaysFor(year).filter((h) => !removedSet.has(h.date));
  const present = new Set(holidays.map((h) => h.date));
  for (const date of new Set(extra)) {
    if (date.startsWith(prefix) && !present.has(date)) holidays.push({ date, name: 'Ngày nghỉ bổ sung' });
  }
  return holidays.sort(byDate);
}
