/**
 * ID photos the tool itself keeps (received by `collect`, or a HEIC photo converted to JPEG by
 * `photos`): in a `photos/` folder beside the data file, readable by the owner only (folder 0700, files 0600), under names
 * the tool makes. `remove` and `purge` delete a record's photos that live there; paths elsewhere
 * are the monitor's own files and stay.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PHOTO_KEYS } from '../core/fields/photo.js';
import { photosMessages as M } from '../core/photos/messages.js';
import type { StudentRecord } from '../core/record.js';
import { UserError } from '../errors.js';

export const photoFolder = (storePath: string): string => path.join(path.dirname(path.resolve(storePath)), 'photos');

/** Whether `file` is one of the photos folder's own files (not a path the monitor typed). */
export function isStoredPhoto(storePath: string, file: string | undefined): file is string {
  if (file === undefined || file === '') return false;
  const relative = path.relative(photoFolder(storePath), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.includes(path.sep);
}

/** A new owner-only file in the folder; `side` and `extension` are the laptop's words, not the phone's. */
export function writeStoredPhoto(storePath: string, side: 'front' | 'back', extension: 'jpg' | 'png', bytes: Uint8Array): string {
  const folder = photoFolder(storePath);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, `${randomBytes(8).toString('hex')}-${side}.${extension}`);
  writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
  return file;
}

/**
 * Where the JPEG made from `source` (a HEIC photo) is kept for one side of one student: named by a
 * hash of the source, so the same photo given again is known to be attached already.
 */
export function convertedPhotoPath(storePath: string, recordId: string, side: 'front' | 'back', source: Uint8Array): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  return path.join(photoFolder(storePath), `${recordId}-${side}-${hash}.jpg`);
}

/**
 * Writes `bytes` at `file` in the photos folder (made when missing; a link or a file in its place
 * is refused), owner-only and never half-written: written aside, then renamed.
 */
export function writeConvertedPhoto(storePath: string, file: string, bytes: Uint8Array): void {
  const folder = photoFolder(storePath);
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  if (stat === undefined) mkdirSync(folder, { mode: 0o700 });
  else if (!stat.isDirectory()) throw new UserError(M.photoFolderIsLink(folder));
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export function removeStoredPhotoFiles(storePath: string, files: ReadonlyArray<string | undefined>): void {
  for (const file of files) if (isStoredPhoto(storePath, file)) rmSync(file, { force: true });
}

/** The kept photos of the records given: what `remove` and `purge` delete with them. */
export function removeStoredPhotos(storePath: string, records: readonly StudentRecord[]): void {
  removeStoredPhotoFiles(storePath, records.flatMap((record) => PHOTO_KEYS.map((key) => record.fields[key])));
}
