/**
 * Whether the photos a record points at are still there. Checked at display time (the board,
 * `show`), never stored: a file moved back makes the record whole again by itself.
 */
import { statSync } from 'node:fs';
import type { StudentFields, StudentState } from '../record.js';
import type { PhotoKey } from './photo.js';

const KEYS: readonly PhotoKey[] = ['frontPhoto', 'backPhoto', 'portraitPhoto'];

/** True when something that is a file exists at `path`; undefined when that cannot be told (no permission …). */
export type FileExists = (path: string) => boolean | undefined;

export const nodeFileExists: FileExists = (path) => {
  try {
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat !== undefined && stat.isFile();
  } catch {
    return undefined;
  }
};

/** The photo fields whose file was deleted or moved since it was checked. */
export function missingPhotoFiles(fields: StudentFields, exists: FileExists = nodeFileExists): PhotoKey[] {
  return KEYS.filter((key) => {
    const path = fields[key];
    return typeof path === 'string' && path !== '' && exists(path) === false;
  });
}

/**
 * The photos that matter now: until the student has pressed "Ghi nhận" the photos are still to
 * be uploaded, so a "ready" (or draft) record without them needs completing; afterwards they were sent.
 */
export function photosToRedo(state: StudentState, fields: StudentFields, exists: FileExists = nodeFileExists): PhotoKey[] {
  return state === 'draft' || state === 'ready' ? missingPhotoFiles(fields, exists) : [];
}
