/** Building blocks shared by the field schemas. */
import * as z from 'zod';
import { normalizeText, toAsciiDigits } from '../text.js';
import { notText, textMessages as T } from './messages.js';

/** A string input whose type errors speak Vietnamese: "not given" differs from "not text". */
export function textInput(label: string, empty: string) {
  return z.string({ error: (iss) => (iss.input === undefined ? empty : notText(label)) });
}

/** A field's normalise-and-validate step: the value to store, or why the input is refused. */
export type Parsed<T> = { value: T } | { error: string };

/**
 * The parse function behind each schema built here. For a string input the schema's result is
 * exactly this function's, so checkField calls it directly: zod's parse machinery costs as much
 * as the rules themselves when a 10,000-row roster is checked.
 */
const STRING_PARSERS = new WeakMap<z.ZodType, (s: string) => Parsed<unknown>>();

/** What `schema.safeParse(s)` gives for a string `s`, without zod; undefined for other schemas. */
export function stringParserOf(schema: z.ZodType): ((s: string) => Parsed<unknown>) | undefined {
  return STRING_PARSERS.get(schema);
}

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
  const schema = textInput(label, empty).transform(applyParse(parse));
  STRING_PARSERS.set(schema, parse);
  return schema;
}

/** Like parsedField, for an optional field: absent or blank input means "not given". */
export function optionalParsedField<T>(label: string, parse: (s: string) => Parsed<T>) {
  const run = applyParse(parse);
  const schema = z
    .string({ error: notText(label) })
    .optional()
    .transform((s, ctx): T | undefined => (s === undefined || normalizeText(s) === '' ? undefined : run(s, ctx)));
  STRING_PARSERS.set(schema, (s): Parsed<T | undefined> => (normalizeText(s) === '' ? { value: undefined } : parse(s)));
  return schema;
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

export function freeTextSchema(label: string, max: number, expected: string) {
  return parsedField(label, T.empty(label, expected), freeTextRule(label, max, expected));
}
