/** The file's shape, its version and the migrations that bring older files up to date. */
import { STUDENT_STATES, type StudentRecord } from '../core/record.js';
import { DEFAULT_PROFILE, type StoredProfile } from './profile.js';

export type StoreData = {
  schemaVersion: number;
  records: StudentRecord[];
  profile: StoredProfile;
};

type RawData = Record<string, unknown>;
export type Migration = (data: RawData) => RawData;

const isObject = (value: unknown): value is RawData =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** MIGRATIONS[n] turns a schema-n file into schema n + 1; append, never edit a shipped one. */
export const MIGRATIONS: readonly Migration[] = [
  // v0 → v1: files from before versioning had no tracking events.
  (data) => ({
    ...data,
    records: (Array.isArray(data.records) ? data.records : []).map((record: unknown) =>
      isObject(record) && !Array.isArray(record.events) ? { ...record, events: [] } : record,
    ),
    profile: data.profile ?? {},
  }),
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export class InvalidShapeError extends Error {}
export class NewerSchemaError extends Error {
  constructor(readonly version: number) {
    super(`Schema version ${version} is newer than ${SCHEMA_VERSION}`);
  }
}

/** Returns the current-schema data, and whether it differs from what was read. */
export function upgrade(raw: unknown, migrations: readonly Migration[] = MIGRATIONS): { data: StoreData; migrated: boolean } {
  if (!isObject(raw)) throw new InvalidShapeError('Top level is not an object');
  const version = raw.schemaVersion ?? 0;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new InvalidShapeError(`Bad schemaVersion ${String(version)}`);
  }
  if (version > migrations.length) throw new NewerSchemaError(version);
  let data = raw;
  for (const migration of migrations.slice(version)) {
    try {
      data = migration(data);
    } catch (error) {
      throw new InvalidShapeError(`Migration failed: ${String(error)}`);
    }
  }
  return { data: checkShape({ ...data, schemaVersion: migrations.length }), migrated: version < migrations.length };
}

function checkShape(data: RawData): StoreData {
  const { records, profile } = data;
  if (!Array.isArray(records) || !records.every(isRecord)) throw new InvalidShapeError('Bad records');
  if (new Set(records.map((record) => record.id)).size !== records.length) throw new InvalidShapeError('Duplicate ids');
  if (!isObject(profile)) throw new InvalidShapeError('Bad profile');
  const stored: RawData = {};
  for (const [key, fallback] of Object.entries(DEFAULT_PROFILE)) {
    const value = profile[key];
    if (value === undefined) continue;
    const ok = Array.isArray(fallback)
      ? Array.isArray(value) && value.every((day) => typeof day === 'string')
      : typeof value === typeof fallback;
    if (!ok) throw new InvalidShapeError(`Bad profile.${key}`);
    stored[key] = value;
  }
  return { schemaVersion: data.schemaVersion as number, records, profile: stored as StoredProfile };
}

const STATES: ReadonlySet<unknown> = new Set(STUDENT_STATES);

export function isRecord(value: unknown): value is StudentRecord {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    value.id !== '' &&
    typeof value.createdAt === 'string' &&
    typeof value.updatedAt === 'string' &&
    STATES.has(value.state) &&
    isObject(value.fields) &&
    Object.values(value.fields).every((field) => typeof field === 'string' || typeof field === 'boolean') &&
    Array.isArray(value.events) &&
    value.events.every(
      (event: unknown) =>
        isObject(event) &&
        typeof event.type === 'string' &&
        typeof event.at === 'string' &&
        (event.value === undefined || typeof event.value === 'string'),
    )
  );
}
