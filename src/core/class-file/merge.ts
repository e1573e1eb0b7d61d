/**
 * Merging a class file into a store's records. A student is the same person when the BHXH code
 * matches, else the ID number. Present on both sides, the longer event history wins (it has seen
 * more of the registration); any difference is reported, never silently dropped.
 */
import { identityKeys, type IdentityField } from '../duplicates.js';
import type { FieldKey, StudentRecord } from '../record.js';

export type MergeKind =
  /** New to this store. */
  | 'added'
  /** Already here, identical. */
  | 'same'
  /** Already here; the file's version had the longer history and replaced it. */
  | 'updated'
  /** Already here; this store's version had the longer (or as long) history and stays. */
  | 'kept'
  /** Cannot be merged without a person deciding: it matches two students, or clashes with one. */
  | 'refused';

export interface MergeEntry {
  kind: MergeKind;
  incoming: StudentRecord;
  /** The student of this store it was matched with (for 'refused': the one it clashes with). */
  existing?: StudentRecord;
  /** The id the student has in this store after the merge (none when refused). */
  id?: string;
  /** Fields whose values differ between the two versions. */
  fields: FieldKey[];
  /** The two versions' event counts differ or their events do. */
  eventsDiffer: boolean;
  /** For 'refused': which identity number clashes. */
  clash?: 'bhxhCode' | 'idNumber';
}

export interface MergePlan {
  entries: MergeEntry[];
  /** What to save, in one write: added records and updated ones (under this store's ids). */
  toSave: StudentRecord[];
}

const identity = (record: StudentRecord): Map<IdentityField, string> => identityKeys(record.fields);

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function differingFields(a: StudentRecord, b: StudentRecord): FieldKey[] {
  const keys = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)] as FieldKey[]);
  return [...keys].filter((key) => a.fields[key] !== b.fields[key]);
}

/**
 * `newId(taken)` gives a fresh id for an added student whose id this store already uses for
 * someone else. Pure otherwise: nothing is written.
 */
export function planMerge(
  existing: readonly StudentRecord[],
  incoming: readonly StudentRecord[],
  newId: (taken: (id: string) => boolean) => string,
): MergePlan {
  const current = new Map(existing.map((record) => [record.id, record]));
  const owner = new Map<string, string>();
  const index = (record: StudentRecord) => {
    for (const [field, value] of identity(record)) owner.set(`${field}:${value}`, record.id);
  };
  existing.forEach(index);
  const entries: MergeEntry[] = [];
  const toSave = new Map<string, StudentRecord>();

  for (const record of incoming) {
    const keys = identity(record);
    const byBhxh = keys.has('bhxhCode') ? owner.get(`bhxhCode:${keys.get('bhxhCode')}`) : undefined;
    const byIdNumber = keys.has('idNumber') ? owner.get(`idNumber:${keys.get('idNumber')}`) : undefined;
    const matchId = byBhxh ?? byIdNumber;
    const match = matchId === undefined ? undefined : current.get(matchId);
    // The ID number belongs to someone else than the BHXH code does, or the matched student has
    // another BHXH code: which of them the file means is for a person to decide.
    const otherId = byBhxh !== undefined && byIdNumber !== undefined && byIdNumber !== byBhxh ? byIdNumber : undefined;
    const bhxhMismatch = match !== undefined && byBhxh === undefined && keys.has('bhxhCode') && identity(match).has('bhxhCode');
    if (otherId !== undefined || bhxhMismatch) {
      const other = current.get(otherId ?? (matchId as string)) as StudentRecord;
      entries.push({ kind: 'refused', incoming: record, existing: other, fields: [], eventsDiffer: false, clash: otherId !== undefined ? 'idNumber' : 'bhxhCode' });
      continue;
    }
    if (match === undefined) {
      const id = current.has(record.id) ? newId((candidate) => current.has(candidate)) : record.id;
      const added = { ...record, id };
      current.set(id, added);
      index(added);
      toSave.set(id, added);
      entries.push({ kind: 'added', incoming: record, id, fields: [], eventsDiffer: false });
      continue;
    }
    const fields = differingFields(match, record);
    const eventsDiffer = !sameJson(match.events, record.events);
    const base = { incoming: record, existing: match, id: match.id, fields, eventsDiffer };
    if (record.events.length > match.events.length) {
      const updated: StudentRecord = { ...record, id: match.id, createdAt: match.createdAt < record.createdAt ? match.createdAt : record.createdAt };
      current.set(match.id, updated);
      index(updated);
      toSave.set(match.id, updated);
      entries.push({ kind: 'updated', ...base });
    } else if (fields.length === 0 && !eventsDiffer && match.state === record.state) {
      entries.push({ kind: 'same', ...base });
    } else {
      entries.push({ kind: 'kept', ...base });
    }
  }
  return { entries, toSave: [...toSave.values()] };
}
