/**
 * What a classmate's sending does to the store. Only that student may change their record: an
 * update must match both numbers already saved (the BHXH code and the ID number, two things only
 * they have). Fields the monitor typed are kept (a conflict, reported); a new phone or e-mail for a
 * saved student is held for the monitor (the password goes to that phone); a student past
 * "ready" is never changed from a phone.
 */
import type { FieldKey, FieldSources, StudentFields, StudentRecord } from '../record.js';
import { isLocked, type FieldChange } from '../roster/update.js';

export type CollectPlan =
  | { kind: 'new'; fields: StudentFields }
  | { kind: 'update'; id: string; changes: FieldChange[]; conflicts: FieldChange[]; held: FieldChange[] }
  | { kind: 'refused'; reason: 'mismatch' | 'locked'; id: string };

/** Held for the monitor: the number the password goes to, and where the OTP goes. */
export const HELD_FIELDS: ReadonlySet<FieldKey> = new Set(['phone', 'email']);

/** Set from a phone, or by an import: what a later sending may replace. */
const replaceable = (sources: FieldSources | undefined, field: FieldKey): boolean =>
  sources?.[field] === 'collect' || sources?.[field] === 'import';

export function planCollect(records: readonly StudentRecord[], values: StudentFields): CollectPlan {
  const byCode = records.find((r) => r.fields.bhxhCode !== undefined && r.fields.bhxhCode === values.bhxhCode);
  const byId = records.find((r) => r.fields.idNumber !== undefined && r.fields.idNumber === values.idNumber);
  if (byCode === undefined && byId === undefined) return { kind: 'new', fields: values };
  const record = byCode ?? byId;
  if (record === undefined || byCode !== byId) return { kind: 'refused', reason: 'mismatch', id: (byCode ?? byId)?.id ?? '' };
  if (isLocked(record)) return { kind: 'refused', reason: 'locked', id: record.id };
  const changes: FieldChange[] = [];
  const conflicts: FieldChange[] = [];
  const held: FieldChange[] = [];
  for (const [field, value] of Object.entries(values) as [FieldKey, StudentFields[FieldKey]][]) {
    if (typeof value !== 'string') continue;
    const current = record.fields[field];
    if (current === value) continue;
    const change: FieldChange = typeof current === 'string' ? { field, from: current, to: value } : { field, to: value };
    if (current === undefined) changes.push(change);
    else if (HELD_FIELDS.has(field)) held.push(change);
    else if (replaceable(record.sources, field)) changes.push(change);
    else conflicts.push(change);
  }
  return { kind: 'update', id: record.id, changes, conflicts, held };
}

/** A new record's sources: every field it was given came from `collect`. */
export const collectSources = (fields: StudentFields): FieldSources =>
  Object.fromEntries(Object.keys(fields).map((key) => [key, 'collect' as const]));

/** Whether any of the record's fields was set from a classmate's phone. */
export const fromCollect = (record: Pick<StudentRecord, 'sources'>): boolean =>
  Object.values(record.sources ?? {}).includes('collect');

/**
 * The record with `changes` applied (each marked as from `collect`); a reviewed (`ready`) record
 * that changes goes back to `draft`, to be reviewed again. The phone, when it changes, was typed
 * twice on the page.
 */
export function applyCollect(record: StudentRecord, changes: readonly FieldChange[], now: Date): StudentRecord {
  if (changes.length === 0) return record;
  const fields: StudentFields = { ...record.fields };
  const sources: FieldSources = { ...record.sources };
  for (const { field, to } of changes) {
    (fields as Record<string, unknown>)[field] = to;
    sources[field] = 'collect';
  }
  const next: StudentRecord = { ...record, fields, sources };
  if (changes.some((c) => c.field === 'phone')) next.phoneConfirmed = fields.phone;
  if (record.state !== 'ready') return next;
  return { ...next, state: 'draft', events: [...record.events, { type: 'reopened', at: now.toISOString() }] };
}
