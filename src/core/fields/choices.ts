/** The form's fixed choices: subject type, channel, submission method, commitment; the agency. */
import type { SubmissionMethod } from '../record.js';
import { foldForSearch } from '../text.js';
import { freeTextRule, type Parsed } from './helpers.js';
import { choiceMessages as M, FIELD_LABELS, TEXT_EXPECTED } from './messages.js';

export const RECEIVING_AGENCY_MAX_LENGTH = 200;

/** Folded, space-less: "Cá nhân", "ca nhan" and "CANHAN" compare equal. */
const key = (s: string): string => foldForSearch(s).replace(/ /g, '');

// Each choice accepts its stored key and the Vietnamese words of the form, so a flag like
// `--submission-method "bưu chính"` works as well as `postal`.
function pick<T extends string>(
  empty: string,
  message: string,
  options: ReadonlyArray<readonly [T, readonly string[]]>,
) {
  return (raw: string): Parsed<T> => {
    const k = key(raw);
    if (k === '') return { error: empty };
    for (const [value, words] of options) {
      if (k === key(value) || words.some((w) => k.includes(key(w)))) return { value };
    }
    return { error: message };
  };
}

export const parseSubjectType = pick(M.empty.subjectType, M.subjectType, [['individual', ['cá nhân']]] as const);

export const parseChannel = pick(M.empty.channel, M.channel, [['portal', ['cổng thông tin']]] as const);

export const parseSubmissionMethod = pick<SubmissionMethod>(M.empty.submissionMethod, M.submissionMethod, [
  ['postal', ['bưu chính', 'bưu điện', 'tại nhà']],
  ['reception', ['nơi tiếp nhận', 'trực tiếp']],
]);

/** The commitment must be explicitly confirmed: only `true` counts (it is a tick, not text). */
export function checkCommitment(raw: unknown): Parsed<true> {
  if (raw === true) return { value: true };
  return { error: raw === undefined ? M.empty.commitment : M.commitment };
}

const agencyText = freeTextRule(FIELD_LABELS.receivingAgency, RECEIVING_AGENCY_MAX_LENGTH, TEXT_EXPECTED.receivingAgency);
// Digits with the usual phone separators only: a phone number typed into the wrong box.
const PHONE_LIKE = /^\+?[\d\s.\-()]{8,}$/;

export function parseAgency(raw: string): Parsed<string> {
  const result = agencyText(raw);
  if ('value' in result && PHONE_LIKE.test(result.value)) return { error: M.agencyIsPhone(result.value) };
  return result;
}

/** An agency that names no BHXH office is probably something else typed in its place. */
export function agencyWarnings(agency: string | undefined): string[] {
  if (agency === undefined) return [];
  const folded = foldForSearch(agency);
  return /\bbhxh\b|bao hiem xa hoi/.test(folded) ? [] : [M.agencyNotBhxh(agency)];
}
