/** Which students `fill` and `fill --cards` take, and why one is refused, in words. */
import { fillBlocker, type FillBlocker } from '../../core/fill/readiness.js';
import { SHORT_LABELS } from '../../core/fields/short-labels.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import { STATE_LABELS } from '../../core/tracking/messages.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { fillMessages as F } from './messages.js';

export function describeBlocker(record: StudentRecord, blocker: FillBlocker): { message: string; hint: string } {
  const name = displayName(record.fields);
  const { id } = record;
  switch (blocker.kind) {
    case 'draft':
      return {
        message: blocker.missing.length > 0
          ? F.blockedDraftMissing(name, id, blocker.missing.map((key) => SHORT_LABELS[key]))
          : F.blockedDraftReview(name, id),
        hint: F.blockedDraftHint(id),
      };
    case 'past':
      return { message: F.blockedPast(name, id, STATE_LABELS[blocker.state]), hint: F.blockedPastHint(id) };
    case 'photos':
      return { message: F.blockedPhotos(name, id, blocker.problems.map((p) => p.message)), hint: F.blockedPhotosHint(id) };
    case 'phone-unconfirmed':
      return { message: F.blockedPhone(name, id), hint: F.blockedPhoneHint(id) };
  }
}

export interface Chosen {
  /** In the order to fill: the named ones first, as named, then (with `rest`) every other ready one. */
  students: StudentRecord[];
  /** Ready students left out, each with its reason, to be said before starting. */
  skipped: Array<{ record: StudentRecord; message: string; hint: string }>;
}

/**
 * The students named on the command line (each must pass, else the command is refused with the
 * reason), or every ready one when none is named (those that do not pass are skipped with the
 * reason). `allowUnconfirmedPhone`: the walk asks for the phone again itself, the cards cannot.
 */
export function chooseStudents(
  store: Pick<Store, 'list'>, named: readonly StudentRecord[], options: { allowUnconfirmedPhone: boolean },
): Chosen {
  const passes = (blocker: FillBlocker | undefined) =>
    blocker === undefined || (options.allowUnconfirmedPhone && blocker.kind === 'phone-unconfirmed');
  if (named.length > 0) {
    for (const record of named) {
      const blocker = fillBlocker(record);
      if (passes(blocker)) continue;
      const { message, hint } = describeBlocker(record, blocker as FillBlocker);
      throw new UserError(message, { hint });
    }
    return { students: named.filter((record, i) => named.findIndex((r) => r.id === record.id) === i), skipped: [] };
  }
  const students: StudentRecord[] = [];
  const skipped: Chosen['skipped'] = [];
  for (const record of store.list()) {
    if (record.state !== 'ready') continue;
    const blocker = fillBlocker(record);
    if (passes(blocker)) students.push(record);
    else skipped.push({ record, ...describeBlocker(record, blocker as FillBlocker) });
  }
  if (students.length === 0 && skipped.length === 0) throw new UserError(F.noReady, { hint: F.noReadyHint });
  return { students, skipped };
}
