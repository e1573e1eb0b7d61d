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
export { addWorkingDays, isWorkingDay, vietnamDateOf, workingDayOnOrAfter } from './working-days.js';
export { isIsoDate } from './iso-date.js';
export { parseCalendarDate } from './parse-date.js';
