/** Họ và tên, and Người liên hệ (which follows the same rule and defaults to the name). */
import { z } from 'zod';
import { excerpt, normalizeText } from '../text.js';
import { textInput } from './helpers.js';
import { FIELD_LABELS, personName } from './messages.js';

export const NAME_MAX_LENGTH = 100;

// Typographic apostrophes become ASCII so "H’Hen Niê" and "H'Hen Niê" are one name.
const APOSTROPHES = /[\u2019\u2018\u02BC`\u00B4]/g;
const NAME_CHAR = /^[\p{L}\p{M}' -]$/u;
// Letters with their marks; an apostrophe or hyphen only inside a word. Ê Đê and other
// Central Highlands names are written so ("H'Hen Niê", "Y-Ngông"): refusing them would lock
// real students out, so this is the one exception to "letters and spaces only".
const NAME_WORD = /^(?:\p{L}\p{M}*)+(?:['-](?:\p{L}\p{M}*)+)*$/u;

/** What makes a name unacceptable, shown in the message: bad characters, else bad words. */
function offending(name: string): string | undefined {
  const chars = [...new Set(Array.from(name).filter((c) => !NAME_CHAR.test(c)))];
  if (chars.length > 0) return chars.slice(0, 5).map((c) => `"${c}"`).join(' ');
  const words = name.split(' ').filter((w) => !NAME_WORD.test(w));
  return words.length > 0 ? words.slice(0, 3).map((w) => `"${excerpt(w, 20)}"`).join(' ') : undefined;
}

function personNameSchema(label: string) {
  const m = personName(label);
  return textInput(label, m.empty)
    .transform((s) => normalizeText(s).replace(APOSTROPHES, "'"))
    .pipe(
      z
        .string()
        .min(1, { error: m.empty, abort: true })
        .max(NAME_MAX_LENGTH, {
          error: (iss) => m.tooLong(String(iss.input).length, NAME_MAX_LENGTH),
          abort: true,
        })
        .refine((s) => offending(s) === undefined, {
          error: (iss) => m.badChars(offending(String(iss.input)) ?? ''),
          abort: true,
        })
        .refine((s) => s.split(' ').length >= 2, { error: m.oneWord }),
    );
}

export const nameSchema = personNameSchema(FIELD_LABELS.name);
export const contactPersonSchema = personNameSchema(FIELD_LABELS.contactPerson);
