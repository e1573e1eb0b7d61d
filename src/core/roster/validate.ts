import { checkWardInList, wardMessages, type WardList } from '../address/index.js';
import { checkField, type CheckOptions } from '../fields/index.js';
import type { StudentFields } from '../record.js';
import { foldForSearch } from '../text.js';
import { rowMessages as M } from './messages.js';
import { prepareCell } from './repair.js';
import { resolveResubmissions } from './resubmissions.js';
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
  const check = { now: options.now ?? new Date() };
  const memo: Memo = new Map();
  // A JSON array written on one line gives every row line 1: then rows are named by position.
  const itemized = new Set(parsed.rows.map((row) => row.line)).size < parsed.rows.length;
  const rows = parsed.rows.map((row) => {
    const report = validateRow(row, check, memo, itemized);
    if (options.wards !== undefined) checkWard(report, options.wards);
    return report;
  });
  resolveResubmissions(parsed, rows);
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
  for (const report of rows) {
    if (report.replacedBy !== undefined) continue;
    const student = savedAs(report, byBhxh, byIdNumber, inFile);
    if (student !== undefined) report.alreadySaved = student.id;
    for (const key of UNIQUE_KEYS) checkUnique(report, key, inFile[key], saved[key], byBhxh, student?.id);
    report.ok = report.errors.length === 0;
  }
  const ok = rows.filter((row) => row.ok).length;
  const replaced = rows.filter((row) => row.replacedBy !== undefined).length;
  return {
    rows,
    summary: { total: rows.length, ok, failed: rows.length - ok - replaced, replaced },
    ignoredColumns: parsed.ignoredColumns,
    notices: parsed.notices,
  };
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

function validateRow(row: RosterRow, options: CheckOptions, memo: Memo, itemized: boolean): RowReport {
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
  const label = itemized ? M.item(row.index) : M.line(row.line);
  const report: RowReport = { line: row.line, index: row.index, label, ok: false, errors, warnings, values: values as Partial<StudentFields> };
  if (row.cells.name !== undefined) report.name = row.cells.name;
  return report;
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
  inFile: Map<string, RowReport>,
  saved: Map<string, string>,
  byBhxh: ReadonlyMap<string, ExistingStudent>,
  self: string | undefined,
): void {
  const fieldKey = UNIQUE_FIELD[key];
  const value = report.values[fieldKey];
  if (value === undefined) return;
  const earlier = inFile.get(value);
  const savedId = saved.get(value) === self ? undefined : saved.get(value);
  if (earlier === undefined) inFile.set(value, report);
  if (key === 'phone') {
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
