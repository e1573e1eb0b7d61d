import type { FieldKey, StudentFields, StudentState } from '../record.js';

/** Column keys of a roster, as named in the SPEC's import format. */
export const ROSTER_KEYS = [
  'name',
  'bhxh',
  'idNumber',
  'phone',
  'email',
  'province',
  'district',
  'ward',
  'street',
] as const;
export type RosterKey = (typeof ROSTER_KEYS)[number];

/** The roster's part of the form that must be present for a row to be ok. */
export const REQUIRED_KEYS: readonly RosterKey[] = ['name', 'bhxh', 'idNumber', 'phone', 'province', 'ward', 'street'];

export type RosterFormat = 'csv' | 'json' | 'xlsx';
export type RosterEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1258' | 'xlsx';

/** One data row as read from the file: raw cell text per recognised column. */
export interface RosterRow {
  /** Physical line in the file where the row starts; the header is line 1 (xlsx: sheet row). */
  line: number;
  /** Position among the data rows, from 1: names a row when several share a line (a one-line JSON file). */
  index: number;
  cells: Partial<Record<RosterKey, string>>;
  /** The Google Forms answer time ("Dấu thời gian"), as written, when the roster has that column. */
  timestamp?: string;
}

export interface ParsedRoster<Row = RosterRow> {
  format: RosterFormat;
  encoding: RosterEncoding;
  /** The data rows; the roster check's reports instead when rows were checked as they were read. */
  rows: Row[];
  /** Headers of columns that were not used, each once, as written in the file. */
  ignoredColumns: string[];
  /** File-level messages for the person (encoding guessed, rows skipped, columns missing …). */
  notices: string[];
  /** The header of the answer-time column (Google Forms' "Dấu thời gian"), when there is one. */
  timestampColumn?: string;
  /** No e-mail column at all: said once in `notices`, not as a warning on every row. */
  noEmailColumn?: true;
}

/** A roster whose rows were each checked as they were read (RowChecker.check). */
export type CheckedRoster = ParsedRoster<RowReport>;

/** A 2D table before headers are known; each record carries its start line. */
export interface RawTable {
  records: { line: number; cells: string[] }[];
}

export interface FieldIssue {
  field: RosterKey;
  message: string;
}

export interface RowReport {
  line: number;
  /** Position among the data rows, from 1. */
  index: number;
  /** The name as the file writes it, to find the row. */
  name?: string;
  /** How messages name this row: "dòng 7", or "mục 3" when rows share a line. */
  label: string;
  ok: boolean;
  /** Filled in by the import command once the row is saved. */
  id?: string;
  errors: FieldIssue[];
  warnings: FieldIssue[];
  /** Valid fields only, under the record's field names; what a save keeps. */
  values: Partial<StudentFields>;
  /**
   * The saved student this row already is (same BHXH code, same name): the row is reported,
   * not saved again, and its first warning says so. Absent for every other row.
   */
  alreadySaved?: string;
  /** A newer answer of the same student (by the timestamp column) replaces this row: not saved. */
  replacedBy?: number;
}

export interface RosterReport {
  rows: RowReport[];
  summary: { total: number; ok: number; failed: number; replaced: number };
  ignoredColumns: string[];
  notices: string[];
}

/** A saved student, as far as duplicate checks need it. */
export interface ExistingStudent {
  id: string;
  bhxhCode?: string | undefined;
  idNumber?: string | undefined;
  phone?: string | undefined;
  /**
   * The saved fields: with them, a row with this BHXH code and the same name is recognised as
   * this student imported before, and compared with what was saved. Without them (or with a
   * different name) the same BHXH code is a conflict.
   */
  fields?: Partial<StudentFields> | undefined;
  /** Its state: a done student (an account already) needs none of the form's fields. */
  state?: StudentState | undefined;
}

/** Roster column → record field; only the BHXH code is named differently. */
export const FIELD_OF: Record<RosterKey, FieldKey> = {
  name: 'name',
  bhxh: 'bhxhCode',
  idNumber: 'idNumber',
  phone: 'phone',
  email: 'email',
  province: 'province',
  district: 'district',
  ward: 'ward',
  street: 'street',
};
