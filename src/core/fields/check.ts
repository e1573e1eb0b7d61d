/** One call per answer for UI code: normalised value, notes, warnings, or the reason it is refused. */
import { FORM_ORDER, type FieldKey, type StudentFields } from '../record.js';
import { provinceNotes } from './address.js';
import { bhxhCodeNotes, bhxhCodeWarnings, bhxhIdMismatch } from './bhxh.js';
import { emailWarnings } from './email.js';
import { decodeIdNumber, describeIdNumber, type IdFacts } from './id-number.js';
import { agencyProvinceMismatch } from '../agency.js';
import { agencyWarnings } from './choices.js';
import { agencyMessages } from './messages.js';
import { nameWarnings } from './name.js';
import { phoneWarnings } from './phone.js';
import {
  checkPhotoFile,
  checkRecordPhotos,
  nodePhotoFiles,
  PHOTO_KEYS,
  photoPairProblems,
  samePhoto,
  samePhotoMessage,
  type PhotoFiles,
  type PhotoKey,
} from './photo.js';
import { parseField } from './rules.js';

export type FieldCheck<K extends FieldKey = FieldKey> =
  | {
      ok: true;
      /** What to store (undefined: an optional field left blank). */
      value: StudentFields[K];
      /** What was changed or decoded, to show back ("Đã lấy 10 số cuối …"). */
      notes: string[];
      /** Accepted, but worth a second look (CMND expired, an unlikely birth year …). */
      warnings: string[];
      decoded?: IdFacts;
    }
  | { ok: false; message: string };

export interface CheckOptions {
  /** Today, for the birth-year questions on a CCCD; the clock by default. */
  now?: Date;
  /** How photo files are read; false checks the path only and touches no file. */
  files?: PhotoFiles | false;
  /**
   * The answers so far: a photo is refused when it is another photo field's file (or a
   * byte-identical copy): front and back, and the portrait with either side.
   */
  record?: StudentFields;
}

const isPhotoKey = (key: FieldKey): key is PhotoKey => (PHOTO_KEYS as readonly FieldKey[]).includes(key);

/** Validates one answer; never throws, whatever `raw` is. */
export function checkField<K extends FieldKey>(key: K, raw: unknown, options: CheckOptions = {}): FieldCheck<K> {
  const parsed = parseField(key, raw);
  if ('error' in parsed) return { ok: false, message: parsed.error };
  let value = parsed.value as StudentFields[K];
  const notes: string[] = [];
  const warnings: string[] = [];
  let decoded: IdFacts | undefined;

  if (key === 'bhxhCode') {
    notes.push(...bhxhCodeNotes(raw));
    warnings.push(...bhxhCodeWarnings(raw));
  }
  const mismatch =
    key === 'bhxhCode' ? bhxhIdMismatch(value as string, options.record?.idNumber)
    : key === 'idNumber' ? bhxhIdMismatch(options.record?.bhxhCode, value as string)
    : undefined;
  if (mismatch !== undefined) warnings.push(mismatch);
  if (key === 'province') notes.push(...provinceNotes(raw));
  if (key === 'email') warnings.push(...emailWarnings(value as string | undefined));
  if (key === 'phone') warnings.push(...phoneWarnings(value as string | undefined));
  if (key === 'receivingAgency') {
    warnings.push(...agencyWarnings(value as string | undefined));
    const mismatch = agencyProvinceMismatch(value as string | undefined, options.record?.province);
    // A note: an office of another province is allowed (see agencySuggestions), only worth knowing.
    if (mismatch) notes.push(agencyMessages.mismatch(value as string, mismatch.agencyProvince, mismatch.province));
  }
  if ((key === 'name' || key === 'contactPerson') && typeof value === 'string') warnings.push(...nameWarnings(value, raw));
  if (key === 'idNumber' && typeof value === 'string') {
    decoded = decodeIdNumber(value);
    const described = describeIdNumber(value, options.now ?? new Date(), decoded);
    notes.push(...described.notes);
    warnings.push(...described.warnings);
  }
  if (isPhotoKey(key) && typeof value === 'string') {
    const photo = checkPhoto(key, value, options);
    if (!photo.ok) return photo;
    value = photo.path as StudentFields[K];
    warnings.push(...photo.warnings);
  }
  return decoded === undefined ? { ok: true, value, notes, warnings } : { ok: true, value, notes, warnings, decoded };
}

function checkPhoto(key: PhotoKey, path: string, options: CheckOptions) {
  const files = options.files ?? nodePhotoFiles;
  if (files === false) return { ok: true as const, path, warnings: [] as string[] };
  const file = checkPhotoFile(path, files);
  if (!file.ok) return file;
  for (const other of PHOTO_KEYS) {
    const otherPath = other === key ? undefined : options.record?.[other];
    const kind = otherPath ? samePhoto(file.path, otherPath, files) : undefined;
    if (kind !== undefined) return { ok: false as const, message: samePhotoMessage(key, other, kind) };
  }
  // Stored absolute, so the record still points at the file when run from another folder.
  return { ok: true as const, path: file.path, warnings: file.warnings };
}

/**
 * Front and back are one picture (the same file or an identical copy): the message to show,
 * else undefined. Front and back only, as before; photoPairProblems covers the portrait too,
 * and says which field each problem concerns.
 */
export function photoPairProblem(fields: StudentFields, files: PhotoFiles = nodePhotoFiles): string | undefined {
  return photoPairProblems(fields, files).find((p) => p.field === 'backPhoto')?.message;
}

/** Each field that is missing (when required) or invalid, in the form's order, with the reason. */
export function fieldProblems(fields: StudentFields): Array<{ field: FieldKey; message: string }> {
  const problems: Array<{ field: FieldKey; message: string }> = [];
  for (const field of FORM_ORDER) {
    const parsed = parseField(field, fields[field]);
    if ('error' in parsed) problems.push({ field, message: parsed.error });
  }
  return problems;
}

/** Compares photo paths only (stored absolute and normalised, so equal paths are one file). */
const PATHS_ONLY: PhotoFiles = { stat: () => undefined, readHead: () => new Uint8Array(), realPath: (path) => path };

/**
 * Ready to submit: every required field valid, no photo the path of another and, unless `files`
 * is false, the photo files themselves checked too.
 */
export function isReadyRecord(fields: StudentFields, files: PhotoFiles | false = nodePhotoFiles): boolean {
  if (fieldProblems(fields).length > 0) return false;
  return files === false ? photoPairProblems(fields, PATHS_ONLY).length === 0 : checkRecordPhotos(fields, files).length === 0;
}
