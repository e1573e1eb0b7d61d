/**
 * ID photos that `collect` received: in a `photos/` folder beside the data file, readable by the
 * owner only (folder 0700, files 0600), under names the laptop makes (nothing from the phone).
 * `remove` and `purge` delete a record's photos that live there; paths elsewhere are the monitor's.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { StudentRecord } from '../core/record.js';
import { PHOTO_KEYS } from '../core/fields/photo.js';

export const photoFolder = (storePath: string): string => path.join(path.dirname(storePath), 'photos');

/** A new owner-only file in the folder; `side` and `extension` are the laptop's words, not the phone's. */
export function writeStoredPhoto(storePath: string, side: 'front' | 'back', extension: 'jpg' | 'png', bytes: Uint8Array): string {
  const folder = photoFolder(storePath);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, `${randomBytes(8).toString('hex')}-${side}.${extension}`);
  writeFileSync(file, bytes, { mode: 0o600, flag: 'wx' });
  return file;
}

/** Whether `file` is one of the photos folder's own files (not a path the monitor typed). */
export function isStoredPhoto(storePath: string, file: string | undefined): file is string {
  if (file === undefined) return false;
  const relative = path.relative(photoFolder(storePath), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) && !relative.includes(path.sep);
}

export function removeStoredPhotoFiles(storePath: string, files: ReadonlyArray<string | undefined>): void {
  for (const file of files) if (isStoredPhoto(storePath, file)) rmSync(file, { force: true });
}

/** The received photos of the records given: what `remove` and `purge` delete with them. */
export function removeStoredPhotos(storePath: string, records: readonly StudentRecord[]): void {
  removeStoredPhotoFiles(storePath, records.flatMap((record) => PHOTO_KEYS.map((key) => record.fields[key])));
}
