/**
 * Merging a class file into a store's records. A student is the same person when the BHXH code
 * matches, else the ID number; a record whose other number then contradicts (the same BHXH code
 * with another ID number, or the reverse) is for a person to decide, and so is one whose code
 * and number belong to two different students. Two versions of one student are united: every
 * event of both, once; the fields of the version that saw the latest event, the other's filling
 * what it lacks. Uniting is symmetric, so two files give the same students in either order.
 */
import { identityKeys, type IdentityField } from '../duplicates.js';
import { STUDENT_STATES, type FieldKey, type StudentRecord, type TrackingEvent } from '../record.js';
import { wrongPhones } from '../tracking/history.js';

export type MergeKind =
  /** New to this store. */
  | 'added'
  /** Already here, identical. */
  | 'same'
  /** Already here; the file brought something new (events, fields): the two versions were united. */
  | 'updated'
  /** Already here; the file brought nothing this store lacks (its differences are listed). */
  | 'kept'
  /** Cannot be merged without a person deciding: it matches two students, or clashes with one. */
  | 'refused';

export interface MergeEntry {
  kind: MergeKind;
  incoming: StudentRecord;
  /** The student of this store it was matched with (for 'refused': the one it clashes with). */
  existing?: StudentRecord;
  /** For a refusal between two students of this store: the second one. */
  alsoClashes?: StudentRecord;
  /** The id the student has in this store after the merge (none when refused). */
  id?: string;
  /** Fields whose values differ between the two versions. */
  fields: FieldKey[];
  /** The two versions' events differ. */
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

const eventKey = (event: TrackingEvent): string => `${event.at}\u0000${event.type}\u0000${event.value ?? ''}`;
const lastEventAt = (record: StudentRecord): string => record.events.reduce((last, e) => (e.at > last ? e.at : last), '');
/** Without the store's own id, keys sorted: two versions of one student compared for what they say. */
const content = ({ id: _id, updatedAt: _updated, ...rest }: StudentRecord): string =>
  JSON.stringify(rest, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value);

/**
 * Which of two versions leads: the one that saw the latest event, then the one further on the
 * path, then a fixed order of their contents, so that the choice never depends on which came first.
 */
function leads(a: StudentRecord, b: StudentRecord): boolean {
  const [lastA, lastB] = [lastEventAt(a), lastEventAt(b)];
  if (lastA !== lastB) return lastA > lastB;
  const [stepA, stepB] = [STUDENT_STATES.indexOf(a.state), STUDENT_STATES.indexOf(b.state)];
  if (stepA !== stepB) return stepA > stepB;
  return content(a) >= content(b);
}

/**
 * One student's two versions united, under `id`: every event of both once (in time order), the
 * leading version's state and fields, the other's filling what it lacks. A phone that either
 * history recorded as wrong never comes back through the other version.
 */
export function uniteVersions(a: StudentRecord, b: StudentRecord, id: string): StudentRecord {
  const [lead, other] = leads(a, b) ? [a, b] : [b, a];
  const united: StudentRecord = {
    ...other,
    ...lead,
    id,
    createdAt: a.createdAt < b.createdAt ? a.createdAt : b.createdAt,
    updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt,
    fields: { ...other.fields, ...lead.fields },
    events: unitedEvents(lead.events, other.events),
  };
  if (other.sources !== undefined || lead.sources !== undefined) united.sources = { ...other.sources, ...lead.sources };
  const wrong = wrongPhones(united);
  if (united.fields.phone !== undefined && wrong.includes(united.fields.phone)) {
    const fallback = [lead.fields.phone, other.fields.phone].find((phone) => phone !== undefined && !wrong.includes(phone));
    united.fields = { ...united.fields };
    if (fallback === undefined) delete united.fields.phone;
    else united.fields.phone = fallback;
  }
  return united;
}

/**
 * The leading history as it is, each event of the other it lacks put in by time (after the last
 * event not later than it): events recorded together keep their order, and each appears once.
 */
function unitedEvents(lead: readonly TrackingEvent[], other: readonly TrackingEvent[]): TrackingEvent[] {
  const events = [...lead];
  const known = new Set(lead.map(eventKey));
  for (const event of other) {
    if (known.has(eventKey(event))) continue;
    known.add(eventKey(event));
    const after = events.findLastIndex((e) => e.at <= event.at);
    events.splice(after + 1, 0, event);
  }
  return events;
}

function differingFields(a: StudentRecord, b: StudentRecord): FieldKey[] {
  const keys = new Set([...Object.keys(a.fields), ...Object.keys(b.fields)] as FieldKey[]);
  return [...keys].filter((key) => a.fields[key] !== b.fields[key]).sort();
}

const sameEvents = (a: StudentRecord, b: StudentRecord): boolean => {
  const keys = new Set(a.events.map(eventKey));
  return a.events.length === b.events.length && b.events.every((event) => keys.has(eventKey(event)));
};

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
    const ownerOf = (key: IdentityField) => (keys.has(key) ? owner.get(`${key}:${keys.get(key)}`) : undefined);
    const [byBhxh, byIdNumber] = [ownerOf('bhxhCode'), ownerOf('idNumber')];
    const match = current.get(byBhxh ?? byIdNumber ?? '');
    const refused = (clash: IdentityField, other: StudentRecord | undefined, also?: StudentRecord) =>
      entries.push({ kind: 'refused', incoming: record, ...(other ? { existing: other } : {}), ...(also ? { alsoClashes: also } : {}), fields: [], eventsDiffer: false, clash });
    // The code is one student's and the number another's: which one the file means is not for the tool to say.
    if (byBhxh !== undefined && byIdNumber !== undefined && byBhxh !== byIdNumber) {
      refused('idNumber', current.get(byBhxh), current.get(byIdNumber));
      continue;
    }
    if (match !== undefined) {
      const theirs = identity(match);
      const contradicts = (['bhxhCode', 'idNumber'] as const).find((key) => keys.has(key) && theirs.has(key) && keys.get(key) !== theirs.get(key));
      if (contradicts !== undefined) {
        refused(contradicts, match);
        continue;
      }
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
    const united = uniteVersions(match, record, match.id);
    const base = { incoming: record, existing: match, id: match.id, fields: differingFields(match, record), eventsDiffer: !sameEvents(match, record) };
    if (content(united) !== content(match)) {
      current.set(match.id, united);
      index(united);
      toSave.set(match.id, united);
      entries.push({ kind: 'updated', ...base });
    } else {
      entries.push({ kind: base.fields.length === 0 && !base.eventsDiffer && match.state === record.state ? 'same' : 'kept', ...base });
    }
  }
  return { entries, toSave: [...toSave.values()] };
}
