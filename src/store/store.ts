/**
 * The local store: records and the class profile in one JSON file, behind a small interface.
 * Reads come from a copy made at open and refreshed by each change. Every change
 * re-reads the file under a lock and applies itself to what is there now (records upserted or
 * removed by id, profile keys patched), so what another process saved meanwhile is kept; then the
 * whole file is written in one atomic write (file.ts).
 */
import os from 'node:os';
import path from 'node:path';
import type { ClassProfile, StudentFields, StudentRecord } from '../core/record.js';
import { UserError } from '../errors.js';
import { findTwins } from '../core/duplicates.js';
import { patchProfile, resolveProfile, type StoredProfile } from '../core/profile.js';
import { isRecord } from '../core/record-check.js';
import { DATA_FILE_NAME, openStoreFile, type StoreFile } from './file.js';
import { newId } from './ids.js';
import { storeMessages, studentLabel } from './messages.js';
import type { StoreData } from './schema.js';

export interface OpenStoreOptions {
  /** The folder; defaults to the one storeFilePath(env) names. */
  home?: string;
  /** Where VSSID_HELPER_HOME and the platform folders are read; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** How long a change waits for another live command's lock (tests shorten it). */
  lockWaitMs?: number;
  /** Called with each notice (a broken file moved aside) when it happens, at open or at a change. */
  onNotice?: (notice: string) => void;
  /**
   * For commands that only show: no folder created, no lock taken, nothing written. A file that
   * needs repair is read as the repair would leave it, with a notice, and left as it is.
   */
  readOnly?: boolean;
}

export interface Store {
  /** The data file, for `config` and the README to show. */
  readonly path: string;
  /** What the reads found wrong (a broken file moved aside), for the command to print. */
  readonly notices: readonly string[];
  /** Copies, in creation order. */
  list(): StudentRecord[];
  /** The students as read, not copied (a school's 5,000 copies cost a read): to look at, never to change. */
  view(): readonly Readonly<StudentRecord>[];
  /** By short id (any case) or by BHXH code. */
  get(idOrBhxh: string): StudentRecord | undefined;
  require(idOrBhxh: string): StudentRecord;
  /** A new draft with a fresh id; not written until save or saveMany. */
  create(fields: StudentFields, now?: Date): StudentRecord;
  save(record: StudentRecord, now?: Date): StudentRecord;
  /** All or nothing, in one write. */
  saveMany(records: readonly StudentRecord[], now?: Date): void;
  /**
   * Records saved and removed in one write, `plan` given the students as they are in the file
   * now (a merge planned on what another terminal just saved, not on a copy read earlier).
   * Returns what `plan` returned.
   */
  rewrite<T extends RecordChanges>(plan: (current: readonly StudentRecord[]) => T, now?: Date): T;
  /**
   * `change` applied to the record as it is in the file now (another terminal may have added
   * an event since this store was opened); refused when the record was removed meanwhile.
   */
  update(id: string, change: (current: StudentRecord) => StudentRecord, now?: Date): StudentRecord;
  /**
   * `change` applied to each record as it is in the file now, under one lock and in one write.
   * Each record is judged alone: one removed meanwhile, or whose change throws a UserError, is
   * reported as refused and left as it is; the others are saved. `added` (new drafts from
   * create()) are saved in the same write, so a roster import is one write, all or nothing.
   */
  updateEach(
    ids: readonly string[], change: (current: StudentRecord) => StudentRecord, now?: Date, added?: readonly StudentRecord[],
  ): UpdateOutcome[];
  remove(idOrBhxh: string): boolean;
  removeWhere(predicate: (record: StudentRecord) => boolean): number;
  getProfile(): ClassProfile;
  /** Only what the monitor set (getProfile fills in the defaults): to tell a chosen value from the default. */
  storedProfile(): StoredProfile;
  setProfile(patch: Partial<ClassProfile>): ClassProfile;
  /**
   * `change` applied to the profile as it is in the file now (another terminal may have added a
   * day off since this store was opened); returns the profile saved.
   */
  updateProfile(change: (current: ClassProfile) => Partial<ClassProfile>): ClassProfile;
  resetProfile(): ClassProfile;
}

/** What rewrite() saves (upserted by id) and removes (by id). */
export interface RecordChanges {
  save: readonly StudentRecord[];
  remove: readonly string[];
}

/** What updateEach did to one record, in the order of the ids given. */
export type UpdateOutcome =
  | { id: string; ok: true; before: StudentRecord; after: StudentRecord }
  | { id: string; ok: false; error: UserError };

/**
 * The data file: VSSID_HELPER_HOME/data.json, else data.json in the per-user config folder that
 * env-paths gives conf for "vssid-helper" with no "-nodejs" suffix: conf's location, so stores
 * written by earlier versions through conf are found (test/store/read-only.test.ts checks it against
 * conf's own default).
 */
export function storeFilePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.VSSID_HELPER_HOME) return path.resolve(env.VSSID_HELPER_HOME, DATA_FILE_NAME);
  const user = os.homedir();
  let folder: string;
  if (platform === 'darwin') folder = path.join(user, 'Library', 'Preferences', PROJECT);
  else if (platform === 'win32') folder = path.join(env.APPDATA || path.join(user, 'AppData', 'Roaming'), PROJECT, 'Config');
  else folder = path.join(env.XDG_CONFIG_HOME || path.join(user, '.config'), PROJECT);
  return path.resolve(folder, DATA_FILE_NAME);
}

const PROJECT = 'vssid-helper';

export function openStore(options: OpenStoreOptions = {}): Store {
  const env = options.env ?? process.env;
  const folder = options.home ?? path.dirname(storeFilePath(env));
  const defaultFolder = options.home === undefined && !env.VSSID_HELPER_HOME;
  const { lockWaitMs, onNotice, readOnly } = options;
  return new LocalStore(openStoreFile(folder, { defaultFolder, lockWaitMs, onNotice, readOnly }));
}

const cloneRecord = (record: StudentRecord): StudentRecord => ({
  ...record,
  fields: { ...record.fields },
  ...(record.sources === undefined ? {} : { sources: { ...record.sources } }),
  events: record.events.map((event) => ({ ...event })),
});

class LocalStore implements Store {
  readonly #file: StoreFile;
  #byId: Map<string, StudentRecord> | undefined;
  /** Ids handed out by create() but not saved yet, so two drafts never share one. */
  readonly #reserved = new Set<string>();

  constructor(file: StoreFile) {
    this.#file = file;
  }

  /** The whole school as read at open or by the last change. */
  get #data(): StoreData {
    return this.#file.data();
  }

  get path(): string {
    return this.#file.path;
  }

  get notices(): readonly string[] {
    return this.#file.notices;
  }

  list(): StudentRecord[] {
    return this.#data.records.map(cloneRecord);
  }

  view(): readonly Readonly<StudentRecord>[] {
    return this.#data.records;
  }

  get(idOrBhxh: string): StudentRecord | undefined {
    const found = findIn(this.#data.records, idOrBhxh);
    return found && cloneRecord(found);
  }

  require(idOrBhxh: string): StudentRecord {
    const found = this.get(idOrBhxh);
    if (!found) throw new UserError(storeMessages.notFound(idOrBhxh.trim()), { hint: storeMessages.notFoundHint });
    return found;
  }

  create(fields: StudentFields, now: Date = new Date()): StudentRecord {
    const id = newId((candidate) => this.#ids().has(candidate) || this.#reserved.has(candidate));
    this.#reserved.add(id);
    const at = now.toISOString();
    const record: StudentRecord = { id, createdAt: at, updatedAt: at, state: 'draft', fields: { ...fields }, events: [] };
    // Records carry their class, so classes merged into one store stay apart (status --class).
    const className = this.getProfile().className.trim();
    if (className !== '') record.className = className;
    return record;
  }

  save(record: StudentRecord, now: Date = new Date()): StudentRecord {
    this.saveMany([record], now);
    return cloneRecord(this.#ids().get(record.id) as StudentRecord);
  }

  saveMany(records: readonly StudentRecord[], now: Date = new Date()): void {
    if (records.length > 0) this.rewrite(() => ({ save: records, remove: [] }), now);
  }

  rewrite<T extends RecordChanges>(plan: (current: readonly StudentRecord[]) => T, now: Date = new Date()): T {
    const updatedAt = now.toISOString();
    let planned: T | undefined;
    const incoming = new Map<string, StudentRecord>();
    this.#change((current) => {
      planned = plan(current.records);
      incoming.clear();
      for (const record of planned.save) {
        // Anything written must pass the shape check on the next open, or the file would be set aside.
        if (!isRecord(record)) throw new TypeError(`Not a valid student record: ${JSON.stringify(record)}`);
        incoming.set(record.id, { ...cloneRecord(record), updatedAt });
      }
      if (incoming.size === 0 && planned.remove.length === 0) return undefined;
      const removed = new Set(planned.remove);
      const next = current.records.filter((record) => !removed.has(record.id)).map((record) => incoming.get(record.id) ?? record);
      const existing = new Set(next.map((record) => record.id));
      const appendedFrom = next.length;
      for (const record of incoming.values()) if (!existing.has(record.id)) next.push(record);
      keepCreationOrder(next, appendedFrom);
      // Against the file as it is now, so a twin another process saved meanwhile is refused too.
      assertNoDuplicates(next, incoming);
      return { ...current, records: next };
    });
    for (const id of incoming.keys()) this.#reserved.delete(id);
    return planned as T;
  }

  update(id: string, change: (current: StudentRecord) => StudentRecord, now: Date = new Date()): StudentRecord {
    const [outcome] = this.updateEach([id], change, now) as [UpdateOutcome];
    if (!outcome.ok) throw outcome.error;
    return outcome.after;
  }

  updateEach(
    ids: readonly string[], change: (current: StudentRecord) => StudentRecord, now: Date = new Date(), added: readonly StudentRecord[] = [],
  ): UpdateOutcome[] {
    const updatedAt = now.toISOString();
    const incoming = added.map((record) => {
      if (!isRecord(record)) throw new TypeError(`Not a valid student record: ${JSON.stringify(record)}`);
      return { ...cloneRecord(record), updatedAt };
    });
    let outcomes: UpdateOutcome[] = [];
    this.#change((current) => {
      outcomes = [];
      const records = [...current.records];
      const indexOf = new Map(records.map((record, index) => [record.id, index]));
      const changed = new Map<string, StudentRecord>();
      for (const id of ids) {
        const index = indexOf.get(id);
        if (index === undefined) {
          outcomes.push({ id, ok: false, error: new UserError(storeMessages.removedMeanwhile(id), { hint: storeMessages.removedElsewhereHint }) });
          continue;
        }
        const before = records[index] as StudentRecord;
        let next: StudentRecord;
        try {
          next = { ...cloneRecord(change(cloneRecord(before))), id, updatedAt: now.toISOString() };
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          outcomes.push({ id, ok: false, error });
          continue;
        }
        if (!isRecord(next)) throw new TypeError(`Not a valid student record: ${JSON.stringify(next)}`);
        records[index] = next;
        if (!sameFields(before, next)) changed.set(id, next);
        outcomes.push({ id, ok: true, before: cloneRecord(before), after: cloneRecord(next) });
      }
      const appendedFrom = records.length;
      for (const record of incoming) {
        if (indexOf.has(record.id)) continue;
        records.push(record);
        changed.set(record.id, record);
      }
      if (changed.size === 0 && !outcomes.some((outcome) => outcome.ok)) return undefined;
      keepCreationOrder(records, appendedFrom);
      // Only a change of fields or a new student can make a twin: an event needs no look at the school.
      if (changed.size > 0) assertNoDuplicates(records, changed);
      return { ...current, records };
    });
    for (const record of incoming) this.#reserved.delete(record.id);
    return outcomes;
  }

  remove(idOrBhxh: string): boolean {
    let removed = false;
    this.#change((current) => {
      const found = findIn(current.records, idOrBhxh);
      if (!found) return undefined;
      removed = true;
      return { ...current, records: current.records.filter((record) => record !== found) };
    });
    return removed;
  }

  removeWhere(predicate: (record: StudentRecord) => boolean): number {
    let removed = 0;
    this.#change((current) => {
      const kept = current.records.filter((record) => !predicate(cloneRecord(record)));
      removed = current.records.length - kept.length;
      return removed > 0 ? { ...current, records: kept } : undefined;
    });
    return removed;
  }

  getProfile(): ClassProfile {
    return resolveProfile(this.storedProfile());
  }

  storedProfile(): StoredProfile {
    return this.#data.profile;
  }

  setProfile(patch: Partial<ClassProfile>): ClassProfile {
    return this.updateProfile(() => patch);
  }

  updateProfile(change: (current: ClassProfile) => Partial<ClassProfile>): ClassProfile {
    this.#change((current) => ({ ...current, profile: patchProfile(current.profile, change(resolveProfile(current.profile))) }));
    return this.getProfile();
  }

  resetProfile(): ClassProfile {
    this.#change((current) => ({ ...current, profile: {} }));
    return this.getProfile();
  }

  #ids(): Map<string, StudentRecord> {
    this.#byId ??= new Map(this.#data.records.map((record) => [record.id, record]));
    return this.#byId;
  }

  /**
   * Applies `change` to the file as it is now (under the lock) and writes the result; then the
   * copy in memory becomes what is on disk, other processes' changes included. When `change`
   * throws, nothing is written and the copy stays as it was.
   */
  #change(change: (current: StoreData) => StoreData | undefined): void {
    this.#file.update(change);
    this.#byId = undefined;
  }
}

// 10 digits, or the 12-digit personal ID number BHXH uses in its place from 1/8/2025 (fields/bhxh.ts).
const BHXH = /^(?:\d{10}|\d{12})$/;

const bhxhIndex = (records: readonly StudentRecord[]): Map<string, StudentRecord> =>
  new Map(records.flatMap((r) => (r.fields.bhxhCode ? [[r.fields.bhxhCode.trim(), r] as const] : [])));

/** By short id (any case) or by BHXH code, in a list read just now. */
function findIn(records: readonly StudentRecord[], idOrBhxh: string): StudentRecord | undefined {
  const key = idOrBhxh.trim();
  if (BHXH.test(key)) return bhxhIndex(records).get(key);
  const id = key.toLowerCase();
  return records.find((record) => record.id === id);
}

/** Drafts are usually saved in the order they were created; sort only when they were not. */
function keepCreationOrder(records: StudentRecord[], appendedFrom: number): void {
  const outOfOrder = records.some(
    (record, i) => i >= appendedFrom && i > 0 && (records[i - 1] as StudentRecord).createdAt > record.createdAt,
  );
  if (outOfOrder) records.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

/**
 * A change that leaves a student's fields as they were (an event) cannot make a twin: it is not
 * refused for a twin the file already had (a hand edit), only a change of fields is checked.
 */
const sameFields = (before: StudentRecord, after: StudentRecord): boolean => JSON.stringify(before.fields) === JSON.stringify(after.fields);

function assertNoDuplicates(records: readonly StudentRecord[], changed: ReadonlyMap<string, StudentRecord>): void {
  const found = findTwins(records, changed);
  const first = found[0];
  if (!first) return;
  const more = found.length > 1 ? ` ${storeMessages.duplicateMore(found.length - 1)}` : '';
  throw new UserError(
    storeMessages.duplicate(first.field, studentLabel(first.candidate), studentLabel(first.other)) + more,
    { hint: storeMessages.duplicateHint(first.other.id) },
  );
}
