/**
 * The local store: records and the class profile in one JSON file, behind a small interface.
 * Reads happen once at open; every change is written through (atomically, by conf) in one write.
 */
import type { ClassProfile, StudentFields, StudentRecord } from '../core/record.js';
import { UserError } from '../errors.js';
import { CONFLICT_SEVERITY, conflictKeys, type ConflictField } from './conflicts.js';
import { openStoreFile, type StoreFile } from './file.js';
import { newId } from './ids.js';
import { messages, studentLabel } from './messages.js';
import { patchProfile, resolveProfile } from './profile.js';
import { isRecord, type StoreData } from './schema.js';

export interface OpenStoreOptions {
  /** The folder; defaults to VSSID_HELPER_HOME, then conf's per-user config folder. */
  home?: string;
}

export interface Store {
  /** The data file, for `config` and the README to show. */
  readonly path: string;
  /** What happened while opening (a broken file moved aside), for the command to print. */
  readonly notices: readonly string[];
  /** Copies, in creation order. */
  list(): StudentRecord[];
  /** By short id (any case) or by 10-digit BHXH code. */
  get(idOrBhxh: string): StudentRecord | undefined;
  require(idOrBhxh: string): StudentRecord;
  /** A new draft with a fresh id; not written until save or saveMany. */
  create(fields: StudentFields, now?: Date): StudentRecord;
  save(record: StudentRecord, now?: Date): StudentRecord;
  /** All or nothing, in one write. */
  saveMany(records: readonly StudentRecord[], now?: Date): void;
  remove(idOrBhxh: string): boolean;
  removeWhere(predicate: (record: StudentRecord) => boolean): number;
  getProfile(): ClassProfile;
  setProfile(patch: Partial<ClassProfile>): ClassProfile;
  resetProfile(): ClassProfile;
}

export function openStore(options: OpenStoreOptions = {}): Store {
  return new LocalStore(openStoreFile(options.home ?? (process.env.VSSID_HELPER_HOME || undefined)));
}

const cloneRecord = (record: StudentRecord): StudentRecord => ({
  ...record,
  fields: { ...record.fields },
  events: record.events.map((event) => ({ ...event })),
});

class LocalStore implements Store {
  readonly #file: StoreFile;
  #data: StoreData;
  #byId: Map<string, StudentRecord> | undefined;
  #byBhxh: Map<string, StudentRecord> | undefined;
  /** Ids handed out by create() but not saved yet, so two drafts never share one. */
  readonly #reserved = new Set<string>();

  constructor(file: StoreFile) {
    this.#file = file;
    this.#data = file.initial;
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

  require(idOrBhxh: string): StudentRecord {
    const found = this.get(idOrBhxh);
    if (!found) throw new UserError(messages.notFound(idOrBhxh.trim()), { hint: messages.notFoundHint });
    return found;
  }

  create(fields: StudentFields, now: Date = new Date()): StudentRecord {
    const id = newId((candidate) => this.#ids().has(candidate) || this.#reserved.has(candidate));
    this.#reserved.add(id);
    const at = now.toISOString();
    return { id, createdAt: at, updatedAt: at, state: 'draft', fields: { ...fields }, events: [] };
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
    const existing = this.#ids();
    const next = this.#data.records.map((record) => incoming.get(record.id) ?? record);
    const appendedFrom = next.length;
    for (const record of incoming.values()) if (!existing.has(record.id)) next.push(record);
    keepCreationOrder(next, appendedFrom);
    assertNoDuplicates(next, incoming);
    this.#commit({ ...this.#data, records: next });
    for (const id of incoming.keys()) this.#reserved.delete(id);
  }

  remove(idOrBhxh: string): boolean {
    const found = this.#find(idOrBhxh);
    if (!found) return false;
    this.#commit({ ...this.#data, records: this.#data.records.filter((record) => record !== found) });
    return true;
  }

  removeWhere(predicate: (record: StudentRecord) => boolean): number {
    const kept = this.#data.records.filter((record) => !predicate(cloneRecord(record)));
    const removed = this.#data.records.length - kept.length;
    if (removed > 0) this.#commit({ ...this.#data, records: kept });
    return removed;
  }

  getProfile(): ClassProfile {
    return resolveProfile(this.#data.profile);
  }

  setProfile(patch: Partial<ClassProfile>): ClassProfile {
    this.#commit({ ...this.#data, profile: patchProfile(this.#data.profile, patch) });
    return this.getProfile();
  }

  resetProfile(): ClassProfile {
    this.#commit({ ...this.#data, profile: {} });
    return this.getProfile();
  }

  #find(idOrBhxh: string): StudentRecord | undefined {
    const key = idOrBhxh.trim();
    if (/^\d{10}$/.test(key)) {
      this.#byBhxh ??= new Map(
        this.#data.records.flatMap((r) => (r.fields.bhxhCode ? [[r.fields.bhxhCode.trim(), r] as const] : [])),
      );
      return this.#byBhxh.get(key);
    }
    return this.#ids().get(key.toLowerCase());
  }

  #ids(): Map<string, StudentRecord> {
    this.#byId ??= new Map(this.#data.records.map((record) => [record.id, record]));
    return this.#byId;
  }

  /** Write first, so a failed write leaves memory matching the disk. */
  #commit(next: StoreData): void {
    this.#file.write(next);
    this.#data = next;
    this.#byId = undefined;
    this.#byBhxh = undefined;
  }
}

/** Drafts are usually saved in the order they were created; sort only when they were not. */
function keepCreationOrder(records: StudentRecord[], appendedFrom: number): void {
  const outOfOrder = records.some(
    (record, i) => i >= appendedFrom && i > 0 && (records[i - 1] as StudentRecord).createdAt > record.createdAt,
  );
  if (outOfOrder) records.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}

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
