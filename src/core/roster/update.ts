import type { FieldKey, StudentFields, StudentRecord } from '../record.js';
import { STUDENT_STATES } from '../record.js';
import { wrongPhones } from '../tracking/history.js';

export interface FieldChange {
  field: FieldKey;
  from?: string;
  to: string;
}

export interface UpdatePlan {
  /** Applied: the field was empty or last set by an import (or `--overwrite`). */
  changes: FieldChange[];
  /** Not applied: typed in the wizard and different (kept unless `--overwrite`). */
  conflicts: FieldChange[];
  /** Past `ready` (already typed into the app): nothing applied, every difference listed. */
  locked: boolean;
  /** Never applied, even with `overwrite`: a phone troubleshooting recorded as wrong (wrongPhones). */
  refused: FieldChange[];
}

const READY = STUDENT_STATES.indexOf('ready');

/** Past `ready`, the data is in the app already: an import must not change it behind the monitor's back. */
export const isLocked = (record: Pick<StudentRecord, 'state'>): boolean => STUDENT_STATES.indexOf(record.state) > READY;

/**
 * What a re-imported row changes in the saved record it matched. A field empty in the record or
 * last set by an import takes the row's value; a field typed in the wizard (or of unknown source,
 * from before sources were kept) that differs is a conflict, applied only with `overwrite`. A
 * phone recorded as wrong (troubleshooting rows 2, 3) is refused whatever the flags.
 */
export function planUpdate(record: StudentRecord, values: Partial<StudentFields>, overwrite: boolean): UpdatePlan {
  const changes: FieldChange[] = [];
  const conflicts: FieldChange[] = [];
  const refused: FieldChange[] = [];
  const locked = isLocked(record);
  const wrong = wrongPhones(record);
  for (const [field, value] of Object.entries(values) as [FieldKey, StudentFields[FieldKey]][]) {
    if (typeof value !== 'string') continue;
    const current = record.fields[field];
    if (current === value) continue;
    const change: FieldChange = typeof current === 'string' ? { field, from: current, to: value } : { field, to: value };
    if (field === 'phone' && wrong.includes(value)) {
      refused.push(change);
      continue;
    }
    const fromImport = current === undefined || record.sources?.[field] === 'import';
    if (locked || (!fromImport && !overwrite)) conflicts.push(change);
    else changes.push(change);
  }
  return { changes, conflicts, locked, refused };
}

/**
 * The record with the plan's changes, each marked as set by an import. A reviewed (`ready`)
 * record that changes goes back to `draft` with a `reopened` event, to be reviewed again.
 */
export function applyUpdate(record: StudentRecord, plan: UpdatePlan, now: Date): StudentRecord {
  if (plan.changes.length === 0) return record;
  const fields: StudentFields = { ...record.fields };
  const sources = { ...record.sources };
  for (const { field, to } of plan.changes) {
    (fields as Record<string, unknown>)[field] = to;
    sources[field] = 'import';
  }
  const next: StudentRecord = { ...record, fields, sources };
  if (record.state !== 'ready') return next;
  return { ...next, state: 'draft', events: [...record.events, { type: 'reopened', at: now.toISOString() }] };
}
