import { checkWardInList, wardMessages, type WardCheck, type WardList } from '../address/index.js';
import { CONFLICT_SEVERITY } from '../duplicates.js';
import { bhxhIdMismatch } from '../fields/bhxh.js';
import { checkField, type CheckOptions } from '../fields/index.js';
import type { StudentFields } from '../record.js';
import { foldForSearch } from '../text.js';
import { rowMessages as M } from './messages.js';
import { prepareCell } from './repair.js';
import { repeatedValues } from './repeated.js';
import { AnswerTimes, resolveResubmissions } from './resubmissions.js';
import {
  FIELD_OF,
  REQUIRED_KEYS,
  ROSTER_KEYS,
  type CheckedRoster,
  type ExistingStudent,
  type FieldIssue,
  type ParsedRoster,
  type RosterKey,
  type RosterReport,
  type RosterRow,
  type RowReport,
} from './types.js';

// The columns the duplicate rule (../duplicates.ts) compares, with the record field of each.
const UNIQUE_FIELD = { bhxh: 'bhxhCode', idNumber: 'idNumber', phone: 'phone' } as const;
type UniqueKey = keyof typeof UNIQUE_FIELD;
const UNIQUE_KEYS = Object.keys(UNIQUE_FIELD) as UniqueKey[];
type Seen<T> = Record<UniqueKey, Map<string, T>>;
const seen = <T>(): Seen<T> => ({ bhxh: new Map(), idNumber: new Map(), phone: new Map() });
const REQUIRED = new Set<RosterKey>(REQUIRED_KEYS);
// Notes that say the stored value differs from the cell (taken from a BHYT card code, a former
// province name): worth a look, so they become warnings. Other notes (what a CCCD decodes to)
// help someone typing one answer, not someone reading a 50-row report.
const NOTES_AS_WARNINGS = new Set<RosterKey>(['bhxh', 'province']);

// Few distinct values per roster, and the province lookup is the costly kind: check each once.
const MEMOISED = new Set<RosterKey>(['province', 'district', 'ward']);
type Memo = Map<RosterKey, Map<string, ReturnType<typeof checkField>>>;

export interface ValidateOptions {
  /** Today, for the CCCD birth-year checks; the clock by default. */
  now?: Date;
  /** The official ward list: former wards are mapped to today's, unknown ones warned about. */
  wards?: WardList;
}

/**
 * Every row checked field by field; a student's answers sent more than once resolved (see
 * resolveResubmissions); then against earlier rows and saved students: the same BHXH code or ID
 * number is an error on the later row, the same phone a warning. A row that is a saved student
 * (see savedAs) is marked `alreadySaved`: the import updates that student instead of adding one.
 */
export function validateRoster(
  parsed: ParsedRoster,
  existing: readonly ExistingStudent[] = [],
  options: ValidateOptions = {},
): RosterReport {
  const checker = new RowChecker(options.now);
  return checker.finish({ ...parsed, rows: parsed.rows.map(checker.check) }, existing, options.wards);
}

/**
 * validateRoster in two halves, so that a big roster's rows can be checked as they are read and
 * their cells let go: `check` judges one row on its own and keeps only its report (and its answer
 * time); `finish` judges the rows against each other, the ward list and the saved students.
 */
export class RowChecker {
  readonly #options: CheckOptions;
  readonly #memo: Memo = new Map();
  readonly #answerTimes = new AnswerTimes();

  constructor(now: Date = new Date()) {
    this.#options = { now };
  }

  readonly check = (row: RosterRow): RowReport => {
    this.#answerTimes.add(row.timestamp);
    return validateRow(row, this.#options, this.#memo);
  };

  finish(parsed: CheckedRoster, existing: readonly ExistingStudent[] = [], wards?: WardList): RosterReport {
    const { rows } = parsed;
    // A JSON array written on one line gives every row line 1: then rows are named by position.
    if (sharesLines(rows)) for (const row of rows) row.label = M.item(row.index);
    if (wards !== undefined) {
      const checks = new Map<string, WardCheck>();
      for (const row of rows) checkWard(row, wards, checks);
    }
    // No e-mail column: the file's notice says it once, for every row.
    if (parsed.noEmailColumn) for (const row of rows) row.warnings = row.warnings.filter((issue) => issue.message !== M.noEmail);
    resolveResubmissions(parsed.timestampColumn === undefined ? undefined : this.#answerTimes, rows);
    const inFile = seen<RowReport>();
    const saved = seen<string>();
    const byBhxh = new Map<string, ExistingStudent>();
    const byIdNumber = new Map<string, ExistingStudent>();
    for (const student of existing) {
      for (const key of UNIQUE_KEYS) {
        const value = student[UNIQUE_FIELD[key]];
        if (value !== undefined && !saved[key].has(value)) saved[key].set(value, student.id);
      }
      if (student.bhxhCode !== undefined && !byBhxh.has(student.bhxhCode)) byBhxh.set(student.bhxhCode, student);
      if (student.idNumber !== undefined && !byIdNumber.has(student.idNumber)) byIdNumber.set(student.idNumber, student);
    }
    // Only a value given twice needs remembering which row gave it first.
    const kept = rows.filter((row) => row.replacedBy === undefined);
    const repeated = {} as Record<UniqueKey, Set<string>>;
    for (const key of UNIQUE_KEYS) repeated[key] = repeatedValues(kept, (row) => row.values[UNIQUE_FIELD[key]]);
    for (const report of kept) {
      const student = savedAs(report, byBhxh, byIdNumber, inFile);
      if (student !== undefined) {
        report.alreadySaved = student.id;
        forgiveWhatIsSaved(report, student);
      }
      for (const key of UNIQUE_KEYS) checkUnique(report, key, inFile[key], repeated[key], saved[key], byBhxh, student?.id);
      report.ok = report.errors.length === 0;
    }
    let ok = 0;
    let replaced = 0;
    for (const row of rows) {
      if (row.ok) ok++;
      if (row.replacedBy !== undefined) replaced++;
    }
    return {
      rows,
      summary: { total: rows.length, ok, failed: rows.length - ok - replaced, replaced },
      ignoredColumns: parsed.ignoredColumns,
      notices: parsed.notices,
    };
  }
}

/** Whether two rows start on one line; rows come in file order, so a set of every line is needed only when lines do not simply grow. */
function sharesLines(rows: readonly RowReport[]): boolean {
  for (let i = 1; i < rows.length; i++) {
    if ((rows[i] as RowReport).line <= (rows[i - 1] as RowReport).line) return new Set(rows.map((row) => row.line)).size < rows.length;
  }
  return false;
}

/** A row is saved when its name and BHXH code are valid (and it is not saved already); it keeps only its valid fields. */
export function isSavable(row: Pick<RowReport, 'values' | 'alreadySaved' | 'replacedBy'>): boolean {
  return row.alreadySaved === undefined && row.replacedBy === undefined && row.values.name !== undefined && row.values.bhxhCode !== undefined;
}

/** Names equal but for case, diacritics and spacing: one person's name typed twice. */
const sameName = (a: string, b: string): boolean => foldForSearch(a) === foldForSearch(b);

/**
 * The saved student this row is: the same BHXH code with the same name or ID number, else the
 * same ID number with the same name. An earlier row of the file that took the code
 * or number keeps it (this row is then a duplicate).
 */
function savedAs(
  report: RowReport,
  byBhxh: ReadonlyMap<string, ExistingStudent>,
  byIdNumber: ReadonlyMap<string, ExistingStudent>,
  inFile: Seen<RowReport>,
): ExistingStudent | undefined {
  const { bhxhCode, name, idNumber } = report.values;
  if ((bhxhCode !== undefined && inFile.bhxh.has(bhxhCode)) || (idNumber !== undefined && inFile.idNumber.has(idNumber))) {
    return undefined;
  }
  const sameBhxh = bhxhCode === undefined ? undefined : byBhxh.get(bhxhCode);
  if (sameBhxh !== undefined) {
    const savedName = sameBhxh.fields?.name;
    const isThem =
      (savedName !== undefined && name !== undefined && sameName(savedName, name)) || (idNumber !== undefined && idNumber === sameBhxh.idNumber);
    return isThem ? sameBhxh : undefined;
  }
  // By ID number only with the same name too: a new BHXH code is a correction, a new name as well is someone else.
  const sameId = idNumber === undefined ? undefined : byIdNumber.get(idNumber);
  const savedName = sameId?.fields?.name;
  return savedName !== undefined && name !== undefined && sameName(savedName, name) ? sameId : undefined;
}

/**
 * A row that is a saved student is judged with what is saved: a done student (logged in, or
 * recorded as having had an account) lacks none of the form's fields, and a blank e-mail cell
 * leaves a saved e-mail in place (planUpdate changes only what the row gives).
 */
function forgiveWhatIsSaved(report: RowReport, student: ExistingStudent): void {
  const done = student.state === 'done';
  if (done) report.errors = report.errors.filter((issue) => !(REQUIRED.has(issue.field) && issue.message === M.missing(issue.field)));
  if (done || student.fields?.email) report.warnings = report.warnings.filter((issue) => issue.message !== M.noEmail);
}

function validateRow(row: RosterRow, options: CheckOptions, memo: Memo): RowReport {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const values: Record<string, unknown> = {};
  for (const field of ROSTER_KEYS) {
    const raw = row.cells[field];
    if (raw === undefined || raw === '') {
      if (REQUIRED.has(field)) errors.push({ field, message: M.missing(field) });
      // Optional on the form, but the OTP goes to it: said as `show`, the wizard and the board say it.
      if (field === 'email') warnings.push({ field, message: M.noEmail });
      continue;
    }
    const prepared = prepareCell(field, raw, options.now);
    if ('error' in prepared) {
      errors.push({ field, message: prepared.error });
      continue;
    }
    for (const message of prepared.warnings) warnings.push({ field, message });
    const checked = checkMemoised(field, prepared.value, options, memo);
    if (!checked.ok) {
      errors.push({ field, message: checked.message });
      continue;
    }
    // An optional field may check out as "not given" (undefined): nothing to keep then.
    // The cell's own string when checking left it as it was (memoised values are shared already):
    // one copy of each value, not two.
    if (checked.value !== undefined) values[FIELD_OF[field]] = checked.value === raw && !MEMOISED.has(field) ? raw : checked.value;
    for (const message of checked.warnings) warnings.push({ field, message });
    if (NOTES_AS_WARNINGS.has(field)) for (const message of checked.notes) warnings.push({ field, message });
  }
  const mismatch = bhxhIdMismatch(values.bhxhCode as string | undefined, values.idNumber as string | undefined);
  if (mismatch !== undefined) warnings.push({ field: 'bhxh', message: mismatch });
  // Named by its line; finish names rows by position instead when several share a line.
  const { line, index, cells } = row;
  const label = M.line(line);
  const fields = values as Partial<StudentFields>;
  // Every property in the literal: one added later would cost each row a separate property store.
  return cells.name === undefined
    ? { line, index, label, ok: false, errors, warnings, values: fields }
    : { line, index, label, ok: false, errors, warnings, values: fields, name: cells.name };
}

/**
 * The ward against the list of the row's province: a former ward becomes today's (the former
 * district, used to tell same-named wards apart, is dropped with it); anything uncertain is a
 * warning on `ward`, never an error — the list changes by resolution, the app is the judge.
 */
function checkWard(report: RowReport, wards: WardList, checks: Map<string, WardCheck>): void {
  const { province, ward, district } = report.values;
  if (province === undefined || ward === undefined) return;
  // A roster names few distinct wards: each (province, ward, district) is resolved once.
  const key = `${province}\u0000${ward}\u0000${district ?? ''}`;
  let checked = checks.get(key);
  if (checked === undefined) checks.set(key, (checked = checkWardInList(wards, province, ward, district, wardMessages.fixRoster)));
  report.values.ward = checked.ward;
  if (checked.clearDistrict && district !== undefined) {
    // A new object without it, rather than `delete`, which would leave the row's values slow and larger.
    const { district: _dropped, ...rest } = report.values;
    report.values = rest;
  }
  for (const message of checked.warnings) report.warnings.push({ field: 'ward', message });
}

function checkMemoised(field: RosterKey, value: string, options: CheckOptions, memo: Memo): ReturnType<typeof checkField> {
  if (!MEMOISED.has(field)) return checkField(FIELD_OF[field], value, options);
  let checks = memo.get(field);
  if (checks === undefined) memo.set(field, (checks = new Map()));
  let checked = checks.get(value);
  if (checked === undefined) {
    checked = checkField(FIELD_OF[field], value, options);
    checks.set(value, checked);
  }
  return checked;
}

function checkUnique(
  report: RowReport,
  key: UniqueKey,
  inFile: Map<string, RowReport>,
  repeated: ReadonlySet<string>,
  saved: Map<string, string>,
  byBhxh: ReadonlyMap<string, ExistingStudent>,
  self: string | undefined,
): void {
  const fieldKey = UNIQUE_FIELD[key];
  const value = report.values[fieldKey];
  if (value === undefined) return;
  // A value no other row gives has no earlier row, and no later row will ask for it.
  const earlier = repeated.has(value) ? inFile.get(value) : undefined;
  const savedId = saved.get(value) === self ? undefined : saved.get(value);
  if (earlier === undefined && repeated.has(value)) inFile.set(value, report);
  if (CONFLICT_SEVERITY[fieldKey] === 'warning') {
    if (earlier !== undefined) report.warnings.push({ field: key, message: M.sharedPhoneInFile(earlier.label) });
    if (savedId !== undefined) report.warnings.push({ field: key, message: M.sharedPhoneSaved(savedId) });
    return;
  }
  if (earlier === undefined && savedId === undefined) return;
  // Here the same BHXH code with the same name was an earlier row of this file: not a rename.
  const savedName = key === 'bhxh' && earlier === undefined ? byBhxh.get(value)?.fields?.name : undefined;
  report.errors.push({
    field: key,
    message:
      earlier !== undefined
        ? M.duplicateInFile(key, earlier.label)
        : savedName !== undefined
          ? M.bhxhOfAnother(savedId ?? '', savedName)
          : M.duplicateSaved(key, savedId ?? ''),
  });
  // Both lines named: the earlier one is saved, and says which later line repeats its number.
  earlier?.warnings.push({ field: key, message: M.repeatedLater(key, report.label) });
  // A duplicate is not saved: keeping the value would put the same code on two records.
  delete report.values[fieldKey];
}
