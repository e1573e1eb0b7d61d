export { lunarToSolar, solarToLunar, tetDate, type LunarDate } from './lunar.js';
export {
  CULTURE_DAY_FIRST_YEAR,
  holidaysFor,
  isWeekend,
  validOverrides,
  type DayOffOverrides,
  type Holiday,
  type HolidayName,
} from './holidays.js';
export { addWorkingDays, isWorkingDay, workingDayOnOrAfter } from './working-days.js';
export { VIETNAM_UTC_OFFSET, vietnamDateOf, vietnamInstant, vietnamWallClock, type WallClock } from './vietnam-time.js';
export { isIsoDate, weekdayOf } from './iso-date.js';
export { parseCalendarDate, readCalendarDate } from './parse-date.js';
export { readVietnamTime, type TimeReading, type VietnamTime } from './read-time.js';
export { SUPPORTED_YEARS, UnsupportedYearError, isSupportedYear, unsupportedYearMessage } from './years.js';
