/** The rule of every field, in one table: from what was typed, the value to store or why it is refused. */
import type { FieldKey, StudentFields } from '../record.js';
import { parseDistrict, parseProvince, parseStreet, parseWard } from './address.js';
import { parseBhxhCode } from './bhxh.js';
import { checkCommitment, parseAgency, parseChannel, parseSubjectType, parseSubmissionMethod } from './choices.js';
import { parseEmail } from './email.js';
import { optional, type Parsed } from './helpers.js';
import { parseIdNumber } from './id-number.js';
import { FIELD_LABELS, notText } from './messages.js';
import { parseContactPerson, parseName } from './name.js';
import { parsePhone } from './phone.js';
import { photoPathRule } from './photo-path.js';

/** The fields typed as text; the commitment is a tick (checkCommitment). */
type TextField = Exclude<FieldKey, 'commitment'>;

/**
 * Each rule normalises, then validates. The optional fields (required.ts) take blank input as
 * "not given": undefined.
 */
export const FIELD_RULES: { [K in TextField]-?: (raw: string) => Parsed<StudentFields[K]> } = {
  subjectType: parseSubjectType,
  name: parseName,
  bhxhCode: parseBhxhCode,
  idNumber: parseIdNumber,
  frontPhoto: photoPathRule(FIELD_LABELS.frontPhoto),
  backPhoto: photoPathRule(FIELD_LABELS.backPhoto),
  // Row 6 of the guide's table: a portrait is not required.
  portraitPhoto: optional(photoPathRule(FIELD_LABELS.portraitPhoto)),
  province: parseProvince,
  district: optional(parseDistrict),
  ward: parseWard,
  street: parseStreet,
  contactPerson: parseContactPerson,
  email: optional(parseEmail),
  phone: parsePhone,
  channel: parseChannel,
  receivingAgency: parseAgency,
  submissionMethod: parseSubmissionMethod,
};

/**
 * A field's rule on any value (a stored record, a class file, a JSON roster): an absent value is
 * blank input, anything else that is not text is refused in words.
 */
export function parseField<K extends FieldKey>(key: K, raw: unknown): Parsed<StudentFields[K]> {
  if (key === 'commitment') return checkCommitment(raw) as Parsed<StudentFields[K]>;
  const rule = FIELD_RULES[key as TextField] as (raw: string) => Parsed<StudentFields[K]>;
  if (typeof raw === 'string') return rule(raw);
  return raw === undefined ? rule('') : { error: notText(FIELD_LABELS[key]) };
}
