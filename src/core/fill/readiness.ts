/**
 * Whether a student may be typed into the official form now. Only a "ready" record whose photos
 * are still where they were checked, still images, and whose phone was typed twice: the form is
 * the one step that cannot be undone, so nothing unchecked reaches it.
 */
import { checkRecordPhotos, nodePhotoFiles, type PhotoFiles, type PhotoKey } from '../fields/photo.js';
import { missingToAsk } from '../fields/required.js';
import type { FieldKey, StudentRecord, StudentState } from '../record.js';

export type FillBlocker =
  /** Submitted or further along: the form was sent already. */
  | { kind: 'past'; state: StudentState }
  /** A draft: what the list calls "Còn thiếu" (empty when only the review and commitment are left). */
  | { kind: 'draft'; missing: FieldKey[] }
  /** A photo moved, deleted or changed since it was checked. */
  | { kind: 'photos'; problems: Array<{ field: PhotoKey; message: string }> }
  /** The phone came from a roster or a flag and was never typed a second time. */
  | { kind: 'phone-unconfirmed'; phone: string };

export function fillBlocker(record: StudentRecord, files: PhotoFiles = nodePhotoFiles): FillBlocker | undefined {
  if (record.state === 'draft') return { kind: 'draft', missing: missingToAsk(record.fields) };
  if (record.state !== 'ready') return { kind: 'past', state: record.state };
  // "Ready" but an answer missing (a hand-edited or merged file): nothing unchecked reaches the form.
  const missing = missingToAsk(record.fields);
  if (missing.length > 0) return { kind: 'draft', missing };
  const problems = checkRecordPhotos(record.fields, files);
  if (problems.length > 0) return { kind: 'photos', problems };
  const phone = record.fields.phone ?? '';
  if (record.phoneConfirmed !== phone) return { kind: 'phone-unconfirmed', phone };
  return undefined;
}
