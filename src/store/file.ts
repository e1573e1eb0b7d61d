/**
 * The one place that touches the data file: open, repair, migrate, lock, write.
 *
 * Several vssid-helper processes may have the same file open (the register wizard stays open for
 * minutes while `status` or `import` runs in another terminal), so nothing here trusts what was
 * read at open: every change takes a small lock file, reads the file as it is now, applies the
 * change to that, and writes the result before letting go of the lock.
 *
 * The file is the JSON conf would write (tab-indented, owner-only), but it is written by
 * atomic-write.ts: conf's writer could leave a cut-off file on a full disk (issue 10), ours
 * checks the size on disk before the rename and leaves the old file when the disk is full.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DISK_FULL_CODES, removeLeftoverTemporaries, sleep, writeFileAtomic } from './atomic-write.js';
import { currentOwner, inspectLock, removeStaleLock, tryCreateLock, type LockOwner } from './lock.js';
import { messages } from './messages.js';
import {
  InvalidShapeError,
  NewerSchemaError,
  parseStoreText,
  SCHEMA_VERSION,
  type Rejected,
  type StoreData,
} from './schema.js';

export interface StoreFile {
  readonly path: string;
  /** What had to be repaired (a broken file moved aside, broken records set aside), for the command to print. */
  readonly notices: readonly string[];
  /** The data as read at open. */
  readonly initial: StoreData;
  /**
   * One change, safe against other processes: under the lock, reads the file as it is now, lets
   * `change` build the next data from that (undefined: nothing to write), writes it in one write.
   * Returns the data now on disk. Whatever `change` throws is rethrown, with nothing written.
   */
  update(change: (current: StoreData) => StoreData | undefined): StoreData;
}

export interface OpenStoreFileOptions {
  /** The folder is the per-user default rather than one the user chose: closed to 0700 while it has no file. */
  defaultFolder?: boolean;
  now?: () => Date;
  /** How long a change waits for a live owner's lock; LOCK_WAIT_MS unless a test says otherwise. */
  lockWaitMs?: number;
}

export const DATA_FILE_NAME = 'data.json';

/**
 * How long a change waits for another process's lock. A lock is held for the milliseconds of one
 * read and write, so this is only reached when many commands run at once or a live owner is
 * stopped (Ctrl+Z, a suspended laptop): its lock is never taken, however old.
 */
export const LOCK_WAIT_MS = 15_000;
const LOCK_RETRY_MS = 15;

/** Larger than any class or school (5,000 students take about 4 MB); past it, a message instead of running out of memory. */
export const MAX_STORE_BYTES = 256 * 1024 * 1024;

export const emptyData = (): StoreData => ({ schemaVersion: SCHEMA_VERSION, records: [], profile: {} });

/** The text conf writes: tab-indented JSON. */
export const serialize = (data: StoreData): string => JSON.stringify(data, undefined, '\t');

type Read =
  | { kind: 'absent' }
  | { kind: 'broken' }
  | { kind: 'ok'; data: StoreData; migrated: boolean; rejected?: Rejected };

/** Opens (creating the folder, not the file) `folder`/data.json. */
export function openStoreFile(folder: string, options: OpenStoreFileOptions = {}): StoreFile {
  const now = options.now ?? (() => new Date());
  const cwd = path.resolve(folder);
  const file = path.join(cwd, DATA_FILE_NAME);

  return guardAccess(file, () => {
    makeFolder(cwd);
    refuseLinks(cwd, file);

    const notices: string[] = [];
    const write = (data: StoreData): void => {
      // Leftovers of a killed write may hold removed students: gone with the next write.
      removeLeftoverTemporaries(file);
      writeFileAtomic(file, serialize(data), { mode: 0o600 });
    };

    const read = (): Read => {
      const text = readStoreText(file);
      if (text === undefined) return { kind: 'absent' };
      try {
        return { kind: 'ok', ...parseStoreText(text) };
      } catch (error) {
        if (error instanceof NewerSchemaError) {
          throw new UserError(messages.newerSchema(file, error.version), { hint: messages.newerSchemaHint });
        }
        if (error instanceof InvalidShapeError) return { kind: 'broken' };
        throw error;
      }
    };

    /** The usable data of a read, after moving a broken file or broken records aside; dirty: must be written. */
    const settle = (found: Read): { data: StoreData; dirty: boolean } => {
      if (found.kind === 'absent') return { data: emptyData(), dirty: false };
      if (found.kind === 'broken') {
        notices.push(messages.corruptMoved(file, moveAside(file, now())));
        return { data: emptyData(), dirty: true };
      }
      // The rejected parts are written out before the file loses them.
      const { data, migrated, rejected } = found;
      if (rejected !== undefined) notices.push(...describeRejected(file, setAside(file, rejected, now()), rejected));
      return { data, dirty: migrated };
    };

    const first = read();
    // No file yet: the default folder is ours alone, so close it.
    if (first.kind === 'absent' && options.defaultFolder) tryChmod(cwd, 0o700);
    const initial =
      first.kind === 'absent' || (first.kind === 'ok' && !first.migrated)
        ? settle(first).data
        : withLock(file, options.lockWaitMs, () => {
            // Read again under the lock: another process may have repaired or changed it meanwhile.
            const { data, dirty } = settle(read());
            if (dirty) write(data);
            return data;
          });

    const update = (change: (current: StoreData) => StoreData | undefined): StoreData =>
      guardAccess(file, () =>
        withLock(file, options.lockWaitMs, () => {
          const { data, dirty } = settle(read());
          let next: StoreData | undefined;
          try {
            next = change(data);
          } catch (error) {
            // A repair made while reading (a broken file moved aside) is still written.
            if (dirty) write(data);
            throw error;
          }
          if (next !== undefined || dirty) write(next ?? data);
          return next ?? data;
        }),
      );

    return { path: file, notices, initial, update };
  });
}

/**
 * The file's text, or undefined when there is none. Read through one descriptor after checking
 * what it is: a link is refused (refuseLinks), a device or pipe (/dev/zero) is not read at all,
 * and a file larger than MAX_STORE_BYTES gets a message instead of exhausting memory.
 */
function readStoreText(file: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (stat.isSymbolicLink()) throw linkError(file);
  if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR', path: file });
  if (!stat.isFile()) throw new UserError(messages.notRegular(file), { hint: messages.notRegularHint });
  if (stat.size > MAX_STORE_BYTES) throw new UserError(messages.tooLarge(file, stat.size), { hint: messages.tooLargeHint });
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    // "Cannot create a string longer than…": grown past the check above between the two looks.
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new UserError(messages.tooLarge(file, stat.size), { hint: messages.tooLargeHint });
    }
    throw error;
  }
}

/**
 * The folder or data.json as a symbolic link (or Windows junction) is refused: writing through it
 * would replace or move a file somewhere else, perhaps one that is not ours.
 */
function refuseLinks(folder: string, file: string): void {
  if (fs.lstatSync(folder).isSymbolicLink()) {
    throw new UserError(messages.folderIsLink(folder, realPathOf(folder)), { hint: messages.folderIsLinkHint });
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(file);
  } catch {
    stat = undefined;
  }
  if (stat?.isSymbolicLink()) throw linkError(file);
}

const realPathOf = (target: string): string => {
  try {
    return fs.realpathSync(target);
  } catch {
    return target;
  }
};

const linkError = (file: string): UserError =>
  new UserError(messages.fileIsLink(file, realPathOf(file)), { hint: messages.fileIsLinkHint });

/**
 * Creates the folder and its missing parents one by one. Not mkdirSync's `recursive`: on a path
 * under /proc it loops for ever at full CPU (Node keeps retrying an ENOENT that never goes away).
 */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; ; at = path.dirname(at)) {
    try {
      const stat = fs.statSync(at);
      if (!stat.isDirectory()) throw new UserError(messages.notADirectory(folder), { hint: messages.notADirectoryHint });
      break;
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new UserError(messages.notADirectory(folder), { hint: messages.notADirectoryHint });
      if (code !== 'ENOENT') throw error;
    }
    if (path.dirname(at) === at) break;
    missing.push(at);
  }
  for (const dir of missing.reverse()) {
    try {
      fs.mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && isDirectory(dir)) continue;
      if (code === 'EEXIST' || code === 'ENOTDIR') {
        // Some systems say EEXIST when a file stands where a folder of the path should be.
        throw new UserError(messages.notADirectory(folder), { hint: messages.notADirectoryHint });
      }
      if (code === 'ENOENT') throw new UserError(messages.cannotCreateFolder(folder), { hint: messages.notADirectoryHint });
      throw error;
    }
  }
}

const isDirectory = (dir: string): boolean => {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Runs `action` holding `<file>.lock` (lock.ts), created with O_EXCL so only one process has it.
 * A lock whose owner has ended is removed at once; a live owner's lock is waited for up to
 * LOCK_WAIT_MS, then the change is refused with nothing written. Always released.
 */
function withLock<T>(file: string, waitMs: number = LOCK_WAIT_MS, action: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + waitMs;
  const owner = currentOwner();
  let madeFolder = false;
  let holder: LockOwner | undefined;
  for (;;) {
    try {
      if (tryCreateLock(lock, owner)) break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !madeFolder) {
        // The folder was removed since open: make it again.
        makeFolder(path.dirname(lock));
        madeFolder = true;
        continue;
      }
      throw error;
    }
    const state = inspectLock(lock);
    if (state.kind === 'stale') {
      removeStaleLock(lock);
      continue;
    }
    if (state.kind === 'gone') continue;
    holder = state.owner;
    if (Date.now() >= deadline) {
      throw new UserError(messages.busy(file), { hint: messages.busyHint(lock, holder) });
    }
    sleep(LOCK_RETRY_MS + Math.floor(Math.random() * LOCK_RETRY_MS));
  }
  try {
    return action();
  } finally {
    releaseLock(lock, owner);
  }
}

/** Removes the lock if it is still ours (never another process's, should ours have been taken). */
function releaseLock(lock: string, owner: LockOwner): void {
  try {
    const stat = fs.lstatSync(lock);
    if (!stat.isFile() || stat.size > 4_096) return;
    if (fs.readFileSync(lock, 'utf8') === JSON.stringify(owner)) fs.unlinkSync(lock);
  } catch {
    // Already gone: nothing to release.
  }
}

const stampOf = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

/** Writes what the schema rejected to `data.rejected-<time>.json` beside the file (owner-only). */
function setAside(file: string, rejected: Rejected, now: Date): string {
  const { dir, name, ext } = path.parse(file);
  const content: Record<string, unknown> = {
    schemaVersion: rejected.schemaVersion,
    records: rejected.records.map((r) => r.value),
  };
  if (rejected.profile !== undefined) content.profile = rejected.profile;
  const text = `${JSON.stringify(content, null, '\t')}\n`;
  for (let n = 0; ; n++) {
    const target = path.join(dir, `${name}.rejected-${stampOf(now)}${n === 0 ? '' : `-${n}`}${ext}`);
    try {
      fs.writeFileSync(target, text, { flag: 'wx', mode: 0o600 });
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new UserError(messages.cannotSetAside(file), { hint: messages.cannotMoveCorruptHint });
    }
  }
}

function describeRejected(file: string, sideFile: string, rejected: Rejected): string[] {
  const notices: string[] = [];
  if (rejected.records.length > 0) {
    const which = rejected.records.map(({ value, problem }) => messages.rejectedRecord(idOf(value), problem));
    notices.push(messages.recordsSetAside(file, sideFile, which));
  }
  if (rejected.profile !== undefined) {
    const keys = typeof rejected.profile === 'object' && rejected.profile !== null && !Array.isArray(rejected.profile)
      ? Object.keys(rejected.profile)
      : [];
    notices.push(messages.profileSetAside(keys, sideFile));
  }
  return notices;
}

const idOf = (value: unknown): string | undefined => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

function moveAside(file: string, now: Date): string {
  const { dir, name, ext } = path.parse(file);
  for (let n = 0; ; n++) {
    const target = path.join(dir, `${name}.corrupt-${stampOf(now)}${n === 0 ? '' : `-${n}`}${ext}`);
    if (fs.existsSync(target)) continue;
    try {
      fs.renameSync(file, target);
    } catch {
      throw new UserError(messages.cannotMoveCorrupt(file), { hint: messages.cannotMoveCorruptHint });
    }
    // Personal data, whatever mode the broken file had: owner-only, like the store.
    tryChmod(target, 0o600);
    return target;
  }
}

/** File-system errors a user can act on, in Vietnamese and naming the path, instead of "ENOTDIR…". */
function guardAccess<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        throw new UserError(messages.cannotAccess(where ?? file), { hint: messages.cannotAccessHint });
      case 'ENOTDIR':
        throw new UserError(messages.notADirectory(path.dirname(file)), { hint: messages.notADirectoryHint });
      case 'EISDIR':
        throw new UserError(messages.isADirectory(where ?? file), { hint: messages.isADirectoryHint });
      case 'EROFS':
        throw new UserError(messages.readOnly(file), { hint: messages.readOnlyHint });
      case 'ENAMETOOLONG':
        throw new UserError(messages.nameTooLong(file), { hint: messages.notADirectoryHint });
      case 'ENOENT':
      case 'ELOOP':
        throw new UserError(messages.cannotReach(where ?? file), { hint: messages.notADirectoryHint });
      case 'EMFILE':
      case 'ENFILE':
      case 'ENOMEM':
        throw new UserError(messages.noResources(file), { hint: messages.noResourcesHint });
      default:
        if (code !== undefined && DISK_FULL_CODES.has(code)) {
          throw new UserError(messages.diskFull(file), { hint: messages.diskFullHint });
        }
        throw error;
    }
  }
}

function tryChmod(target: string, mode: number): void {
  try {
    fs.chmodSync(target, mode);
  } catch {
    // Not fatal: the data file itself is still created 0600.
  }
}
