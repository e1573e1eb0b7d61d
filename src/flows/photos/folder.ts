/**
 * Every read `photos` makes of the folder it is given: the listing, each file's first bytes and,
 * for a HEIC photo, the whole file. Kept in one place so the way files are opened can change
 * here alone (a FIFO named like a photo must never block the command).
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../../errors.js';
import { photosMessages as M } from '../../core/photos/messages.js';

export interface ListedFile {
  /** Relative to the folder, "/" between folders, NFC: what is matched and shown. */
  path: string;
  /** Where it is, byte for byte as the system named it (macOS names are NFD). */
  absolute: string;
}

/** Drive's zip holds a folder per Forms question inside a folder for the form; deeper is not a photo folder. */
const MAX_DEPTH = 3;
export const MAX_FILES = 2000;

/**
 * The plain files under `folder`, sorted; links and hidden entries (".DS_Store", macOS's "._"
 * copies) left out. `truncated` when there were more than MAX_FILES.
 */
export function listPhotoFolder(folder: string): { files: ListedFile[]; truncated: boolean } {
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (stat === undefined) throw new UserError(M.folderMissing(folder));
  if (!stat.isDirectory()) throw new UserError(M.notAFolder(folder));
  const files: ListedFile[] = [];
  let truncated = false;
  const walk = (dir: string, relative: string[], depth: number): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const parts = [...relative, entry.name];
      if (entry.isDirectory() && depth < MAX_DEPTH) walk(path.join(dir, entry.name), parts, depth + 1);
      if (!entry.isFile()) continue;
      if (files.length === MAX_FILES) {
        truncated = true;
        return;
      }
      files.push({ path: parts.join('/').normalize('NFC'), absolute: path.join(dir, entry.name) });
    }
  };
  walk(path.resolve(folder), [], 0);
  return { files, truncated };
}

/** The first `length` bytes (fewer when the file is shorter); empty when it cannot be read. */
export function readFileHead(file: string, length: number): Uint8Array {
  try {
    const fd = openSync(file, 'r');
    try {
      const buffer = new Uint8Array(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return new Uint8Array();
  }
}

/** The whole file, refused past `max` bytes (checked on the open file, not on a name looked up before). */
export function readWholeFile(file: string, max: number): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > max) throw new RangeError(String(size));
    const buffer = new Uint8Array(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}
