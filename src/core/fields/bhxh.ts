/** Mã số BHXH: 10 digits, also taken from a 15-character BHYT card code (the guide's advice). */
import { compactCode, parsedField, type Parsed } from './helpers.js';
import { bhxh as M, FIELD_LABELS } from './messages.js';

// 2 letters (beneficiary group), benefit level 1–5, the insurer's 2-digit province code, then
// the 10-digit BHXH code itself.
const BHYT_CARD = /^[A-Z]{2}[1-5]\d{2}(\d{10})$/;

/** The BHXH code inside a BHYT card code ("SV4797931234567" → "7931234567"), if it is one. */
export function bhxhFromCard(input: string): string | undefined {
  return BHYT_CARD.exec(compactCode(input).toUpperCase())?.[1];
}

/** Two letters, then about as many characters as a card code has (15): a mistyped card. */
const looksLikeCard = (code: string): boolean => /^[A-Z]{2}/.test(code) && code.length >= 13 && code.length <= 17;

function parseBhxhCode(raw: string): Parsed<string> {
  const code = compactCode(raw).toUpperCase();
  if (code === '') return { error: M.empty };
  if (/^\d+$/.test(code)) return code.length === 10 ? { value: code } : { error: M.wrongLength(code.length) };
  const fromCard = BHYT_CARD.exec(code)?.[1];
  if (fromCard !== undefined) return { value: fromCard };
  // The card's pattern is explained only to someone who seems to have typed a card code.
  return looksLikeCard(code) ? { error: M.badCard(code) } : { error: M.badChars(raw) };
}

export const bhxhCodeSchema = parsedField(FIELD_LABELS.bhxhCode, M.empty, parseBhxhCode);

/** Says so when the code was taken from a card code, so the person can compare with the card. */
export function bhxhCodeNotes(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  const code = bhxhFromCard(raw);
  return code === undefined ? [] : [M.fromCard(compactCode(raw).toUpperCase(), code)];
}
