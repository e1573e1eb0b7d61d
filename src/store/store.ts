/**
 * The local store: records and the class profile in one JSON file, behind a small interface.
 * Reads come from a copy made at open and refreshed by each change. Every change re-reads the
 * file under a lock and applies itself to what is there now (records upserted or removed by id,
 * profile keys patched), so what another process saved meanwhile is kept; then it is written
 * (atomically, by conf) in one write.
 */
import path from 'node:path';
import type { ClassProfile, StudentFields, StudentRecord } from '../core/record.js';
import { UserError } from '../errors.js';
import { CONFLICT_SEVERITY, conflictKeys, type ConflictField } from './conflicts.js';
import { openStoreFile, WHOLE_FILE, type StoreFile } from './file.js';
import { newId } from './ids.js';
import { messages, studentLabel } from './messages.js';
import { storeFilePath } from './peek.js';
import { patchProfile, resolveProfile, type StoredProfile } from './profile.js';
import { isRecord, type StoreData } from './schema.js';

export interface OpenStoreOptions {
  /** The folder; defaults to the one storeFilePath(env) names (VSSID_HELPER_HOME, else the per-user config folder). */
  home?: string;
  /** Where VSSID_HELPER_HOME and the platform folders are read; process.env by default. */
  env?: NodeJS.ProcessEnv;
  /** How long a change waits for another live command's lock (tests shorten it). */
  lockWaitMs?: number;
  /** Called with each notice (a broken file moved aside) when it happens: at open, or at the first whole read. */
  onNotice?: (notice: string) => void;
}

export interface Store {
  /** The data file, for `config` and the README to show. */
  readonly path: string;
  /** What happened while opening or at the first whole read (a broken file moved aside), for the command to print. */
  readonly notices: readonly string[];
  /** Copies, in creation order. */
  list(): StudentRecord[];
  /** By short id (any case) or by BHXH code. */
  get(idOrBhxh: string): StudentRecord | undefined;
  require(idOrBhxh: string): StudentRecord;
  /**
   * The student a `<mã>` names by id or BHXH code, found without reading the whole school when
   * the file allows (store/layout.ts); undefined means only list() can tell, not that none is saved.
   */
  peek(ref: string): StudentRecord | undefined;
  /** A new draft with a fresh id; not written until save or saveMany. */
  create(fields: StudentFields, now?: Date): StudentRecord;
  save(record: StudentRecord, now?: Date): StudentRecord;
  /** All or nothing, in one write. */
  saveMany(records: readonly StudentRecord[], now?: Date): void;
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

/** What updateEach did to one record, in the order of the ids given. */
export type UpdateOutcome =
  | { id: string; ok: true; before: StudentRecord; after: StudentRecord }
  | { id: string; ok: false; error: UserError };

export function openStore(options: OpenStoreOptions = {}): Store {
  const env = options.env ?? process.env;
  // One place decides the file (peek.ts, which also reads without opening), so both always agree.
  const folder = options.home ?? path.dirname(storeFilePath(env));
  const defaultFolder = options.home === undefined && !env.VSSID_HELPER_HOME;
  return new LocalStore(openStoreFile(folder, { defaultFolder, lockWaitMs: options.lockWaitMs, onNotice: options.onNotice }));
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
  #byBhxh: Map<string, StudentRecord> | undefined;
  /** Ids handed out by create() but not saved yet, so two drafts never share one. */
  readonly #reserved = new Set<string>();

  constructor(file: StoreFile) {
    this.#file = file;
  }

  /** The whole school, read on first use (store/file.ts): one student's commands may never need it. */
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

  get(idOrBhxh: string): StudentRecord | undefined {
    const found = this.#find(idOrBhxh);
    return found && cloneRecord(found);
  }

  peek(ref: string): StudentRecord | undefined {
    return this.#file.peekRecord(ref);
  }

  require(idOrBhxh: string): StudentRecord {
    const found = this.get(idOrBhxh);
    if (!found) throw new UserError(messages.notFound(idOrBhxh.trim()), { hint: messages.notFoundHint });
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
    if (records.length === 0) return;
    const updatedAt = now.toISOString();
    const incoming = new Map<string, StudentRecord>();
    for (const record of records) {
      // Anything written must pass the shape check on the next open, or the file would be set aside.
      if (!isRecord(record)) throw new TypeError(`Not a valid student record: ${JSON.stringify(record)}`);
      incoming.set(record.id, { ...cloneRecord(record), updatedAt });
    }
    this.#change((current) => {
      const existing = new Set(current.records.map((record) => record.id));
      const next = current.records.map((record) => incoming.get(record.id) ?? record);
      const appendedFrom = next.length;
      for (const record of incoming.values()) if (!existing.has(record.id)) next.push(record);
      keepCreationOrder(next, appendedFrom);
      // Against the file as it is now, so a twin another process saved meanwhile is refused too.
      assertNoDuplicates(next, incoming);
      return { ...current, records: next };
    });
    for (const id of incoming.keys()) this.#reserved.delete(id);
  }

  update(id: string, change: (current: StudentRecord) => StudentRecord, now: Date = new Date()): StudentRecord {
    const changed = (found: StudentRecord): StudentRecord => {
      const next = { ...cloneRecord(change(cloneRecord(found))), id, updatedAt: now.toISOString() };
      if (!isRecord(next)) throw new TypeError(`Not a valid student record: ${JSON.stringify(next)}`);
      return next;
    };
    // One student's event rewrites that student in place, not the whole school (file.ts).
    const inPlace = this.#file.updateRecord(id, changed);
    if (inPlace !== WHOLE_FILE) {
      this.#byId = undefined;
      this.#byBhxh = undefined;
      return cloneRecord(inPlace);
    }
    this.#change((current) => {
      const index = current.records.findIndex((record) => record.id === id);
      const found = current.records[index];
      if (found === undefined) {
        throw new UserError(messages.removedMeanwhile(id), { hint: messages.removedElsewhereHint });
      }
      const next = changed(found);
      const records = current.records.with(index, next);
      if (!sameFields(found, next)) assertNoDuplicates(records, new Map([[id, next]]));
      return { ...current, records };
    });
    return cloneRecord(this.#ids().get(id) as StudentRecord);
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
          outcomes.push({ id, ok: false, error: new UserError(messages.removedMeanwhile(id), { hint: messages.removedElsewhereHint }) });
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
      assertNoDuplicates(records, changed);
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
    return this.#file.peekProfile() ?? this.#data.profile;
  }

  setProfile(patch: Partial<ClassProfile>): ClassProfile {
    this.#change((current) => ({ ...current, profile: patchProfile(current.profile, patch) }));
    return this.getProfile();
  }

  updateProfile(change: (current: ClassProfile) => Partial<ClassProfile>): ClassProfile {
    this.#change((current) => ({ ...current, profile: patchProfile(current.profile, change(resolveProfile(current.profile))) }));
    return this.getProfile();
  }

  resetProfile(): ClassProfile {
    this.#change((current) => ({ ...current, profile: {} }));
    return this.getProfile();
  }

  #find(idOrBhxh: string): StudentRecord | undefined {
    const key = idOrBhxh.trim();
    if (BHXH.test(key)) {
      this.#byBhxh ??= bhxhIndex(this.#data.records);
      return this.#byBhxh.get(key);
    }
    return this.#ids().get(key.toLowerCase());
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
    this.#byBhxh = undefined;
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
  const seen = new Map<string, StudentRecord>();
  const found: Array<{ field: ConflictField; candidate: StudentRecord; other: StudentRecord }> = [];
  for (const record of records) {
    for (const [field, value] of conflictKeys(record.fields)) {
      if (CONFLICT_SEVERITY[field] !== 'error') continue;
      const other = seen.get(`${field}:${value}`);
      if (!other) seen.set(`${field}:${value}`, record);
      // Old duplicates (a hand-edited file) must not block saving unrelated records.
      else if (changed.has(record.id)) found.push({ field, candidate: record, other });
      else if (changed.has(other.id)) found.push({ field, candidate: other, other: record });
    }
  }
  const first = found[0];
  if (!first) return;
  const more = found.length > 1 ? ` ${messages.duplicateMore(found.length - 1)}` : '';
  throw new UserError(
    messages.duplicate(first.field, studentLabel(first.candidate), studentLabel(first.other)) + more,
    { hint: messages.duplicateHint(first.other.id) },
  );
}
