/**
 * The one place that touches the data file: read whole, checked, migrated and repaired; written
 * whole, under the lock.
 *
 * Several vssid-helper processes may have the same file open (the register wizard stays open for
 * minutes while `status` or `import` runs in another terminal), so nothing here trusts what was
 * read before: every change takes the lock, reads the file as it is now, applies the change to
 * that, and writes the result before letting go of the lock.
 *
 * The file is in conf's format (tab-indented JSON, owner-only; serialize.ts) but written by atomic-write.ts:
 * conf 15's writer was measured to leave a truncated file with no error on a full disk; ours
 * checks the size on disk before the rename and leaves the old file when the disk is full.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { removeLeftoverTemporaries, writeFileAtomic } from './atomic-write.js';
import { guardAccess, linkError, makeFolder, refuseLinks } from './folder.js';
import { storeMessages } from './messages.js';
import { describeRejected, moveAside, setAside, tryChmod } from './repair.js';
import { holdsPieces, serializeStore } from './serialize.js';
import { InvalidShapeError, NewerSchemaError, parseStoreText, SCHEMA_VERSION, type Rejected, type StoreData } from './schema.js';
import { withLock } from './with-lock.js';

export interface StoreFile {
  readonly path: string;
  /** What the reads found wrong (a broken file moved aside, broken records set aside), for the command to print. */
  readonly notices: readonly string[];
  /** The data as last read or written (read whole, checked and repaired at open). */
  data(): StoreData;
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
  /** Creates no folder, takes no lock, writes nothing: a file needing repair is repaired in memory only. */
  readOnly?: boolean;
  now?: () => Date;
  /** How long a change waits for a live owner's lock; LOCK_WAIT_MS unless a test says otherwise. */
  lockWaitMs?: number;
  /** Called with each notice as it happens. */
  onNotice?: (notice: string) => void;
}

export const DATA_FILE_NAME = 'data.json';

/** Larger than any class or school (5,000 students take about 4 MB); past it, a message instead of running out of memory. */
export const MAX_STORE_BYTES = 256 * 1024 * 1024;

export const emptyData = (): StoreData => ({ schemaVersion: SCHEMA_VERSION, records: [], profile: {} });

type Read =
  | { kind: 'absent' }
  | { kind: 'broken' }
  | { kind: 'ok'; data: StoreData; migrated: boolean; rejected?: Rejected };

/** Opens and reads `folder`/data.json; the folder is created now (not the file) unless read-only. */
export function openStoreFile(folder: string, options: OpenStoreFileOptions = {}): StoreFile {
  const cwd = path.resolve(folder);
  const file = path.join(cwd, DATA_FILE_NAME);
  return guardAccess(file, () => {
    if (!options.readOnly) {
      makeFolder(cwd);
      // No file yet: the default folder is ours alone, so close it.
      if (!refuseLinks(cwd, file) && options.defaultFolder) tryChmod(cwd, 0o700);
    }
    return new DataFile(file, options);
  });
}

class DataFile implements StoreFile {
  readonly notices: string[] = [];
  /** The bytes last read or written and what they hold: reused only while the file holds exactly these bytes. */
  #last: { bytes: Buffer[]; data: StoreData } | undefined;
  /**
   * The file's bytes read under the lock and found the same as the last: not needed once compared,
   * so the next write's bytes go there, into memory this process has touched already.
   */
  #spare: Buffer | undefined;
  #loaded: StoreData;
  readonly path: string;
  readonly #options: OpenStoreFileOptions;

  constructor(file: string, options: OpenStoreFileOptions) {
    this.path = file;
    this.#options = options;
    this.#loaded = this.#firstRead();
  }

  data(): StoreData {
    return this.#loaded;
  }

  update(change: (current: StoreData) => StoreData | undefined): StoreData {
    if (this.#options.readOnly) throw new TypeError(`${this.path} was opened read-only`);
    return guardAccess(this.path, () =>
      withLock(this.path, this.#options.lockWaitMs, () => {
        const { data, dirty } = this.#settle(this.#read());
        let next: StoreData | undefined;
        try {
          next = change(data);
        } catch (error) {
          // A repair made while reading (a broken file moved aside) is still written.
          if (dirty) this.#write(data);
          this.#loaded = data;
          throw error;
        }
        if (next !== undefined || dirty) this.#write(next ?? data);
        this.#loaded = next ?? data;
        return this.#loaded;
      }),
    );
  }

  /** A file that needs repair or migration is read again and written under the lock (read-only: repaired in memory). */
  #firstRead(): StoreData {
    const first = this.#read();
    if (first.kind === 'absent' || (first.kind === 'ok' && !first.migrated) || this.#options.readOnly) return this.#settle(first).data;
    return withLock(this.path, this.#options.lockWaitMs, () => {
      // Read again under the lock: another process may have repaired or changed it meanwhile.
      const { data, dirty } = this.#settle(this.#read());
      if (dirty) this.#write(data);
      return data;
    });
  }

  /** The file as it is now, checked and migrated in memory; the last parse when the bytes are the same. */
  #read(): Read {
    const bytes = readStoreBytes(this.path);
    if (bytes === undefined) return { kind: 'absent' };
    if (this.#last !== undefined && holdsPieces(bytes, this.#last.bytes)) {
      this.#spare = bytes;
      return { kind: 'ok', data: this.#last.data, migrated: false };
    }
    try {
      const parsed = parseStoreText(decode(this.path, bytes));
      this.#last = parsed.migrated ? undefined : { bytes: [bytes], data: parsed.data };
      return { kind: 'ok', ...parsed };
    } catch (error) {
      if (error instanceof NewerSchemaError) {
        throw new UserError(storeMessages.newerSchema(this.path, error.version), { hint: storeMessages.newerSchemaHint });
      }
      if (error instanceof InvalidShapeError) return { kind: 'broken' };
      throw error;
    }
  }

  /** The usable data of a read, after moving a broken file or broken records aside; dirty: must be written. */
  #settle(found: Read): { data: StoreData; dirty: boolean } {
    if (found.kind === 'absent') return { data: emptyData(), dirty: false };
    const now = this.#options.now?.() ?? new Date();
    if (found.kind === 'broken') {
      this.#notify(this.#options.readOnly ? storeMessages.unreadableLeft(this.path) : storeMessages.corruptMoved(this.path, moveAside(this.path, now)));
      return { data: emptyData(), dirty: true };
    }
    // The rejected parts are written out before the file loses them.
    const { data, migrated, rejected } = found;
    if (rejected !== undefined && this.#options.readOnly) this.#notify(storeMessages.partsLeftOut(this.path));
    else if (rejected !== undefined) describeRejected(this.path, setAside(this.path, rejected, now), rejected).forEach((n) => this.#notify(n));
    return { data, dirty: migrated };
  }

  #write(data: StoreData): void {
    // Leftovers of a killed write may hold removed students: gone with the next write.
    removeLeftoverTemporaries(this.path);
    this.#last = undefined;
    const bytes = serializeStore(data, this.#spare);
    this.#spare = undefined;
    writeFileAtomic(this.path, bytes, { mode: 0o600 });
    this.#last = { bytes, data };
  }

  #notify(notice: string): void {
    this.notices.push(notice);
    this.#options.onNotice?.(notice);
  }
}

/** The bytes as text; "Cannot create a string longer than…" is the size message. */
function decode(file: string, bytes: Buffer): string {
  try {
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      throw new UserError(storeMessages.tooLarge(file, bytes.length), { hint: storeMessages.tooLargeHint });
    }
    throw error;
  }
}

/**
 * The file's bytes, or undefined when there is none. Read after checking what it is: a link is
 * refused, a device or pipe (/dev/zero) is not read at all, and a file larger than
 * MAX_STORE_BYTES gets a message instead of exhausting memory.
 */
function readStoreBytes(file: string): Buffer | undefined {
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (stat === undefined) return undefined;
  if (stat.isSymbolicLink()) throw linkError(file);
  if (stat.isDirectory()) throw Object.assign(new Error(`EISDIR: ${file}`), { code: 'EISDIR', path: file });
  if (!stat.isFile()) throw new UserError(storeMessages.notRegular(file), { hint: storeMessages.notRegularHint });
  if (stat.size > MAX_STORE_BYTES) throw new UserError(storeMessages.tooLarge(file, stat.size), { hint: storeMessages.tooLargeHint });
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
