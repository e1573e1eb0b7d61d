/**
 * Writing a whole file so that it is either the old one or the complete new one, never a cut-off
 * one: the text goes to a temporary file created exclusively (O_EXCL, so a planted link is never
 * followed) under an unpredictable name in the same folder, is flushed to disk (fsync), its size
 * checked, then renamed over the target, and the folder flushed so the rename survives a power cut.
 * On a full disk the write fails before the rename, the temporary file is removed and the old
 * file is left as it was.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Errors that mean "the disk could not take it": nothing was changed. */
export const DISK_FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EIO', 'EFBIG']);

/** The temporary files of `file`: `.<name>.<random>.tmp`. */
export const tempPrefixOf = (file: string): string => `.${path.basename(file)}.`;
export const TEMP_SUFFIX = '.tmp';

export interface AtomicWriteOptions {
  mode?: number;
  /** Fail with EEXIST instead of replacing a file (or link) already at the target. */
  exclusive?: boolean;
}

/** A write that did not reach the disk completely (the file system reported less than was written). */
export class ShortWriteError extends Error {
  readonly code = 'EIO';
}

/**
 * Writes `content` to `file` atomically (see above); throws the system error, with nothing changed.
 * Content given in pieces is written one after the other (a file changed in one place is not
 * first copied whole into a new buffer).
 */
export function writeFileAtomic(file: string, content: string | Uint8Array | readonly Uint8Array[], options: AtomicWriteOptions = {}): void {
  const pieces = typeof content === 'string' ? [Buffer.from(content, 'utf8')] : content instanceof Uint8Array ? [content] : content;
  const folder = path.dirname(file);
  const temporary = createTemporary(file, options.mode ?? 0o600);
  try {
    let fd: number | undefined = temporary.fd;
    try {
      let size = 0;
      for (const data of pieces) {
        let written = 0;
        while (written < data.length) written += fs.writeSync(fd, data, written, data.length - written);
        size += data.length;
      }
      fs.fsyncSync(fd);
      // What the file system holds now, not what we asked for: a full disk must show here, before the rename.
      if (fs.fstatSync(fd).size !== size) throw new ShortWriteError(`Short write to ${temporary.path}`);
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    }
    if (options.exclusive) placeExclusively(temporary.path, file);
    else renameRetrying(temporary.path, file);
  } catch (error) {
    fs.rmSync(temporary.path, { force: true });
    throw error;
  }
  syncFolder(folder);
}

function createTemporary(file: string, mode: number): { path: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const candidate = path.join(path.dirname(file), `${tempPrefixOf(file)}${randomBytes(8).toString('hex')}${TEMP_SUFFIX}`);
    try {
      // 'wx': O_CREAT | O_EXCL, which also refuses a symbolic link standing at that name.
      return { path: candidate, fd: fs.openSync(candidate, 'wx', mode) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
}

/**
 * What link() fails with on a file system without hard links (FAT and exFAT USB sticks, some
 * network shares). On Windows CreateHardLinkW fails there with ERROR_INVALID_FUNCTION, which libuv
 * turns into EISDIR (uv_translate_sys_error in libuv's src/win/error.c); elsewhere EPERM or ENOTSUP,
 * and EXDEV where a link would cross to another disk (macOS follows a lock's link to one).
 */
export const NO_HARD_LINKS: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EISDIR', 'EXDEV']);

/** The target must not exist: a hard link fails atomically if it does; file systems without links get a checked rename. */
function placeExclusively(temporary: string, file: string): void {
  try {
    fs.linkSync(temporary, file);
    fs.rmSync(temporary, { force: true });
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' || !NO_HARD_LINKS.has(code ?? '')) throw error;
  }
  if (exists(file)) throw Object.assign(new Error(`EEXIST: ${file}`), { code: 'EEXIST', path: file });
  renameRetrying(temporary, file);
}

const exists = (file: string): boolean => {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
};

const RETRY_CODES: ReadonlySet<string> = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_RETRY_MS = 1_000;

/**
 * rename, retried for a second on Windows when an antivirus or the search indexer holds the target
 * open for a moment (EPERM/EBUSY/EACCES), as write-file-atomic and graceful-fs do.
 */
export function renameRetrying(from: string, to: string, platform: NodeJS.Platform = process.platform): void {
  const deadline = Date.now() + RENAME_RETRY_MS;
  for (let wait = 10; ; wait = Math.min(wait * 2, 100)) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (platform !== 'win32' || !RETRY_CODES.has(code) || Date.now() >= deadline) throw error;
      sleep(wait);
    }
  }
}

/** The folder's entry for the new file on disk too; not possible (or needed) on Windows. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; some file systems refuse fsync on one. The file itself was synced.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Removes temporary files a killed write left beside `file` (call while no one else writes it). */
export function removeLeftoverTemporaries(file: string): void {
  const prefix = tempPrefixOf(file);
  // conf's writer (atomically) named its own `data.json.tmp-…`; older versions may have left some.
  const confPrefix = `${path.basename(file)}.tmp-`;
  let names: string[];
  try {
    names = fs.readdirSync(path.dirname(file));
  } catch {
    return;
  }
  // The lock's own scratch files (lock.ts), once clearly abandoned: another process may be using a fresh one.
  const lockPrefix = `${path.basename(file)}.lock.`;
  const now = Date.now();
  for (const name of names) {
    const ours = name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX);
    const lockScratch = name.startsWith(lockPrefix) && (name.endsWith('.new') || name.endsWith('.stale'));
    if (lockScratch && !olderThan(path.join(path.dirname(file), name), now - 10_000)) continue;
    if (!ours && !lockScratch && !name.startsWith(confPrefix)) continue;
    try {
      fs.rmSync(path.join(path.dirname(file), name), { force: true });
    } catch {
      // Not ours to remove after all (another user's, a folder): left alone.
    }
  }
}

const olderThan = (file: string, time: number): boolean => {
  try {
    return fs.lstatSync(file).mtimeMs < time;
  } catch {
    return false;
  }
};

const sleeper = new Int32Array(new SharedArrayBuffer(4));
export const sleep = (ms: number): void => {
  Atomics.wait(sleeper, 0, 0, ms);
};
