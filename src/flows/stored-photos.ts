/**
 * Photos the tool itself keeps (a HEIC photo converted to JPEG): in "photos" beside the data file,
 * readable by this user only, and deleted with the student (`remove`, `purge`).
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PHOTO_KEYS } from '../core/fields/photo.js';
import type { StudentRecord } from '../core/record.js';
import { UserError } from '../errors.js';
import { photosMessages as M } from '../core/photos/messages.js';

export const storedPhotoFolder = (dataFolder: string): string => path.join(path.resolve(dataFolder), 'photos');

/** Whether `file` is one of the photos the tool keeps in `dataFolder`, not one of the user's own. */
export function isStoredPhoto(file: string, dataFolder: string): boolean {
  const relative = path.relative(storedPhotoFolder(dataFolder), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The photos folder, made (mode 0700) when missing; a link or a file in its place is refused. */
function photoFolder(dataFolder: string): void {
  const folder = storedPhotoFolder(dataFolder);
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  if (stat === undefined) mkdirSync(folder, { mode: 0o700 });
  else if (!stat.isDirectory()) throw new UserError(M.photoFolderIsLink(folder));
}

/**
 * Where the JPEG made from `source` (a HEIC photo) is kept for one side of one student: named by a
 * hash of the source, so the same photo given again is known to be attached already.
 */
export function convertedPhotoPath(dataFolder: string, recordId: string, side: string, source: Uint8Array): string {
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  return path.join(storedPhotoFolder(dataFolder), `${recordId}-${side}-${hash}.jpg`);
}

/** Writes `bytes` at `file` in the photos folder (mode 0600), never half-written: written aside, then renamed. */
export function writeStoredPhoto(dataFolder: string, file: string, bytes: Uint8Array): void {
  photoFolder(dataFolder);
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, bytes, { mode: 0o600, flag: 'wx' });
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Deletes the given paths that are stored photos (others are the user's own files and stay). */
export function removeStoredFiles(files: readonly (string | undefined)[], dataFolder: string): string[] {
  const removed: string[] = [];
  for (const file of files) {
    if (file === undefined || file === '' || !isStoredPhoto(file, dataFolder)) continue;
    try {
      unlinkSync(file);
      removed.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}

/** The record's photos that the tool keeps, deleted: for `remove` and `purge`. */
export function removeStoredPhotos(record: StudentRecord, dataFolder: string): string[] {
  return removeStoredFiles(PHOTO_KEYS.map((key) => record.fields[key]), dataFolder);
}
