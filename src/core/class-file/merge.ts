/**
 * Merging a class file into a store's records. A student is the same person when the BHXH code
 * matches, else the ID number (people.ts sorts the store's versions and the file's into people,
 * and sets aside those that contradict, the same way whichever side they come from). Two versions
 * of one student are united: every event of both, once; the fields of the version that saw the
 * latest event, the other's filling what it lacks. So two class files give the same students and
 * the same conflicts in either order, and nothing either side had is lost: a stored version set
 * aside leaves the store only to be written to a file for the monitor (the command does that).
 */
import type { FieldKey, StudentRecord, TrackingEvent } from '../record.js';
import { wrongPhones } from '../tracking/history.js';
import { content, eventKey, leads, sameEventKeys, sortIntoPeople, type Version } from './people.js';

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
  /** The student of this store it was matched with (for 'refused': the one it clashes with, as it is after the merge). */
  existing?: StudentRecord;
  /** For a refusal between two students: the second one. */
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

/** A student of this store that the file contradicts and that gives way: out of the store, into a file. */
export interface SetAsideEntry {
  record: StudentRecord;
  /** The student (as after the merge) it clashes with, and a second one when its numbers are two people's. */
  existing?: StudentRecord;
  alsoClashes?: StudentRecord;
  clash: 'bhxhCode' | 'idNumber';
}

export interface MergePlan {
  entries: MergeEntry[];
  /** What to save, in one write: added records and updated ones (under this store's ids). */
  toSave: StudentRecord[];
  /** Ids of this store to take out in the same write: those set aside, and a second record of one person united into the first. */
  toRemove: string[];
  /** This store's students set aside (they are in toRemove): the monitor must keep them. */
  setAside: SetAsideEntry[];
  /** This store's students found to be one person with another of its students, and united into it. */
  unitedInStore: Array<{ record: StudentRecord; into: string }>;
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

/** A person's versions united under `id`, leader first, so the result is the same whatever order they came in. */
function uniteAll(versions: readonly Version[], id: string): StudentRecord {
  const [first, ...rest] = [...versions].sort((a, b) => (leads(a.record, b.record) ? -1 : 1)).map((v) => v.record);
  return rest.reduce((united, record) => uniteVersions(united, record, id), { ...(first as StudentRecord), id });
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
  const { people, setAside } = sortIntoPeople(existing, incoming);
  const storeIds = new Set(existing.map((record) => record.id));
  const given = new Set<string>();
  const taken = (id: string) => storeIds.has(id) || given.has(id);
  const plan: MergePlan = { entries: [], toSave: [], toRemove: [], setAside: [], unitedInStore: [] };
  const entryOf = new Map<StudentRecord, MergeEntry>();
  const finals = people.map((versions) => {
    const [home, ...twins] = versions.filter((version) => version.stored).map((version) => version.record);
    const firstIncoming = versions.find((version) => !version.stored)?.record as StudentRecord;
    const id = home?.id ?? (taken(firstIncoming.id) ? newId(taken) : firstIncoming.id);
    given.add(id);
    const united = versions.length === 1 ? (versions[0] as Version).record : uniteAll(versions, id);
    for (const twin of twins) {
      plan.toRemove.push(twin.id);
      plan.unitedInStore.push({ record: twin, into: id });
    }
    if (home === undefined || content(united) !== content(home) || twins.length > 0) plan.toSave.push(home === undefined ? { ...united, id } : united);
    const base = home ?? firstIncoming;
    for (const { record, stored } of versions) {
      if (stored) continue;
      const compared = { incoming: record, id, fields: differingFields(base, record), eventsDiffer: !sameEventKeys(base, record) };
      const kind: MergeKind =
        home === undefined ? (record === firstIncoming ? 'added' : content(record) === content(firstIncoming) ? 'same' : 'updated')
        : content(united) !== content(home) ? 'updated'
        : compared.fields.length === 0 && !compared.eventsDiffer && home.state === record.state ? 'same' : 'kept';
      const entry: MergeEntry = kind === 'added' ? { kind, incoming: record, id, fields: [], eventsDiffer: false } : { kind, existing: base, ...compared };
      entryOf.set(record, entry);
    }
    return { ...united, id };
  });
  for (const { version, clashesWith, clash } of setAside) {
    const [with1, with2] = clashesWith.map((i) => finals[i] as StudentRecord);
    const against = { ...(with1 ? { existing: with1 } : {}), ...(with2 ? { alsoClashes: with2 } : {}), clash };
    if (version.stored) {
      plan.toRemove.push(version.record.id);
      plan.setAside.push({ record: version.record, ...against });
    } else {
      entryOf.set(version.record, { kind: 'refused', incoming: version.record, fields: [], eventsDiffer: false, ...against });
    }
  }
  // Entries in the file's order, as the monitor reads the file.
  plan.entries = incoming.map((record) => entryOf.get(record) as MergeEntry);
  return plan;
}
