/** A `<mã>` argument (id, BHXH code or name) turned into one saved student, or a clear refusal. */
import { findStudent } from '../core/lookup.js';
import { allNamesakes, nameWithTag, namesakeTags } from '../core/namesakes.js';
import { displayName, type StudentRecord } from '../core/record.js';
import { STATE_LABELS } from '../core/tracking/messages.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import { flowMessages as F } from './messages.js';

export function requireStudent(records: readonly StudentRecord[], query: string): StudentRecord {
  const found = findStudent(records, query);
  if (found.kind === 'found') return found.record;
  if (found.kind === 'none') throw new UserError(F.studentNotFound(query.trim()), { hint: F.studentNotFoundHint });
  const tags = namesakeTags(found.candidates);
  const lines = found.candidates.map((r) => `  ${r.id}  ${nameWithTag(displayName(r.fields), tags.get(r.id))} — ${STATE_LABELS[r.state]}`);
  // The same full name for all: typing it again cannot choose, only the id can.
  const hint =
    found.candidates.some((r) => r.id === query.trim().toLowerCase()) ? F.studentIdOrCodeHint(query.trim())
    : allNamesakes(found.candidates) ? F.studentNamesakesHint
    : F.studentAmbiguousHint;
  throw new UserError(F.studentAmbiguous(query.trim(), found.candidates.length), { hint: `${lines.join('\n')}\n${hint}` });
}

/** requireStudent on the saved students. */
export function requireSaved(store: Store, query: string): StudentRecord {
  // Looked up in the students as read; only the one found is copied.
  const found = requireStudent(store.view() as readonly StudentRecord[], query);
  return store.get(found.id) ?? found;
}
