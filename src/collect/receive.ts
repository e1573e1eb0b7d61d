/**
 * One classmate's sending, opened: checked by the CLI's rules, planned by the merge rule, its
 * photos written and checked as the CLI checks a photo file, then saved. Synchronous from the
 * check to the save, so two sendings never interleave inside one process.
 */
import { FIELD_LABELS } from '../core/fields/messages.js';
import { checkPhotoFile, isReadyRecord, sniffImage, type PhotoFiles } from '../core/fields/index.js';
import type { WardList } from '../core/address/ward-list.js';
import { applyCollect, collectSources, planCollect } from '../core/collect/merge.js';
import { collectMessages as M } from '../core/collect/messages.js';
import { checkSubmission, readSubmission, type Problem } from '../core/collect/submission.js';
import type { FieldKey, StudentFields, StudentRecord } from '../core/record.js';
import { missingRequiredFields } from '../core/fields/required.js';
import type { FieldChange } from '../core/roster/update.js';
import { applyEvent } from '../core/tracking/transitions.js';
import { UserError } from '../errors.js';
import { removeStoredPhotoFiles, writeStoredPhoto } from '../store/photos.js';
import type { Store } from '../store/store.js';

export type Received =
  | { status: 'bad-request' }
  | { status: 'invalid'; errors: Problem[] }
  /** `detail`: the store's reason, for the monitor's terminal only. */
  | { status: 'refused'; reason: 'mismatch' | 'locked' | 'notSaved'; message: string; detail?: string }
  | {
      status: 'saved';
      record: StudentRecord;
      updated: boolean;
      conflicts: FieldChange[];
      held: FieldChange[];
      warnings: Problem[];
      missing: FieldKey[];
    };

export interface ReceiveContext {
  store: Store;
  now: Date;
  wards?: WardList;
  maxPhotoBytes: number;
}

const SIDES = [['frontPhoto', 'front'], ['backPhoto', 'back']] as const;

export function receive(ctx: ReceiveContext, json: Record<string, unknown>, photos: readonly Uint8Array[]): Received {
  const submission = readSubmission(json);
  if (submission === undefined || photos.length !== 2) return { status: 'bad-request' };
  const check = checkSubmission(submission, { now: ctx.now, wards: ctx.wards });
  check.errors.push(...photoProblems(photos, ctx.maxPhotoBytes));
  if (check.errors.length > 0) return { status: 'invalid', errors: check.errors };
  const first = planCollect(ctx.store.list(), check.values);
  if (first.kind === 'refused') return { status: 'refused', reason: first.reason, message: M[first.reason] };

  const values: StudentFields = { ...check.values };
  // Checked in memory as the CLI checks a photo file (size, shape), before anything is written.
  for (const [index, [key]] of SIDES.entries()) {
    const photo = checkPhotoFile(FIELD_LABELS[key], inMemory(photos[index] as Uint8Array));
    if (!photo.ok) return { status: 'invalid', errors: [{ field: key, message: photo.message }] };
    check.warnings.push(...photo.warnings.map((message) => ({ field: key, message })));
  }
  const written: string[] = [];
  try {
    for (const [index, [key, side]] of SIDES.entries()) {
      const bytes = photos[index] as Uint8Array;
      const file = writeStoredPhoto(ctx.store.path, side, sniffImage(bytes) === 'png' ? 'png' : 'jpg', bytes);
      written.push(file);
      values[key] = file;
    }
    const saved = first.kind === 'new' ? saveNew(ctx, values) : saveUpdate(ctx, first.id, values);
    // Photos the record did not take (kept as the monitor set them), and the ones it replaced.
    removeStoredPhotoFiles(ctx.store.path, [...written.filter((f) => !Object.values(saved.record.fields).includes(f)), ...saved.replaced]);
    const ready = saved.record.state === 'ready';
    return {
      status: 'saved', record: saved.record, updated: first.kind === 'update', conflicts: saved.conflicts, held: saved.held,
      warnings: check.warnings, missing: ready ? [] : missingRequiredFields(saved.record.fields),
    };
  } catch (error) {
    removeStoredPhotoFiles(ctx.store.path, written);
    if (error instanceof UserError) return { status: 'refused', reason: 'notSaved', message: M.notSaved, detail: error.message };
    throw error;
  }
}

/** One photo's bytes as the CLI's file check reads a file. */
const inMemory = (bytes: Uint8Array): PhotoFiles => ({
  stat: () => ({ isFile: true, size: bytes.length }),
  readHead: (_path, length) => bytes.subarray(0, length),
  readAt: (_path, position, length) => bytes.subarray(position, position + length),
  realPath: (path) => path,
});

/** Both sides present, an image by their bytes, not too big, and not one photo twice. */
function photoProblems(photos: readonly Uint8Array[], maxBytes: number): Problem[] {
  const problems: Problem[] = [];
  for (const [index, [key]] of SIDES.entries()) {
    const bytes = photos[index] as Uint8Array;
    const label = FIELD_LABELS[key];
    const kind = sniffImage(bytes);
    if (bytes.length === 0) problems.push({ field: key, message: M.photoMissing(label) });
    else if (bytes.length > maxBytes) problems.push({ field: key, message: M.photoTooBig(label, Math.floor(maxBytes / 1024 / 1024)) });
    else if (kind !== 'jpeg' && kind !== 'png') problems.push({ field: key, message: M.photoNotJpeg(label) });
  }
  const [front, back] = photos as [Uint8Array, Uint8Array];
  if (problems.length === 0 && front.length === back.length && front.every((b, i) => b === back[i])) {
    problems.push({ field: 'backPhoto', message: M.samePhoto });
  }
  return problems;
}

/** With the class's agency (once the monitor chose it) and way of submitting; ready when nothing is missing. */
function completed(ctx: ReceiveContext, record: StudentRecord): StudentRecord {
  const profile = ctx.store.getProfile();
  const fields = { ...record.fields };
  if (fields.receivingAgency === undefined && profile.receivingAgency) fields.receivingAgency = profile.receivingAgency;
  if (fields.submissionMethod === undefined && profile.submissionMethod) fields.submissionMethod = profile.submissionMethod;
  const next = { ...record, fields };
  if (next.state !== 'draft' || next.fields.commitment !== true || next.phoneConfirmed !== next.fields.phone || !isReadyRecord(fields)) return next;
  return applyEvent(next, { type: 'ready', at: ctx.now.toISOString() }, ctx.now, isReadyRecord);
}

interface Saved {
  record: StudentRecord;
  conflicts: FieldChange[];
  held: FieldChange[];
  replaced: string[];
}

function saveNew(ctx: ReceiveContext, values: StudentFields): Saved {
  const draft = ctx.store.create(values, ctx.now);
  const record = completed(ctx, { ...draft, sources: collectSources(values), phoneConfirmed: values.phone });
  return { record: ctx.store.save(record, ctx.now), conflicts: [], held: [], replaced: [] };
}

/** Planned again on the record as the file has it now: another terminal may have changed it. */
function saveUpdate(ctx: ReceiveContext, id: string, values: StudentFields): Saved {
  let outcome: Omit<Saved, 'record'> = { conflicts: [], held: [], replaced: [] };
  const record = ctx.store.update(id, (current) => {
    const plan = planCollect([current], values);
    if (plan.kind !== 'update') throw new UserError(M[plan.kind === 'refused' ? plan.reason : 'mismatch']);
    const replaced = plan.changes.flatMap((c) => (c.field === 'frontPhoto' || c.field === 'backPhoto') && c.from ? [c.from] : []);
    outcome = { conflicts: plan.conflicts, held: plan.held, replaced };
    return completed(ctx, applyCollect(current, plan.changes, ctx.now));
  }, ctx.now);
  return { record, ...outcome };
}
