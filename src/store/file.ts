/**
 * The one place that touches conf and the disk: open, repair, migrate, lock, write.
 *
 * Several vssid-helper processes may have the same file open (the register wizard stays open for
 * minutes while `status` or `import` runs in another terminal), so nothing here trusts what was
 * read at open: every change takes a small lock file, reads the file as it is now, applies the
 * change to that, and writes the result (atomically, by conf) before letting go of the lock.
 */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { UserError } from '../errors.js';
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
}

export const DATA_FILE_NAME = 'data.json';

/** How long a change waits for another process's lock, and when a lock counts as left by a crashed run. */
export const LOCK_WAIT_MS = 2_000;
export const LOCK_STALE_MS = 10_000;
const LOCK_RETRY_MS = 20;

export const emptyData = (): StoreData => ({ schemaVersion: SCHEMA_VERSION, records: [], profile: {} });

type Read =
  | { kind: 'absent' }
  | { kind: 'broken' }
  | { kind: 'ok'; data: StoreData; migrated: boolean; rejected?: Rejected };

/** Opens (creating the folder, not the file) `folder`/data.json; conf is only ever the writer. */
export function openStoreFile(folder: string, options: OpenStoreFileOptions = {}): StoreFile {
  const now = options.now ?? (() => new Date());
  const cwd = path.resolve(folder);
  const file = path.join(cwd, DATA_FILE_NAME);

  return guardAccess(file, () => {
    makeFolder(cwd);
    const conf = new Conf<StoreData>({
      cwd,
      configName: path.parse(DATA_FILE_NAME).name,
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      // We read the file ourselves (read() below), so conf's own reads (at construction, and
      // before each write to keep its internal key) see an empty object and never throw.
      deserialize: () => ({}) as StoreData,
    });
    if (conf.path !== file) throw new Error(`conf chose ${conf.path}, expected ${file}`);

    const notices: string[] = [];
    const write = (data: StoreData): void => {
      conf.store = data;
    };

    const read = (): Read => {
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'absent' };
        throw error;
      }
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
        : withLock(file, () => {
            // Read again under the lock: another process may have repaired or changed it meanwhile.
            const { data, dirty } = settle(read());
            if (dirty) write(data);
            return data;
          });

    const update = (change: (current: StoreData) => StoreData | undefined): StoreData =>
      guardAccess(file, () =>
        withLock(file, () => {
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

function makeFolder(folder: string): void {
  if (fs.existsSync(folder)) return;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    // Some systems say EEXIST when a file stands where a folder of the path should be.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new UserError(messages.notADirectory(folder), { hint: messages.notADirectoryHint });
    }
    throw error;
  }
}

/**
 * Runs `action` holding `<file>.lock`, created with O_EXCL so only one process has it. Waits up
 * to LOCK_WAIT_MS for another holder; a lock older than LOCK_STALE_MS (a run that crashed while
 * writing: a change holds it for milliseconds) is removed. Always released.
 */
function withLock<T>(file: string, action: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  let madeFolder = false;
  for (;;) {
    try {
      fs.closeSync(fs.openSync(lock, 'wx', 0o600));
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && !madeFolder) {
        // The folder was removed since open; conf would make it again anyway.
        makeFolder(path.dirname(lock));
        madeFolder = true;
        continue;
      }
      if (code !== 'EEXIST') throw error;
    }
    if (removeIfStale(lock)) continue;
    if (Date.now() >= deadline) throw new UserError(messages.busy(file), { hint: messages.busyHint });
    sleep(LOCK_RETRY_MS);
  }
  try {
    return action();
  } finally {
    try {
      fs.unlinkSync(lock);
    } catch {
      // Already gone (taken for stale by another process); nothing to release.
    }
  }
}

/** True when the lock is gone, or was stale and has been removed: try to take it again at once. */
function removeIfStale(lock: string): boolean {
  let age: number;
  try {
    age = Date.now() - fs.statSync(lock).mtimeMs;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  if (age <= LOCK_STALE_MS) return false;
  try {
    fs.unlinkSync(lock);
  } catch {
    // Removed by someone else first: fine either way.
  }
  return true;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => {
  Atomics.wait(sleeper, 0, 0, ms);
};

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
      case 'ENOSPC':
        throw new UserError(messages.diskFull(file), { hint: messages.diskFullHint });
      case 'EROFS':
        throw new UserError(messages.readOnly(file), { hint: messages.readOnlyHint });
      default:
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
