import { vietnamDateOf } from '../calendar/vietnam-time.js';
import { decodeIdNumber } from '../fields/id-number.js';
import { CCCD_PROVINCE_CODES } from '../provinces.js';
import { rowMessages as M } from './messages.js';
import type { RosterKey } from './types.js';

/** What a spreadsheet did to a cell, undone where provable: the value to check, or why it is lost. */
export type PreparedCell = { value: string; warnings: readonly string[] } | { error: string };

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?\s?e\s?[+-]?\d+$/i;
// "912,345,678" or "79.305.123.456": a number displayed with thousands separators.
const THOUSANDS = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;
const VALUE_SEPARATOR = /[/;,|&\n\r]|\s(?:và|hoặc|va|hoac|or|and)\s/iu;
const DIGIT = /\d/;
const DIGITS_ONLY = /^\d+$/;
const DIGITS = /\d/g;

const NO_WARNINGS: readonly string[] = Object.freeze([]);

/**
 * A CCCD number with its lost zeros put back, when what it then says is a person who can exist:
 * a known birth province and a birth year not after `now`'s. Otherwise the zeros are not proven
 * (the cell was something else), and the repair would only dress up a wrong number.
 */
function restoredCccd(key: RosterKey, value: string, zeros: number, now: Date): PreparedCell {
  const restored = `${'0'.repeat(zeros)}${value}`;
  const facts = decodeIdNumber(restored);
  if (facts?.kind !== 'cccd') return { error: M.impossibleRepair(key, value, restored, M.noSuchProvince(restored.slice(0, 3))) };
  if (facts.birthYear > vietnamYearOf(now)) return { error: M.impossibleRepair(key, value, restored, M.futureYear(facts.birthYear)) };
  return { value: restored, warnings: [zeros === 1 ? M.leadingZero(key, restored) : M.leadingZeros(key, restored, zeros, facts.provinceName)] };
}

const vietnamYearOf = (now: Date): number => Number(vietnamDateOf(now).slice(0, 4));

/** Rules for the number columns only; text columns are passed through unchanged. */
export function prepareCell(key: RosterKey, raw: string, now: Date = new Date()): PreparedCell {
  if (key !== 'phone' && key !== 'idNumber' && key !== 'bhxh') return { value: raw, warnings: NO_WARNINGS };
  const warnings: string[] = [];
  let value = raw;
  // Digits only (the usual cell) cannot be scientific, grouped or two values: straight to the zeros.
  if (!DIGITS_ONLY.test(raw)) {
    if (SCIENTIFIC.test(raw)) return { error: M.scientific(key, raw) };
    if (THOUSANDS.test(value)) {
      value = value.replace(/[.,]/g, '');
      warnings.push(M.thousandsSeparator(key, raw));
    }
    if (holdsTwoValues(value)) return { error: M.twoValues(key, raw) };
  }
  if (key === 'phone' && /^[35789]\d{8}$/.test(value)) {
    value = `0${value}`;
    warnings.push(M.leadingZero(key, value));
  } else if ((key === 'idNumber' || key === 'bhxh') && /^\d{11}$/.test(value)) {
    // A CCCD (or, in the BHXH column, the personal ID number used as BHXH code from 1/8/2025)
    // registered in a province 010–096 starts with one 0.
    const restored = restoredCccd(key, value, 1, now);
    if ('error' in restored) return restored;
    return { value: restored.value, warnings: [...warnings, ...restored.warnings] };
  } else if (key === 'idNumber' && /^[1-9]\d{9}$/.test(value)) {
    // Ten digits fit no document. A CCCD of a birth registered in province 001–009 (Hà Nội 001,
    // Hà Giang 002 …) starts "00", and Excel drops both zeros: restored only when the 12 digits
    // are a person who can exist (restoredCccd).
    const restored = restoredCccd(key, value, 2, now);
    if ('error' in restored) return restored;
    return { value: restored.value, warnings: [...warnings, ...restored.warnings] };
  } else if (key === 'bhxh' && /^\d{9}$/.test(value)) {
    // A BHXH code starts with the 2-digit code of the province that issued it (DOMAIN.md; the
    // codes of Decision 124/2004/QĐ-TTg, the same ones CCCD numbers carry after their leading 0):
    // Hà Nội's start "01". The 0 is proven only when "0" + the first digit is such a code (01, 02,
    // 04, 06, 08); otherwise the lost digit could be anything.
    const province = CCCD_PROVINCE_CODES[`00${value[0]}`];
    if (province === undefined) return { error: M.bhxhNineDigits };
    value = `0${value}`;
    warnings.push(M.leadingZero(key, value));
  }
  return { value, warnings };
}

/** "0912… / 0987…", "a; b", "a và b", or two long digit groups side by side. */
function holdsTwoValues(value: string): boolean {
  if (VALUE_SEPARATOR.test(value)) {
    const parts = value.split(VALUE_SEPARATOR).filter((part) => DIGIT.test(part));
    if (parts.length >= 2) return true;
  }
  if (!value.includes(' ')) return false;
  return value.split(/\s+/).filter((part) => (part.match(DIGITS)?.length ?? 0) >= 9).length >= 2;
}
