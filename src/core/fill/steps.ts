/**
 * A ready student's form, box by box, in the web form's order (dichvucong.baohiemxahoi.gov.vn
 * /#/dang-ky, as the guide's step 3 shows it): what to paste, what to pick, which photo. The
 * same list feeds `fill` (one box at a time) and the typing cards.
 */
import { agencyProvince } from '../agency.js';
import { FORM_TEXT } from '../content/registration.js';
import { provinceAgency } from '../fields/bhyt-card.js';
import { GUIDE_AGENCY } from '../agency.js';
import type { StudentFields } from '../record.js';
import { FILL_TEXT as T, FORM_LABELS, type FormFieldKey } from './messages.js';

interface StepBase {
  key: FormFieldKey;
  /** The form's label of the box. */
  label: string;
  /** Cannot be changed after "Ghi nhận": said on screen, highlighted on the cards. */
  forever?: string;
}

export type FillStep =
  /** Typed (pasted) into a box: `value` exactly as stored, `shown` grouped for the eye. */
  | (StepBase & { kind: 'text'; value: string; shown: string })
  /** A file to upload: its full path (a file dialog takes a pasted path) and its name. */
  | (StepBase & { kind: 'photo'; value: string; fileName: string })
  /** Chosen in a list or ticked: what to pick, as the form lists it, one line a move. */
  | (StepBase & { kind: 'choice'; value: string; picks: string[] })
  /** Left blank on purpose (an optional box the student has no answer for). */
  | (StepBase & { kind: 'empty'; picks: string[] });

/**
 * Digits in groups a person reads aloud: a mobile 4-3-3 ("0912 345 678"), other numbers in
 * threes from the left with a last group of four rather than a lone digit ("793 123 4567",
 * "079 204 001 234"). Anything not all digits, or short, is left as it is.
 */
export function groupDigits(value: string, kind: 'phone' | 'number' = 'number'): string {
  if (!/^\d+$/.test(value) || value.length < 7) return value;
  if (kind === 'phone' && value.length === 10) return `${value.slice(0, 4)} ${value.slice(4, 7)} ${value.slice(7)}`;
  const groups: string[] = [];
  let rest = value;
  while (rest.length > 4) {
    groups.push(rest.slice(0, 3));
    rest = rest.slice(3);
  }
  return [...groups, rest].join(' ');
}

/** The file's own name, whichever separator its path uses (a record made on Windows, read elsewhere). */
export const fileNameOf = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The name without its "Thành phố"/"Tỉnh"/"Phường"/"Xã"/"Đặc khu" prefix: what to type in a searchable list. */
export const searchWord = (name: string): string =>
  name.replace(/^(?:Thành phố|Tỉnh|Phường|Xã|Đặc khu|Thị trấn)\s+/u, '') || name;

/**
 * What to pick for the agency. Since the 2025 reorganisation (Decision 2286/QĐ-BTC, 30/6/2025)
 * the form's list is the province-level "BHXH tỉnh/thành phố …", then its "BHXH cơ sở …" offices;
 * a stored "BHXH TP. Hà Nội – BHXH cơ sở Đống Đa" is those two picks. Text the tool cannot
 * split is said whole; the guide's pre-2025 "BHXH Quận 3" is flagged as such.
 */
export function agencyPicks(agency: string): string[] {
  const picks: string[] = [T.agencyChange];
  if (agency === GUIDE_AGENCY) return [...picks, T.agencyWhole(agency), T.agencyOld(agency)];
  const province = agencyProvince(agency);
  const office = /(?:^|[–—-]\s*)(BHXH cơ sở\s.+)$/u.exec(agency)?.[1]?.trim();
  if (province === undefined) return [...picks, T.agencyWhole(agency)];
  picks.push(T.agencyProvince(provinceAgency(province)));
  if (office !== undefined) picks.push(T.agencyOffice(office));
  return picks;
}

const text = (key: FormFieldKey, value: string, shown = value): FillStep => ({ key, label: FORM_LABELS[key], kind: 'text', value, shown });
const photo = (key: FormFieldKey, path: string): FillStep => ({ key, label: FORM_LABELS[key], kind: 'photo', value: path, fileName: fileNameOf(path) });
const choice = (key: FormFieldKey, value: string, picks: string[]): FillStep => ({ key, label: FORM_LABELS[key], kind: 'choice', value, picks });

/** The boxes of the form for a ready student's fields, in the form's order. */
export function fillSteps(fields: StudentFields): FillStep[] {
  const f = fields as Required<StudentFields>;
  const steps: FillStep[] = [
    text('name', f.name),
    text('bhxhCode', f.bhxhCode, groupDigits(f.bhxhCode)),
    text('idNumber', f.idNumber, groupDigits(f.idNumber)),
    photo('frontPhoto', f.frontPhoto),
    photo('backPhoto', f.backPhoto),
  ];
  if (fields.portraitPhoto) steps.push(photo('portraitPhoto', fields.portraitPhoto));
  steps.push(
    choice('province', f.province, [T.pickProvince(f.province, searchWord(f.province))]),
    choice('ward', f.ward, [T.pickWard(f.ward, searchWord(f.ward)), T.wardNoDistrict]),
    text('street', f.street),
    text('contactPerson', f.contactPerson),
    fields.email ? text('email', fields.email) : { key: 'email', label: FORM_LABELS.email, kind: 'empty', picks: [T.noEmail] },
    { ...text('phone', f.phone, groupDigits(f.phone, 'phone')), forever: T.phoneForever },
    choice('channel', FORM_TEXT.channel, [T.pickChannel(FORM_TEXT.channel)]),
    { ...choice('receivingAgency', f.receivingAgency, agencyPicks(f.receivingAgency)), forever: T.agencyForever },
    choice('submissionMethod', FORM_TEXT.submissionMethods[f.submissionMethod], [T.pickSubmission(FORM_TEXT.submissionMethods[f.submissionMethod])]),
  );
  return steps;
}
