/** Họ và tên, and Người liên hệ (which follows the same rule and defaults to the name). */
import { excerpt, normalizeText } from '../text.js';
import type { Parsed } from './helpers.js';
import { FIELD_LABELS, nameAdviceMessages, personNameMessages } from './messages.js';

export const NAME_MAX_LENGTH = 100;

// Typographic apostrophes become ASCII so "H’Hen Niê" and "H'Hen Niê" are one name.
const APOSTROPHES = /[\u2019\u2018\u02BC`\u00B4]/g;
const NAME_CHAR = /^[\p{L}\p{M}' -]$/u;
// Vietnamese documents write names in Latin script (with diacritics); a letter of another
// script (Cyrillic, Han, Thai …) cannot be on the card.
const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/gu;
// Old VNI/TCVN3 converters put the Icelandic eth (U+00D0/U+00F0) where Đ/đ (U+0110/U+0111)
// belongs: they look the same, but the portal would not match the name on the card.
const ETH = /[\u00D0\u00F0]/g;
const fromEth = (c: string): string => (c === '\u00D0' ? '\u0110' : '\u0111');
const NAME_CHARS = /^[\p{L}\p{M}' -]*$/u;
// Letters with their marks; an apostrophe or hyphen only inside a word. Ê Đê and other
// Central Highlands names are written so ("H'Hen Niê", "Y-Ngông"): refusing them would lock
// real students out, so this is the one exception to "letters and spaces only".
const NAME_WORD = /^(?:\p{L}\p{M}*)+(?:['-](?:\p{L}\p{M}*)+)*$/u;
// Every word a NAME_WORD, one space between words: the usual name, in one test.
const WELL_FORMED = /^(?:\p{L}\p{M}*)+(?:['-](?:\p{L}\p{M}*)+)*(?: (?:\p{L}\p{M}*)+(?:['-](?:\p{L}\p{M}*)+)*)*$/u;

/** What makes a name unacceptable, shown in the message: bad characters, else bad words. */
function offending(name: string): string | undefined {
  if (WELL_FORMED.test(name)) return undefined;
  // Looking at each character, then each word, is only needed to name what is wrong.
  if (!NAME_CHARS.test(name)) {
    const chars = [...new Set(Array.from(name).filter((c) => !NAME_CHAR.test(c)))];
    return chars.slice(0, 5).map((c) => `"${c}"`).join(' ');
  }
  const words = name.split(' ').filter((w) => !NAME_WORD.test(w));
  return words.length > 0 ? words.slice(0, 3).map((w) => `"${excerpt(w, 20)}"`).join(' ') : undefined;
}

function personNameRule(label: string) {
  const m = personNameMessages(label);
  return (raw: string): Parsed<string> => {
    const s = normalizeText(raw).replace(APOSTROPHES, "'").replace(ETH, fromEth);
    if (s.length < 1) return { error: m.empty };
    if (s.length > NAME_MAX_LENGTH) return { error: m.tooLong(s.length, NAME_MAX_LENGTH) };
    const foreign = s.match(NON_LATIN_LETTER);
    if (foreign !== null) return { error: m.notLatin([...new Set(foreign)].slice(0, 5).join('')) };
    const bad = offending(s);
    if (bad !== undefined) return { error: m.badChars(bad) };
    return s.split(' ').length >= 2 ? { value: s } : { error: m.oneWord };
  };
}

export const parseName = personNameRule(FIELD_LABELS.name);
export const parseContactPerson = personNameRule(FIELD_LABELS.contactPerson);

// Accepted names are letters, marks, apostrophes, hyphens and spaces: ASCII letters alone means
// no diacritics at all (đ and every tone mark are outside ASCII).
const ASCII_NAME = /^[A-Za-z' -]*$/;

/**
 * What is worth a second look in an accepted name, as typed: no diacritics, or all one case.
 * At most one warning (the first shows a well-written example anyway); the name is not changed.
 */
export function nameWarnings(name: string, raw?: unknown): string[] {
  const eth = typeof raw === 'string' && /[\u00D0\u00F0]/.test(raw) ? [nameAdviceMessages.eth] : [];
  return [...eth, ...caseWarnings(name)];
}

function caseWarnings(name: string): string[] {
  if (ASCII_NAME.test(name)) return [nameAdviceMessages.noDiacritics];
  const lower = name.toLowerCase();
  const upper = name.toUpperCase();
  // A name with no cased letter at all is neither; ordinary names end here.
  if (lower === upper) return [];
  if (name === lower) return [nameAdviceMessages.allLowercase];
  if (name === upper) return [nameAdviceMessages.allCaps];
  return [];
}
