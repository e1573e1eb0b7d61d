/**
 * Whether the photos a record points at are still there. Checked at display time (the board,
 * `show`), never stored: a file moved back makes the record whole again by itself.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
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

/**
 * nodeFileExists for many photos at once (a school's board): each folder is listed once, and a
 * name found in its listing as a plain file needs no look of its own. Anything else (a name not
 * listed, which on Windows or macOS may differ only in case; a link; a folder that cannot be
 * listed) is asked of the file system itself, so the answers are nodeFileExists's.
 */
export function folderListingFileExists(exists: FileExists = nodeFileExists): FileExists {
  const listings = new Map<string, ReadonlySet<string> | 'no-folder' | 'unlisted'>();
  const listingOf = (folder: string) => {
    let listing = listings.get(folder);
    if (listing === undefined) {
      try {
        listing = new Set(readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name));
      } catch (error) {
        // No such folder: nothing in it exists either.
        listing = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no-folder' : 'unlisted';
      }
      listings.set(folder, listing);
    }
    return listing;
  };
  return (file) => {
    const listing = listingOf(path.dirname(file));
    if (listing === 'no-folder') return false;
    if (listing !== 'unlisted' && listing.has(path.basename(file))) return true;
    return exists(file);
  };
}

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
