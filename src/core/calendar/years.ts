/**
 * The years the calendar can compute: the lunar calendar (and so Tết and every holiday that
 * follows it) is astronomical and checked only over this range. Dates a user types outside it
 * are refused with a Vietnamese message instead of failing deep inside the calendar.
 */
import { UserError } from '../../errors.js';

/** First and last Gregorian year the calendar supports, inclusive. */
export const SUPPORTED_YEARS = { first: 1800, last: 2199 } as const;

export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last;
}

/** Why a year is refused, in Vietnamese, with the range; `typed` is what the user wrote, if any. */
export function unsupportedYearMessage(year: number, typed?: string): string {
  const range = `từ năm ${SUPPORTED_YEARS.first} đến năm ${SUPPORTED_YEARS.last}`;
  return typed === undefined
    ? `Lịch (ngày lễ, âm lịch) chỉ tính được cho các năm ${range}, không tính được năm ${year}.`
    : `«${typed}» thuộc năm ${year}: công cụ chỉ tính được lịch (ngày lễ, âm lịch) cho các năm ${range}.`;
}

/** A real date a user typed, but in a year the calendar cannot compute. */
export class UnsupportedYearError extends UserError {
  override readonly name = 'UnsupportedYearError';
  readonly year: number;

  constructor(year: number, typed?: string) {
    super(unsupportedYearMessage(year, typed));
    this.year = year;
  }
}
