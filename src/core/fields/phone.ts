/**
 * Điện thoại di động. Kept in its own module because libphonenumber-js costs start-up time:
 * only modules that validate import it, never --help or the labels.
 */
// The "mobile" metadata is the lightest that still knows VN's mobile ranges (measured: same
// answers as "max" for 086, 059, 070, 088, 052x, 055x, 011, 02x; 99 kB of metadata vs 157 kB).
import { PhoneNumber } from 'libphonenumber-js/mobile';
import { normalizeText, toAsciiDigits } from '../text.js';
import type { Parsed } from './helpers.js';
import { phoneMessages as M } from './messages.js';
import { hasMobilePrefix } from './mobile-prefixes.js';
import { nationalPhone } from './phone-form.js';

// Digits and a plus sign only (the usual answer): the text normalisation would leave it unchanged.
const PLAIN_NUMBER = /^\+?[0-9]+$/;
const TWO_VALUES = /[/,;|]|\s(?:và|hoặc|or|and)\s/i;

export function parsePhone(raw: string): Parsed<string> {
  const text = PLAIN_NUMBER.test(raw) ? raw : toAsciiDigits(normalizeText(raw).normalize('NFKC'));
  if (TWO_VALUES.test(text)) return { error: M.twoValues };
  const number = nationalPhone(text);
  if (number === '') return { error: M.empty };
  if (number.startsWith('+')) return { error: M.foreign };
  if (!/^\d+$/.test(number)) return { error: M.badChars(raw) };
  if (number.startsWith('02')) return { error: M.landline(number) };
  if (number.length !== 10) return { error: M.wrongLength(number.length) };
  // The numbering plan decides (mobile-prefixes.ts); the library's finer blocks only warn.
  if (!hasMobilePrefix(number)) return { error: M.notMobile(number) };
  return { value: number };
}

/**
 * A number in an allocated prefix whose block libphonenumber-js does not list as mobile: its
 * table can lag behind allocations, so this is worth a question to the holder, never a refusal.
 * The number is national and checked, so it is handed over in E.164 form (parsing it again
 * costs 5× the check itself, which a 10,000-row roster feels).
 */
export function phoneWarnings(national: string | undefined): string[] {
  if (national === undefined || !/^0\d{9}$/.test(national)) return [];
  const known = new PhoneNumber(`+84${national.slice(1)}`).getType() === 'MOBILE';
  return known ? [] : [M.unknownBlock(national)];
}
