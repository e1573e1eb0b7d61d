/**
 * The class file: `export --format json` as one JSON object that carries a class whole (the
 * profile, every record with its events and photo paths), so `import` can merge it into another
 * store. The marker tells it apart from a roster; the version lets a later release read it.
 */
import type { DayOffOverrides } from '../calendar/holidays.js';
import { classOf } from '../classes.js';
import { exportRecord, type ExportedRecord } from '../export/records.js';
import type { ClassProfile, StudentRecord } from '../record.js';
import { supportRequestOf, type SupportRequest } from '../support/requests.js';

export const CLASS_FILE_FORMAT = 'vssid-helper-class';
export const CLASS_FILE_VERSION = 1;

export interface ClassFileStudent extends ExportedRecord {
  createdAt: string;
  updatedAt: string;
  /** Always written, so the class survives a merge into a store of another class. */
  className: string;
  phoneConfirmed?: string;
  /** A pending support request (row 3), as the e-mail would list it; the events hold its history. */
  supportRequest?: SupportRequest;
}

export interface ClassFile {
  format: typeof CLASS_FILE_FORMAT;
  version: number;
  /** ISO instant. */
  exportedAt: string;
  /** Masked numbers cannot be merged back: `import` refuses such a file. */
  masked: boolean;
  profile: ClassProfile;
  students: ClassFileStudent[];
}

/** `records` are given as they should appear: the caller masks them for `--mask`. */
export function buildClassFile(
  records: readonly StudentRecord[],
  profile: ClassProfile,
  options: { now: Date; masked: boolean; overrides?: DayOffOverrides },
): ClassFile {
  const students = records.map((record): ClassFileStudent => {
    const student: ClassFileStudent = {
      ...exportRecord(record, options.overrides),
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      className: classOf(record, profile.className),
    };
    if (record.phoneConfirmed !== undefined) student.phoneConfirmed = record.phoneConfirmed;
    const support = supportRequestOf(record);
    if (support !== undefined) student.supportRequest = support;
    return student;
  });
  return {
    format: CLASS_FILE_FORMAT,
    version: CLASS_FILE_VERSION,
    exportedAt: options.now.toISOString(),
    masked: options.masked,
    profile,
    students,
  };
}
