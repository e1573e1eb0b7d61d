/**
 * Mã số BHXH: 10 digits, also taken from a 15-character BHYT card code (the guide's advice), or the
 * 12-digit personal ID number that BHXH uses in its place from 1/8/2025 (Công văn 1804/BHXH-QLT of
 * 04/08/2025; Law on Social Insurance 2024, 41/2024/QH15).
 */
import { describeCard, provinceAgency } from './bhyt-card.js';
import { decodeIdNumber } from './id-number.js';
import { compactCode, type Parsed } from './helpers.js';
import { bhxhMessages as M } from './messages.js';

// 2 letters (beneficiary group), benefit level 1–5, the insurer's 2-digit province code, then
// the 10-digit BHXH code itself.
const BHYT_CARD = /^[A-Z]{2}[1-5]\d{2}(\d{10})$/;

/** The BHXH code inside a BHYT card code ("SV4797931234567" → "7931234567"), if it is one. */
export function bhxhFromCard(input: string): string | undefined {
  return BHYT_CARD.exec(compactCode(input).toUpperCase())?.[1];
}

/** Two letters, then about as many characters as a card code has (15): a mistyped card. */
const looksLikeCard = (code: string): boolean => /^[A-Z]{2}/.test(code) && code.length >= 13 && code.length <= 17;

export function parseBhxhCode(raw: string): Parsed<string> {
  const code = compactCode(raw).toUpperCase();
  if (code === '') return { error: M.empty };
  if (/^\d+$/.test(code)) return parseDigits(code);
  const fromCard = BHYT_CARD.exec(code)?.[1];
  if (fromCard !== undefined && code.slice(3, 5) === '00') return { error: M.noProvince(code) };
  if (fromCard !== undefined) return parseDigits(fromCard);
  // The card's pattern is explained only to someone who seems to have typed a card code.
  return looksLikeCard(code) ? { error: M.badCard(code) } : { error: M.badChars(raw) };
}

function parseDigits(code: string): Parsed<string> {
  // A BHXH code starts with the 2-digit code of the province that issued it: 00 is none.
  if (code.length === 10) return code.startsWith('00') ? { error: M.noCodeProvince(code) } : { value: code };
  if (code.length === 12) return isPersonalId(code) ? { value: code } : { error: M.badPersonalId(code) };
  return { error: M.wrongLength(code.length) };
}

/** 12 digits that are a CCCD number (known province, a valid sex/century digit). */
export const isPersonalId = (code: string): boolean => /^\d{12}$/.test(code) && decodeIdNumber(code)?.kind === 'cccd';

/** When the BHXH field holds a personal ID number other than the student's own ID number: the warning. */
export function bhxhIdMismatch(bhxhCode: string | undefined, idNumber: string | undefined): string | undefined {
  if (bhxhCode === undefined || idNumber === undefined || !isPersonalId(bhxhCode)) return undefined;
  return /^\d{12}$/.test(idNumber) && idNumber !== bhxhCode ? M.differsFromId(bhxhCode, idNumber) : undefined;
}

/** The card code typed, upper-case and compact, when it is one. */
function cardOf(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const card = compactCode(raw).toUpperCase();
  return BHYT_CARD.test(card) ? card : undefined;
}

/**
 * Says so when the code was taken from a card code, so the person can compare with the card,
 * and which province's BHXH issued the card.
 */
export function bhxhCodeNotes(raw: unknown): string[] {
  if (typeof raw === 'string' && isPersonalId(compactCode(raw))) return [M.personalId];
  const card = cardOf(raw);
  if (card === undefined) return [];
  const facts = describeCard(card);
  // One note (a roster report shows it as one warning): the code taken, and who issued the card.
  const province = facts.provinceName === undefined ? '' : ` ${M.cardProvince(facts.provinceName, facts.provinceToday)}`;
  return [`${M.fromCard(card, card.slice(5))}.${province}`];
}

/** A beneficiary group or a province code the tool does not know: worth a look, not a refusal. */
export function bhxhCodeWarnings(raw: unknown): string[] {
  const card = cardOf(raw);
  if (card === undefined) return [];
  const facts = describeCard(card);
  return [
    ...(facts.groupKnown ? [] : [M.unknownGroup(facts.group)]),
    ...(facts.provinceName === undefined ? [M.unknownCardProvince(facts.provinceCode)] : []),
  ];
}

/** The BHXH office to suggest as receiving agency for a typed card code (its province's, as today). */
export function agencyFromCard(raw: unknown): string | undefined {
  const card = cardOf(raw);
  const today = card === undefined ? undefined : describeCard(card).provinceToday;
  return today === undefined ? undefined : provinceAgency(today);
}
