/** The form's fixed choices: subject type, channel, submission method, commitment; the agency. */
import * as z from 'zod';
import type { SubmissionMethod } from '../record.js';
import { foldForSearch } from '../text.js';
import { freeTextRule, parsedField, type Parsed } from './helpers.js';
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

export const subjectTypeSchema = parsedField(
  FIELD_LABELS.subjectType,
  M.empty.subjectType,
  pick(M.empty.subjectType, M.subjectType, [['individual', ['cá nhân']]] as const),
);

export const channelSchema = parsedField(
  FIELD_LABELS.channel,
  M.empty.channel,
  pick(M.empty.channel, M.channel, [['portal', ['cổng thông tin']]] as const),
);

export const submissionMethodSchema = parsedField(
  FIELD_LABELS.submissionMethod,
  M.empty.submissionMethod,
  pick<SubmissionMethod>(M.empty.submissionMethod, M.submissionMethod, [
    ['postal', ['bưu chính', 'bưu điện', 'tại nhà']],
    ['reception', ['nơi tiếp nhận', 'trực tiếp']],
  ]),
);

/** The commitment must be explicitly confirmed: only `true` counts. */
export const commitmentSchema = z.literal(true, {
  error: (iss) => (iss.input === undefined ? M.empty.commitment : M.commitment),
});

const agencyText = freeTextRule(FIELD_LABELS.receivingAgency, RECEIVING_AGENCY_MAX_LENGTH, TEXT_EXPECTED.receivingAgency);
// Digits with the usual phone separators only: a phone number typed into the wrong box.
const PHONE_LIKE = /^\+?[\d\s.\-()]{8,}$/;

function parseAgency(raw: string): Parsed<string> {
  const result = agencyText(raw);
  if ('value' in result && PHONE_LIKE.test(result.value)) return { error: M.agencyIsPhone(result.value) };
  return result;
}

export const receivingAgencySchema = parsedField(FIELD_LABELS.receivingAgency, M.agencyEmpty, parseAgency);

/** An agency that names no BHXH office is probably something else typed in its place. */
export function agencyWarnings(agency: string | undefined): string[] {
  if (agency === undefined) return [];
  const folded = foldForSearch(agency);
  return /\bbhxh\b|bao hiem xa hoi/.test(folded) ? [] : [M.agencyNotBhxh(agency)];
}
