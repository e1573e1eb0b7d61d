/** Reading a class file back: our own export, recognised by its marker, checked record by record. */
import type { ClassProfile, StudentRecord } from '../record.js';
import { checkProfile } from '../profile.js';
import { recordProblem, type RecordProblem } from '../record-check.js';
import { studentProblems } from './check.js';
import { CLASS_FILE_FORMAT, CLASS_FILE_VERSION } from './format.js';
import { classFileMessages as M } from './messages.js';

/** Our format, but a file that cannot be merged (masked, newer, damaged): refused as a whole. */
export class ClassFileError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export interface ReadClassFile {
  exportedAt?: string;
  /** The exporting store's settings, as far as they have the right types. */
  profile: Partial<ClassProfile>;
  records: StudentRecord[];
  /** Students that are not usable records (a hand-edited file), by their place in the list. */
  rejected: Array<{ position: number; id?: string; problem: Exclude<RecordProblem, 'duplicate-id'> }>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Cheap enough to ask of every imported file: a roster never starts with "{" and our marker. */
export const looksLikeClassFile = (text: string): boolean =>
  /^\s*\{/.test(text) && text.includes(`"${CLASS_FILE_FORMAT}"`);

/** The class file in `text`, or undefined when the text is not one (a roster, say). */
export function readClassFile(text: string): ReadClassFile | undefined {
  const clean = text.replace(/^\uFEFF/, '');
  if (!looksLikeClassFile(clean)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch {
    throw new ClassFileError(M.broken, M.brokenHint);
  }
  if (!isObject(data) || data.format !== CLASS_FILE_FORMAT) return undefined;
  if (typeof data.version !== 'number' || data.version > CLASS_FILE_VERSION) throw new ClassFileError(M.newer, M.newerHint);
  if (data.masked === true) throw new ClassFileError(M.masked, M.maskedHint);
  if (!Array.isArray(data.students)) throw new ClassFileError(M.broken, M.brokenHint);
  const records: StudentRecord[] = [];
  const rejected: ReadClassFile['rejected'] = [];
  data.students.forEach((student: unknown, index) => {
    const record = toRecord(student);
    const problem = recordProblem(record);
    if (problem === undefined) records.push(record as StudentRecord);
    else rejected.push({ position: index + 1, ...(isObject(student) && typeof student.id === 'string' ? { id: student.id } : {}), problem });
  });
  const problems = records.flatMap(studentProblems);
  if (problems.length > 0) {
    const students = new Set(records.filter((record) => studentProblems(record).length > 0).map((record) => record.id)).size;
    throw new ClassFileError(`${M.invalid(students)}\n${problems.map((p) => `  • ${p}`).join('\n')}`, M.invalidHint);
  }
  const read: ReadClassFile = { profile: profileOf(data.profile), records, rejected };
  if (typeof data.exportedAt === 'string') read.exportedAt = data.exportedAt;
  return read;
}

/** The stored shape out of an exported student: the derived dates and labels are dropped. */
function toRecord(student: unknown): unknown {
  if (!isObject(student)) return student;
  const { id, createdAt, updatedAt, state, fields, events, className, phoneConfirmed, sources } = student;
  const record: Record<string, unknown> = { id, createdAt, updatedAt, state, fields, events };
  if (sources !== undefined) record.sources = sources;
  if (typeof className === 'string' && className.trim() !== '') record.className = className.trim();
  if (typeof phoneConfirmed === 'string') record.phoneConfirmed = phoneConfirmed;
  return record;
}

/** The settings a store knows, each of the type its default has; anything else is left out. */
function profileOf(value: unknown): Partial<ClassProfile> {
  const profile: Partial<ClassProfile> = { ...checkProfile(isObject(value) ? value : {}).stored };
  if (profile.submissionMethod !== 'postal' && profile.submissionMethod !== 'reception') delete profile.submissionMethod;
  return profile;
}
