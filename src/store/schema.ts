/** The file's shape, its version and the migrations that bring older files up to date. */
import type { StudentRecord } from '../core/record.js';
import { recordProblem, type RecordProblem } from '../core/record-check.js';
import { nestingDepth } from '../core/nesting.js';
import { checkProfile, type StoredProfile } from '../core/profile.js';

export type StoreData = {
  schemaVersion: number;
  records: StudentRecord[];
  profile: StoredProfile;
  /** Top-level keys this version does not know (a newer tool's, a hand edit): kept as they are. */
  [other: string]: unknown;
};

type RawData = Record<string, unknown>;
export type Migration = (data: RawData) => RawData;

const isObject = (value: unknown): value is RawData =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** MIGRATIONS[n] turns a schema-n file into schema n + 1; append, never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  // v0 → v1: files from before versioning had no tracking events. A v0 file is known by its
  // records list (or, never written to, by having no records at all); anything else is not ours.
  (data) => ({
    ...data,
    records: (data.records === undefined ? [] : assertList(data.records)).map((record: unknown) =>
      isObject(record) && !Array.isArray(record.events) ? { ...record, events: [] } : record,
    ),
    profile: data.profile ?? {},
  }),
  // v1 → v2: each record says who set each field (import or wizard). Older records cannot say,
  // so they get an empty map: their fields count as typed, and a re-import reports, not overwrites.
  // And records carry their class, so several classes can be merged into one store.
  (data) => {
    if (!Array.isArray(data.records)) return data;
    const profile = isObject(data.profile) ? data.profile : {};
    const className = typeof profile.className === 'string' ? profile.className.trim() : '';
    return {
      ...data,
      records: data.records.map((record: unknown) => {
        if (!isObject(record)) return record;
        const sources = isObject(record.sources) ? {} : { sources: {} };
        const classed = className !== '' && record.className === undefined ? { className } : {};
        return { ...record, ...sources, ...classed };
      }),
    };
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

function assertList(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new InvalidShapeError('records is not a list');
  return value;
}

/** The keys a file of each known shape may have at its top level besides unknown ones it keeps. */
const V0_KEYS: ReadonlySet<string> = new Set(['records', 'profile']);

export class InvalidShapeError extends Error {}
export class NewerSchemaError extends Error {
  constructor(readonly version: number) {
    super(`Schema version ${version} is newer than ${SCHEMA_VERSION}`);
  }
}

/** Parts of a file that do not fit the schema, set aside so the rest can be used. */
export interface Rejected {
  /** The file's own schema version: the records below are as they were, before any migration. */
  schemaVersion: number;
  records: Array<{ value: unknown; problem: RecordProblem }>;
  /** Profile settings of the wrong type (or the whole profile when it is not an object). */
  profile?: unknown;
}

/**
 * Returns the current-schema data, whether it differs from what was read, and what had to be
 * left out. Only a wrong top level (not an object, a bad version, records that are not a list)
 * throws InvalidShapeError: one broken record must not hide the whole class.
 */
export function upgrade(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
): { data: StoreData; migrated: boolean; rejected?: Rejected } {
  if (!isObject(raw)) throw new InvalidShapeError('Top level is not an object');
  const version = raw.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new InvalidShapeError(`Bad schemaVersion ${String(version)}`);
  }
  if (version > migrations.length) throw new NewerSchemaError(version);
  // A file of no known shape (no version, no records list, only keys of its own) is not an old
  // store to migrate to an empty one: moved aside instead, so nothing in it is lost.
  if (raw.schemaVersion === undefined && Object.keys(raw).some((key) => !V0_KEYS.has(key)) && !Array.isArray(raw.records)) {
    throw new InvalidShapeError('No version and no records list');
  }
  if (raw.records !== undefined && !Array.isArray(raw.records)) throw new InvalidShapeError('Bad records');
  if (raw.profile !== undefined && raw.schemaVersion === undefined && !isObject(raw.profile)) {
    throw new InvalidShapeError('Bad profile in an unversioned file');
  }
  let data = raw;
  for (const migration of migrations.slice(version)) {
    try {
      data = migration(data);
    } catch (error) {
      if (error instanceof InvalidShapeError) throw error;
      throw new InvalidShapeError(`Migration failed: ${String(error)}`);
    }
  }
  const original = Array.isArray(raw.records) ? raw.records : undefined;
  const { data: checked, rejected } = checkShape({ ...data, schemaVersion: migrations.length }, original);
  if (rejected === undefined) return { data: checked, migrated: version < migrations.length };
  return { data: checked, migrated: true, rejected: { schemaVersion: version, ...rejected } };
}

function checkShape(
  data: RawData,
  original: readonly unknown[] | undefined,
): { data: StoreData; rejected?: Omit<Rejected, 'schemaVersion'> } {
  const { records, profile } = data;
  if (!Array.isArray(records)) throw new InvalidShapeError('Bad records');
  // Migrations map records one to one, so the file's own version of a record is at its index.
  const asRead = (i: number): unknown => (original?.length === records.length ? original[i] : records[i]);
  const kept: StudentRecord[] = [];
  const badRecords: Rejected['records'] = [];
  const ids = new Set<string>();
  records.forEach((record: unknown, i) => {
    let problem: RecordProblem | undefined = recordProblem(record);
    if (problem === undefined && ids.has((record as StudentRecord).id)) problem = 'duplicate-id';
    if (problem !== undefined) badRecords.push({ value: asRead(i), problem });
    else {
      kept.push(record as StudentRecord);
      ids.add((record as StudentRecord).id);
    }
  });
  const { stored, bad } = checkProfile(profile);
  const { schemaVersion, records: _records, profile: _profile, ...unknownKeys } = data;
  if (nestingDepth(unknownKeys, MAX_DEPTH) > MAX_DEPTH) throw new InvalidShapeError('Nested too deep');
  const checked: StoreData = { ...unknownKeys, schemaVersion: schemaVersion as number, records: kept, profile: stored };
  if (badRecords.length === 0 && bad === undefined) return { data: checked };
  return { data: checked, rejected: { records: badRecords, ...(bad === undefined ? {} : { profile: bad }) } };
}

/**
 * The data file's text as the store sees it: a byte-order mark left by an editor is accepted.
 * Throws InvalidShapeError for text that is not JSON, as upgrade() does for a wrong shape.
 */
export function parseStoreText(text: string): ReturnType<typeof upgrade> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new InvalidShapeError('Not JSON');
  }
  return upgrade(raw);
}

/**
 * Deeper than any store: records are checked to be flat (fields of text, events of text), so only
 * keys this version does not know could nest; past this, writing them back would overflow the stack.
 */
export const MAX_DEPTH = 64;

