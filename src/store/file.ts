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
import type { StudentRecord } from '../core/record.js';
import { findSpan, parseProfile, parseSpan, readLayout, replaceSpan, type Layout } from './layout.js';
import { checkProfile, type StoredProfile } from '../core/profile.js';
import { isRecord } from '../core/record-check.js';
import { describeRejected, moveAside, setAside, tryChmod } from './repair.js';
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
  /**
   * The data as last read or written. The file is read whole, checked and repaired on the first
   * call, not at open: a command that needs one student never pays for the whole school.
   */
  data(): StoreData;
  /**
   * One change, safe against other processes: under the lock, reads the file as it is now, lets
   * `change` build the next data from that (undefined: nothing to write), writes it in one write.
   * Returns the data now on disk. Whatever `change` throws is rethrown, with nothing written.
   */
  update(change: (current: StoreData) => StoreData | undefined): StoreData;
  /**
   * The student a `<mã>` names by id or BHXH code, read from the file's bytes alone (layout.ts)
   * while the whole data has not been needed; undefined: look in data().
   */
  peekRecord(ref: string): StudentRecord | undefined;
  /** The profile, read alone the same way; undefined: use data().profile. */
  peekProfile(): StoredProfile | undefined;
  /**
   * update() for one student whose fields `change` leaves as they are (an event recorded): under
   * the lock, the record as it is in the file now is changed and written back in place, the rest
   * of the file copied byte for byte. WHOLE_FILE when that cannot be done safely (the file not
   * laid out as serialize() lays it, the student not found once, the fields changed, which needs
   * the whole school's duplicate check): then nothing was written and the caller uses update(),
   * so `change` may have run once for nothing.
   */
  updateRecord(id: string, change: (current: StudentRecord) => StudentRecord): StudentRecord | typeof WHOLE_FILE;
}

export const WHOLE_FILE = Symbol('whole file');

export interface OpenStoreFileOptions {
  /** The folder is the per-user default rather than one the user chose: closed to 0700 while it has no file. */
  defaultFolder?: boolean;
  now?: () => Date;
  /** How long a change waits for a live owner's lock; LOCK_WAIT_MS unless a test says otherwise. */
  lockWaitMs?: number;
  /** Called with each notice as it happens (a repair may happen at the first data(), after open). */
  onNotice?: (notice: string) => void;
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

/** The file's bytes and its identity when they were read. */
interface Found {
  bytes: Buffer;
  signature: string;
}

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
    const notify = (notice: string): void => {
      notices.push(notice);
      options.onNotice?.(notice);
    };
    /**
     * The data last read or written, with the file's identity then. Every write makes a new file
     * (a rename), so the same inode, size and time mean nothing changed since: a change under the
     * lock then starts from this copy instead of reading and checking the whole school again.
     */
    let known: { signature: string; data: StoreData } | undefined;
    const remember = (data: StoreData): void => {
      const signature = signatureOf(file);
      known = signature === undefined ? undefined : { signature, data };
    };
    /** The data for data(), once read whole. */
    let loaded: StoreData | undefined;
    /** Until then, the file's bytes as read at open (or last written in place), and their layout once looked for. */
    let raw: (Found & { layout?: Layout | null }) | undefined;
    const rawLayout = (): Layout | undefined => {
      if (raw === undefined) return undefined;
      raw.layout ??= readLayout(raw.bytes) ?? null;
      return raw.layout ?? undefined;
    };

    const write = (data: StoreData): void => {
      // Leftovers of a killed write may hold removed students: gone with the next write.
      removeLeftoverTemporaries(file);
      known = undefined;
      writeFileAtomic(file, serialize(data), { mode: 0o600 });
      remember(data);
    };

    /** What bytes read from the file hold, checked and migrated in memory. */
    const interpret = (found: Found | undefined): Read => {
      if (found === undefined) return { kind: 'absent' };
      try {
        const parsed = parseStoreText(decode(file, found.bytes));
        known = parsed.migrated || parsed.rejected !== undefined ? undefined : { signature: found.signature, data: parsed.data };
        return { kind: 'ok', ...parsed };
      } catch (error) {
        if (error instanceof NewerSchemaError) {
          throw new UserError(messages.newerSchema(file, error.version), { hint: messages.newerSchemaHint });
        }
        if (error instanceof InvalidShapeError) return { kind: 'broken' };
        throw error;
      }
    };

    const read = (): Read => {
      if (known !== undefined && unchangedSince(file, known.signature)) return { kind: 'ok', data: known.data, migrated: false };
      return interpret(readStoreBytes(file));
    };

    /** The usable data of a read, after moving a broken file or broken records aside; dirty: must be written. */
    const settle = (found: Read): { data: StoreData; dirty: boolean } => {
      if (found.kind === 'absent') return { data: emptyData(), dirty: false };
      if (found.kind === 'broken') {
        notify(messages.corruptMoved(file, moveAside(file, now())));
        return { data: emptyData(), dirty: true };
      }
      // The rejected parts are written out before the file loses them.
      const { data, migrated, rejected } = found;
      if (rejected !== undefined) describeRejected(file, setAside(file, rejected, now()), rejected).forEach(notify);
      return { data, dirty: migrated };
    };

    /** The data of a first read; a file that needs repair or migration is read again and written under the lock. */
    const settleFirst = (first: Read): StoreData =>
      first.kind === 'absent' || (first.kind === 'ok' && !first.migrated)
        ? settle(first).data
        : withLock(file, options.lockWaitMs, () => {
            // Read again under the lock: another process may have repaired or changed it meanwhile.
            const { data, dirty } = settle(read());
            if (dirty) write(data);
            return data;
          });

    const opened = readStoreBytes(file);
    // No file yet: the default folder is ours alone, so close it.
    if (opened === undefined && options.defaultFolder) tryChmod(cwd, 0o700);
    // A file laid out as serialize() writes it is read whole only when first needed (data());
    // any other (older, hand-edited, broken) is read, migrated and repaired now.
    const layout = opened && readLayout(opened.bytes);
    if (opened !== undefined && layout !== undefined) raw = { ...opened, layout };
    else loaded = settleFirst(interpret(opened));

    const data = (): StoreData =>
      guardAccess(file, () => {
        if (loaded === undefined) {
          loaded = settleFirst(raw === undefined ? read() : interpret(raw));
          raw = undefined;
        }
        return loaded;
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
            raw = undefined;
            loaded = data;
            throw error;
          }
          if (next !== undefined || dirty) write(next ?? data);
          raw = undefined;
          loaded = next ?? data;
          return loaded;
        }),
      );

    const peekRecord = (ref: string): StudentRecord | undefined => {
      const layout = rawLayout();
      if (raw === undefined || layout === undefined) return undefined;
      const span = findSpan(raw.bytes, layout, ref);
      const record = span && parseSpan(raw.bytes, span);
      return isRecord(record) && names(record, ref) ? record : undefined;
    };

    const peekProfile = (): StoredProfile | undefined => {
      const layout = rawLayout();
      if (raw === undefined || layout === undefined) return undefined;
      const checked = checkProfile(parseProfile(raw.bytes, layout));
      // A setting of the wrong type is set aside at the first whole read: leave it to that.
      return checked.bad === undefined ? checked.stored : undefined;
    };

    const updateRecord = (id: string, change: (current: StudentRecord) => StudentRecord): StudentRecord | typeof WHOLE_FILE =>
      guardAccess(file, () =>
        withLock(file, options.lockWaitMs, () => {
          // The bytes read at open when the file is still the same one (every write is a rename), else read now.
          const same = raw !== undefined && unchangedSince(file, raw.signature) ? raw : undefined;
          const found = same ?? readStoreBytes(file);
          const layout = same !== undefined ? rawLayout() : found && readLayout(found.bytes);
          if (found === undefined || layout === undefined) return WHOLE_FILE;
          const span = findSpan(found.bytes, layout, id);
          const current = span && parseSpan(found.bytes, span);
          if (span === undefined || !isRecord(current) || current.id !== id) return WHOLE_FILE;
          const next = change(current);
          // A change of fields could make a twin: update() checks the whole school for that.
          if (JSON.stringify(next.fields) !== JSON.stringify(current.fields)) return WHOLE_FILE;
          removeLeftoverTemporaries(file);
          // A write refused (a full disk) leaves the file as it was, and what was read of it stays true.
          writeFileAtomic(file, replaceSpan(found.bytes, span, next), { mode: 0o600 });
          // Read again, whole, if the command needs the school after this.
          known = undefined;
          loaded = undefined;
          raw = undefined;
          return next;
        }),
      );

    return { path: file, notices, data, update, peekRecord, peekProfile, updateRecord };
  });
}

/** Whether the record is the one `ref` names, as findStudent() matches: its id (any case) or its BHXH code. */
const names = (record: StudentRecord, ref: string): boolean => {
  const key = ref.trim().toLowerCase();
  return record.id === key || record.fields.bhxhCode === key;
};

/** The bytes as text; "Cannot create a string longer than…" is the size message. */
function decode(file: string, bytes: Buffer): string {
  try {
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new UserError(messages.tooLarge(file, bytes.length), { hint: messages.tooLargeHint });
    }
    throw error;
  }
}

/**
 * The file's bytes, or undefined when there is none. Read after checking what it is: a link is
 * refused (refuseLinks), a device or pipe (/dev/zero) is not read at all, and a file larger than
 * MAX_STORE_BYTES gets a message instead of exhausting memory.
 */
function readStoreBytes(file: string): Found | undefined {
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
    // The identity before the read: a change made while reading shows as a different one next time.
    return { bytes: fs.readFileSync(file), signature: signatureFrom(stat) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const signatureFrom = (stat: fs.Stats): string => `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;

/**
 * Whether the file is still the one read with `signature`. Every write is a rename (a new file),
 * but a freed inode number can be reused by the next rename and a coarse clock (FAT keeps times
 * to 2 seconds) can show the same time: a file changed that recently is read again, not trusted.
 */
function unchangedSince(file: string, signature: string): boolean {
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() && signatureFrom(stat) === signature && Date.now() - Math.max(stat.mtimeMs, stat.ctimeMs) >= TRUST_AFTER_MS;
  } catch {
    return false;
  }
}

const TRUST_AFTER_MS = 2_000;

function signatureOf(file: string): string | undefined {
  try {
    const stat = fs.lstatSync(file);
    return stat.isFile() ? signatureFrom(stat) : undefined;
  } catch {
    return undefined;
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
