/** Building blocks shared by the field rules. */
import { normalizeText, toAsciiDigits } from '../text.js';
import { textMessages as T } from './messages.js';

/** A field's rule: from what was typed, the value to store, or why the input is refused. */
export type Parsed<T> = { value: T } | { error: string };

/** An optional field's rule: blank input means "not given" (undefined), anything else is checked. */
export function optional<T>(rule: (s: string) => Parsed<T>): (s: string) => Parsed<T | undefined> {
  return (s) => (normalizeText(s) === '' ? { value: undefined } : rule(s));
}

const SEPARATORS = /[\s.\-_\u2010-\u2015\u2212]/g;
const PLAIN_CODE = /^[0-9A-Za-z]*$/;

/**
 * Code-like input (numbers, card codes): NFKC turns full-width letters and digits into ASCII,
 * and the spaces, dots and dashes people type or paste to group digits are dropped.
 */
export function compactCode(s: string): string {
  // Already compact (the usual case): every step below would leave it unchanged.
  if (PLAIN_CODE.test(s)) return s;
  return toAsciiDigits(normalizeText(s).normalize('NFKC')).replace(SEPARATORS, '');
}

/** Free text (ward, street, agency): normalised, bounded, holding at least one letter or digit. */
export function freeTextRule(label: string, max: number, expected: string) {
  return (raw: string): Parsed<string> => {
    const s = normalizeText(raw);
    if (s === '') return { error: T.empty(label, expected) };
    if (s.length > max) return { error: T.tooLong(label, s.length, max) };
    if (!/[\p{L}\p{N}]/u.test(s)) return { error: T.noLetter(label, s, expected) };
    return { value: s };
  };
}
