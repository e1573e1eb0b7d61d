import type { StudentFields, StudentRecord } from '../core/record.js';

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

function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.startsWith('84') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/** The comparable values of a record, normalized so "0912 345 678" equals "+84912345678". */
export function conflictKeys(fields: StudentFields): Array<[ConflictField, string]> {
  const keys: Array<[ConflictField, string]> = [];
  const bhxh = fields.bhxhCode?.replace(/\s/g, '');
  const idNumber = fields.idNumber?.replace(/\s/g, '').toUpperCase();
  const phone = fields.phone === undefined ? undefined : normalizePhone(fields.phone);
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
