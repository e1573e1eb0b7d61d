/** Building blocks shared by the field schemas. */
import { z } from 'zod';
import { normalizeText, toAsciiDigits } from '../text.js';
import { notText, text as T } from './messages.js';

/** A string input whose type errors speak Vietnamese: "not given" differs from "not text". */
export function textInput(label: string, empty: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? empty : notText(label)) });
}

/** A field's normalise-and-validate step: the value to store, or why the input is refused. */
export type Parsed<T> = { value: T } | { error: string };

/** Runs `parse` inside a zod transform: a refusal becomes the issue's message. */
function applyParse<T>(parse: (s: string) => Parsed<T>) {
  return (s: string, ctx: z.RefinementCtx<unknown>): T => {
    const result = parse(s);
    if (!('error' in result)) return result.value;
    ctx.addIssue({ code: 'custom', message: result.error, input: s });
    return z.NEVER;
  };
}

/**
 * A zod schema from a parse function, for rules whose message depends on what was typed
 * (a digit count, a province code) and so do not fit a plain chain of checks.
 */
export function parsedField<T>(label: string, empty: string, parse: (s: string) => Parsed<T>) {
  return textInput(label, empty).transform(applyParse(parse));
}

/** Like parsedField, for an optional field: absent or blank input means "not given". */
export function optionalParsedField<T>(label: string, parse: (s: string) => Parsed<T>) {
  const run = applyParse(parse);
  return z
    .string({ error: notText(label) })
    .optional()
    .transform((s, ctx): T | undefined => (s === undefined || normalizeText(s) === '' ? undefined : run(s, ctx)));
}

const SEPARATORS = /[\s.\-_\u2010-\u2015\u2212]/g;

/**
 * Code-like input (numbers, card codes): NFKC turns full-width letters and digits into ASCII,
 * and the spaces, dots and dashes people type or paste to group digits are dropped.
 */
export function compactCode(s: string): string {
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

export function freeTextSchema(label: string, max: number, expected: string) {
  return parsedField(label, T.empty(label, expected), freeTextRule(label, max, expected));
}
