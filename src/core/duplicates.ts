/**
 * The duplicate rule, the one the wizard, the import and the store all apply: two students may not
 * share a BHXH code or an ID number; a shared phone or photo file is only worth a warning.
 */
import { nationalPhone } from './fields/phone-form.js';
import type { StudentFields, StudentRecord } from './record.js';

export type ConflictField = 'bhxhCode' | 'idNumber' | 'phone' | 'photo';

export interface Conflict {
  field: ConflictField;
  /** One phone may register several people (row 8 of the guide), so a shared phone only warns. */
  severity: 'error' | 'warning';
  other: StudentRecord;
}

/** What findConflicts needs; an import row can be checked before it gets an id. */
export interface ConflictCandidate {
  id?: string;
  fields: StudentFields;
}

export const CONFLICT_SEVERITY: Record<ConflictField, Conflict['severity']> = {
  bhxhCode: 'error',
  idNumber: 'error',
  phone: 'warning',
  // Two students with one photo file is almost surely a wrong path, but the tool cannot be sure
  // (twins' papers photographed together): a warning naming the other student.
  photo: 'warning',
};

const PHOTO_FIELDS = ['frontPhoto', 'backPhoto', 'portraitPhoto'] as const;
const CASE_BLIND = process.platform === 'win32' || process.platform === 'darwin';

/** The comparable values of a record, normalized so "0912 345 678" equals "+84912345678". */
export function conflictKeys(fields: StudentFields): Array<[ConflictField, string]> {
  const keys: Array<[ConflictField, string]> = [];
  const bhxh = fields.bhxhCode?.replace(/\s/g, '');
  const idNumber = fields.idNumber?.replace(/\s/g, '').toUpperCase();
  const phone = fields.phone === undefined ? undefined : nationalPhone(fields.phone);
  if (bhxh) keys.push(['bhxhCode', bhxh]);
  if (idNumber) keys.push(['idNumber', idNumber]);
  if (phone) keys.push(['phone', phone]);
  // Stored absolute (checkField resolves them); any side of one student against any of another's.
  // Windows and macOS file names ignore case by default: "Anh.JPG" and "anh.jpg" are one file there.
  const photos = new Set(
    PHOTO_FIELDS.map((key) => fields[key]).filter((path): path is string => !!path).map((path) => (CASE_BLIND ? path.toLowerCase() : path)),
  );
  for (const path of photos) keys.push(['photo', path]);
  return keys;
}

/** Errors first, then warnings; the candidate's own stored version is not a conflict. */
export function findConflicts(records: Iterable<StudentRecord>, candidate: ConflictCandidate): Conflict[] {
  const mine = conflictKeys(candidate.fields);
  const conflicts: Conflict[] = [];
  if (mine.length === 0) return conflicts;
  for (const other of records) {
    if (candidate.id !== undefined && other.id === candidate.id) continue;
    const theirs = new Set(conflictKeys(other.fields).map(([field, value]) => `${field}\0${value}`));
    const same = new Set<ConflictField>();
    for (const [field, value] of mine) {
      if (theirs.has(`${field}\0${value}`)) same.add(field);
    }
    for (const field of same) conflicts.push({ field, severity: CONFLICT_SEVERITY[field], other });
  }
  return conflicts.sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
}

/** The numbers that say who a student is (the errors of the rule): BHXH code and ID number. */
export type IdentityField = 'bhxhCode' | 'idNumber';

export function identityKeys(fields: StudentFields): Map<IdentityField, string> {
  return new Map(conflictKeys(fields).filter(([field]) => CONFLICT_SEVERITY[field] === 'error') as Array<[IdentityField, string]>);
}

export interface Twin {
  field: IdentityField;
  /** A changed student … */
  candidate: StudentRecord;
  /** … and the one it shares the number with. */
  other: StudentRecord;
}

/**
 * The changed students that share an identity number with another student of `records` (which
 * holds them as changed). Twins among unchanged students (a hand-edited file) are not reported:
 * they must not block saving someone else.
 */
export function findTwins(records: readonly StudentRecord[], changed: { has(id: string): boolean }): Twin[] {
  const seen = new Map<string, StudentRecord>();
  const found: Twin[] = [];
  for (const record of records) {
    for (const [field, value] of identityKeys(record.fields)) {
      const other = seen.get(`${field}:${value}`);
      if (!other) seen.set(`${field}:${value}`, record);
      else if (changed.has(record.id)) found.push({ field, candidate: record, other });
      else if (changed.has(other.id)) found.push({ field, candidate: other, other: record });
    }
  }
  return found;
}
