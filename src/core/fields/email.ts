/** Địa chỉ thư điện tử: optional, but recommended (newer flows send the OTP by e-mail). */
import * as z from 'zod';
import { normalizeText } from '../text.js';
import { optionalParsedField, type Parsed } from './helpers.js';
import { email as M, FIELD_LABELS } from './messages.js';

export const EMAIL_MAX_LENGTH = 254;

const emailFormat = z.email();

function parseEmail(raw: string): Parsed<string> {
  // Copied from a web page, an address can come as "mailto:…"; domains are case-insensitive
  // and mail providers here ignore local-part case, so one spelling is stored.
  const s = normalizeText(raw).replace(/^mailto:/i, '').toLowerCase();
  if (s.length > EMAIL_MAX_LENGTH) return { error: M.tooLong(EMAIL_MAX_LENGTH) };
  return emailFormat.safeParse(s).success ? { value: s } : { error: M.invalid(raw) };
}

/** Absent or blank → undefined; otherwise a valid, lowercased address. */
export const emailSchema = optionalParsedField(FIELD_LABELS.email, parseEmail);

export function emailWarnings(value: string | undefined): string[] {
  return value === undefined ? [M.missing] : [];
}
