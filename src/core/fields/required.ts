/** Which fields the form requires; light (no validation code) so boards and lists can use it. */
import { FORM_ORDER, type FieldKey, type StudentFields, type StudentRecord } from '../record.js';

/** Optional on the form: the portrait (row 6 of the guide's table), district, e-mail. */
export const OPTIONAL_FIELDS: readonly FieldKey[] = ['portraitPhoto', 'district', 'email'];

export const REQUIRED_FIELDS: readonly FieldKey[] = FORM_ORDER.filter((key) => !OPTIONAL_FIELDS.includes(key));

/**
 * Required fields with no answer yet, in the form's order. The commitment is left out unless
 * asked for: it is confirmed when pressing "Ghi nhận", not filled in like the others, so a
 * record waiting only for it counts as complete (isReadyRecord still requires it).
 */
export function missingRequiredFields(
  fields: StudentFields,
  options: { includeCommitment?: boolean } = {},
): FieldKey[] {
  return REQUIRED_FIELDS.filter((key) => {
    if (key === 'commitment') return options.includeCommitment === true && fields.commitment !== true;
    const value = fields[key];
    return value === undefined || (typeof value === 'string' && value.trim() === '');
  });
}

/** Filled by the wizard itself (the only choice, the class profile's, or the student's own name): never "missing" to a person. */
export const DEFAULTED_FIELDS: readonly FieldKey[] = ['subjectType', 'channel', 'receivingAgency', 'submissionMethod', 'contactPerson'];

/** What a person still has to give: the required fields missing, less those the wizard fills by itself. */
export function missingToAsk(fields: StudentFields): FieldKey[] {
  return missingRequiredFields(fields).filter((key) => !DEFAULTED_FIELDS.includes(key));
}

/**
 * No e-mail while the account is not yet working: optional on the form, but the guide's later
 * section sends the OTP and the password-change code to it. One rule for `show`, the wizard, the
 * board, `list` and `import`.
 */
export const lacksEmail = (record: Pick<StudentRecord, 'state' | 'fields'>): boolean =>
  record.state !== 'done' && !record.fields.email?.trim();
