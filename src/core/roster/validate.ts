import { checkWardInList, wardMessages, type WardList } from '../address/index.js';
import { checkField, type CheckOptions } from '../fields/index.js';
import type { StudentFields } from '../record.js';
import { foldForSearch } from '../text.js';
import { rowMessages as M } from './messages.js';
import { prepareCell } from './repair.js';
import {
  FIELD_OF,
  REQUIRED_KEYS,
  ROSTER_KEYS,
  type ExistingStudent,
  type FieldIssue,
  type ParsedRoster,
  type RosterKey,
  type RosterReport,
  type RosterRow,
  type RowReport,
} from './types.js';

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
 * Every row checked field by field, then against earlier rows and saved students: the same
 * BHXH code or ID number is an error on the later row, the same phone a warning. A row whose
 * BHXH code and name are those of a saved student is that student imported before (a roster
 * re-imported after fixing some rows): it is ok, marked `alreadySaved`, and not saved again.
 */
export function validateRoster(
  parsed: ParsedRoster,
  existing: readonly ExistingStudent[] = [],
  options: ValidateOptions = {},
): RosterReport {
  const check = { now: options.now ?? new Date() };
  const memo: Memo = new Map();
  const inFile = seen<number>();
  const saved = seen<string>();
  const byBhxh = new Map<string, ExistingStudent>();
  for (const student of existing) {
    for (const key of UNIQUE_KEYS) {
      const value = student[UNIQUE_FIELD[key]];
      if (value !== undefined && !saved[key].has(value)) saved[key].set(value, student.id);
    }
    if (student.bhxhCode !== undefined && !byBhxh.has(student.bhxhCode)) byBhxh.set(student.bhxhCode, student);
  }
  const rows = parsed.rows.map((row) => {
    const report = validateRow(row, check, memo);
    if (options.wards !== undefined) checkWard(report, options.wards);
    const student = savedAs(report, byBhxh, inFile.bhxh);
    if (student !== undefined) markAlreadySaved(report, student, inFile);
    else for (const key of UNIQUE_KEYS) checkUnique(report, key, inFile[key], saved[key], byBhxh);
    report.ok = report.errors.length === 0;
    return report;
  });
  const ok = rows.filter((row) => row.ok).length;
  return {
    rows,
    summary: { total: rows.length, ok, failed: rows.length - ok },
    ignoredColumns: parsed.ignoredColumns,
    notices: parsed.notices,
  };
}

/** A row is saved when its name and BHXH code are valid (and it is not saved already); it keeps only its valid fields. */
export function isSavable(row: Pick<RowReport, 'values' | 'alreadySaved'>): boolean {
  return row.alreadySaved === undefined && row.values.name !== undefined && row.values.bhxhCode !== undefined;
}

/** Names equal but for case, diacritics and spacing: one person's name typed twice. */
const sameName = (a: string, b: string): boolean => foldForSearch(a) === foldForSearch(b);

/** The saved student this row is, if its BHXH code and name are theirs and no earlier row took the code. */
function savedAs(
  report: RowReport,
  byBhxh: ReadonlyMap<string, ExistingStudent>,
  inFile: ReadonlyMap<string, number>,
): ExistingStudent | undefined {
  const { bhxhCode, name } = report.values;
  if (bhxhCode === undefined || name === undefined || inFile.has(bhxhCode)) return undefined;
  const student = byBhxh.get(bhxhCode);
  const savedName = student?.fields?.name;
  return savedName !== undefined && sameName(savedName, name) ? student : undefined;
}

/**
 * Marks the row "already saved as <id>": it is not saved again. Its own errors stay (SPEC: a row
 * is ok only when every field it has is valid), so a re-run never reports a still-wrong row as
 * done; what it has that the saved record lacks or spells differently is said per field, since
 * nothing is updated automatically.
 */
function markAlreadySaved(report: RowReport, student: ExistingStudent, inFile: Seen<number>): void {
  for (const key of UNIQUE_KEYS) {
    const value = report.values[UNIQUE_FIELD[key]];
    if (value !== undefined && !inFile[key].has(value)) inFile[key].set(value, report.line);
  }
  const warnings: FieldIssue[] = [{ field: 'bhxh', message: M.alreadySaved(student.id) }];
  for (const field of ROSTER_KEYS) {
    const value = report.values[FIELD_OF[field]];
    const kept = student.fields?.[FIELD_OF[field]];
    if (value === undefined || value === kept) continue;
    warnings.push({ field, message: kept === undefined ? M.savedLacks(student.id) : M.savedDiffers(student.id) });
  }
  report.warnings = warnings;
  report.alreadySaved = student.id;
}

function validateRow(row: RosterRow, options: CheckOptions, memo: Memo): RowReport {
  const errors: FieldIssue[] = [];
  const warnings: FieldIssue[] = [];
  const values: Record<string, unknown> = {};
  for (const field of ROSTER_KEYS) {
    const raw = row.cells[field];
    if (raw === undefined || raw === '') {
      if (REQUIRED.has(field)) errors.push({ field, message: M.missing(field) });
      continue;
    }
    const prepared = prepareCell(field, raw);
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
    if (checked.value !== undefined) values[FIELD_OF[field]] = checked.value;
    for (const message of checked.warnings) warnings.push({ field, message });
    if (NOTES_AS_WARNINGS.has(field)) for (const message of checked.notes) warnings.push({ field, message });
  }
  return { line: row.line, ok: false, errors, warnings, values: values as Partial<StudentFields> };
}

/**
 * The ward against the list of the row's province: a former ward becomes today's (the former
 * district, used to tell same-named wards apart, is dropped with it); anything uncertain is a
 * warning on `ward`, never an error — the list changes by resolution, the app is the judge.
 */
function checkWard(report: RowReport, wards: WardList): void {
  const { province, ward, district } = report.values;
  if (province === undefined || ward === undefined) return;
  const checked = checkWardInList(wards, province, ward, district, wardMessages.fixRoster);
  report.values.ward = checked.ward;
  if (checked.clearDistrict) delete report.values.district;
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
  inFile: Map<string, number>,
  saved: Map<string, string>,
  byBhxh: ReadonlyMap<string, ExistingStudent>,
): void {
  const fieldKey = UNIQUE_FIELD[key];
  const value = report.values[fieldKey];
  if (value === undefined) return;
  const earlierLine = inFile.get(value);
  const savedId = saved.get(value);
  if (earlierLine === undefined) inFile.set(value, report.line);
  if (key === 'phone') {
    if (earlierLine !== undefined) report.warnings.push({ field: key, message: M.sharedPhoneInFile(earlierLine) });
    if (savedId !== undefined) report.warnings.push({ field: key, message: M.sharedPhoneSaved(savedId) });
    return;
  }
  if (earlierLine === undefined && savedId === undefined) return;
  // Here the same BHXH code with the same name was an earlier row of this file: not a rename.
  const savedName = key === 'bhxh' && earlierLine === undefined ? byBhxh.get(value)?.fields?.name : undefined;
  report.errors.push({
    field: key,
    message:
      earlierLine !== undefined
        ? M.duplicateInFile(key, earlierLine)
        : savedName !== undefined
          ? M.bhxhOfAnother(savedId ?? '', savedName)
          : M.duplicateSaved(key, savedId ?? ''),
  });
  // A duplicate is not saved: keeping the value would put the same code on two records.
  delete report.values[fieldKey];
}
