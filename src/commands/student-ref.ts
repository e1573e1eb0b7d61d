/** A `<mã>` argument (id, BHXH code or name) turned into one saved student, or a clear refusal. */
import { findStudent } from '../core/lookup.js';
import { allNamesakes, nameWithTag, namesakeTags } from '../core/namesakes.js';
import { displayName, type StudentRecord } from '../core/record.js';
import { STATE_LABELS } from '../core/tracking/messages.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import { C } from './messages.js';

export function requireStudent(records: readonly StudentRecord[], query: string): StudentRecord {
  const found = findStudent(records, query);
  if (found.kind === 'found') return found.record;
  if (found.kind === 'none') throw new UserError(C.studentNotFound(query.trim()), { hint: C.studentNotFoundHint });
  const tags = namesakeTags(found.candidates);
  const lines = found.candidates.map((r) => `  ${r.id}  ${nameWithTag(displayName(r.fields), tags.get(r.id))} — ${STATE_LABELS[r.state]}`);
  // The same full name for all: typing it again cannot choose, only the id can.
  const hint =
    found.candidates.some((r) => r.id === query.trim().toLowerCase()) ? C.studentIdOrCodeHint(query.trim())
    : allNamesakes(found.candidates) ? C.studentNamesakesHint
    : C.studentAmbiguousHint;
  throw new UserError(C.studentAmbiguous(query.trim(), found.candidates.length), { hint: `${lines.join('\n')}\n${hint}` });
}

/**
 * requireStudent on the saved students: an id or BHXH code is looked up in the file alone when it
 * can be (store.peek), so one student's command does not read and check the whole school.
 */
export function requireSaved(store: Store, query: string): StudentRecord {
  // A number that could be a BHXH code is looked up in the whole list: it may also be another student's id.
  if (/^\d+$/.test(query.trim())) return requireStudent(store.list(), query);
  return store.peek(query) ?? requireStudent(store.list(), query);
}
