/**
 * What a classmate sends from their phone, and its check by the fields' own rules (checkField,
 * the CLI's): the page runs this as they type, the laptop runs it again on what arrives.
 */
import { checkWardInList } from '../address/apply.js';
import type { WardList } from '../address/ward-list.js';
import { checkField } from '../fields/check.js';
import type { IdFacts } from '../fields/id-number.js';
import type { FieldKey, StudentFields } from '../record.js';
import { collectMessages as M } from './messages.js';

/** The fields a classmate types, in the official form's order; the rest are the monitor's. */
export const COLLECT_FIELDS = ['name', 'bhxhCode', 'idNumber', 'province', 'district', 'ward', 'street', 'email', 'phone'] as const;
export type CollectField = (typeof COLLECT_FIELDS)[number];

export interface Submission {
  fields: Partial<Record<CollectField, string>>;
  /** The phone typed a second time: it cannot be changed after registering. */
  phoneAgain: string;
  /** The facts decoded from a CCCD number, confirmed by its owner. */
  idConfirmed: boolean;
  commitment: boolean;
}

export type SubmissionField = CollectField | 'phoneAgain' | 'idConfirmed' | 'commitment' | 'frontPhoto' | 'backPhoto';

export interface Problem {
  field: SubmissionField;
  message: string;
}

export interface SubmissionCheck {
  /** The valid values, normalised, as the store keeps them. */
  values: StudentFields;
  errors: Problem[];
  warnings: Problem[];
  notes: Problem[];
  /** What the ID number decodes to (a CCCD: sex, birth year, province), to confirm. */
  idFacts?: IdFacts;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Only the known keys, each text or a tick: anything else in what arrived is dropped. */
export function readSubmission(raw: unknown): Submission | undefined {
  if (!isObject(raw) || !isObject(raw.fields)) return undefined;
  const fields: Submission['fields'] = {};
  for (const key of COLLECT_FIELDS) {
    const value = raw.fields[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return undefined;
    fields[key] = value;
  }
  if (typeof raw.phoneAgain !== 'string') return undefined;
  return { fields, phoneAgain: raw.phoneAgain, idConfirmed: raw.idConfirmed === true, commitment: raw.commitment === true };
}

/** One field's check as the CLI does it; the ward also against the official list when there is one. */
export function checkSubmission(submission: Submission, options: { now: Date; wards?: WardList }): SubmissionCheck {
  const check: SubmissionCheck = { values: {}, errors: [], warnings: [], notes: [] };
  const set = (key: FieldKey, value: unknown) => {
    if (value !== undefined) (check.values as Record<string, unknown>)[key] = value;
  };
  for (const field of COLLECT_FIELDS) {
    const result = checkField(field, submission.fields[field] ?? '', { now: options.now, files: false });
    if (!result.ok) {
      check.errors.push({ field, message: result.message });
      continue;
    }
    set(field, result.value);
    check.notes.push(...result.notes.map((message) => ({ field, message })));
    check.warnings.push(...result.warnings.map((message) => ({ field, message })));
    if (result.decoded !== undefined) check.idFacts = result.decoded;
  }
  checkWard(check, options.wards);
  const phoneAgain = checkField('phone', submission.phoneAgain, { files: false });
  if (submission.phoneAgain.trim() === '') check.errors.push({ field: 'phoneAgain', message: M.phoneAgainEmpty });
  else if (check.values.phone !== undefined && (!phoneAgain.ok || phoneAgain.value !== check.values.phone)) {
    check.errors.push({ field: 'phoneAgain', message: M.phoneMismatch });
  }
  if (check.idFacts?.kind === 'cccd' && !submission.idConfirmed) check.errors.push({ field: 'idConfirmed', message: M.idNotConfirmed });
  if (!submission.commitment) check.errors.push({ field: 'commitment', message: M.noCommitment });
  if (check.values.name !== undefined) {
    Object.assign(check.values, { subjectType: 'individual', channel: 'portal', contactPerson: check.values.name });
  }
  if (submission.commitment) check.values.commitment = true;
  return check;
}

/** A former ward is mapped to today's (and its former district dropped), as `import` does. */
function checkWard(check: SubmissionCheck, wards: WardList | undefined): void {
  const { province, ward, district } = check.values;
  if (wards === undefined || province === undefined || ward === undefined) return;
  const found = checkWardInList(wards, province, ward, district, '');
  check.values.ward = found.ward;
  if (found.clearDistrict) delete check.values.district;
  check.warnings.push(...found.warnings.map((message) => ({ field: 'ward' as const, message })));
}
