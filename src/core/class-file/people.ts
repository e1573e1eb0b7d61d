/**
 * Who the versions of a merge are: the store's records and a class file's, taken together, sorted
 * into people. Versions that share a BHXH code or an ID number and contradict on neither are one
 * person. Where they contradict, the people kept are chosen from the whole set, never from which
 * side was there first, so a merge gives the same students in either order:
 * - each side keeps its own students apart (a store never holds two records of one person, nor
 *   does its export): a version that would join two students of the other side (one's BHXH code
 *   and the other's ID number, or a code and a number held apart there) gives way to them;
 * - of two that share one number and differ on the other, the one that went further leads (the
 *   latest event, then the further state, then a fixed order of their contents);
 * - the versions not kept are set aside for a person to decide, with the ones they clash with.
 */
import { identityKeys } from '../duplicates.js';
import { STUDENT_STATES, type StudentRecord } from '../record.js';

export interface Version {
  record: StudentRecord;
  /** From the store (else from the class file). */
  stored: boolean;
}

export interface SetAside {
  version: Version;
  /** The people it clashes with (one or two), by their index in `people`. */
  clashesWith: number[];
  /** Which of its numbers contradicts the first of them. */
  clash: 'bhxhCode' | 'idNumber';
}

export interface People {
  /** Each person's versions, the store's first (in the store's order), then the file's (in its order). */
  people: Version[][];
  setAside: SetAside[];
}

interface Keys {
  bhxh?: string;
  idNumber?: string;
}

const keysOf = (record: StudentRecord): Keys => {
  const keys = identityKeys(record.fields);
  const bhxh = keys.get('bhxhCode');
  const idNumber = keys.get('idNumber');
  return { ...(bhxh === undefined ? {} : { bhxh }), ...(idNumber === undefined ? {} : { idNumber }) };
};

const eventKey = (event: StudentRecord['events'][number]): string => `${event.at}\u0000${event.type}\u0000${event.value ?? ''}`;
const lastEventAt = (record: StudentRecord): string => record.events.reduce((last, e) => (e.at > last ? e.at : last), '');

/** What a version says, without the store's own id and save time, keys sorted: equal for two copies of one answer. */
export const content = ({ id: _id, updatedAt: _updated, ...rest }: StudentRecord): string =>
  JSON.stringify(rest, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value);

/**
 * Which of two versions leads: the one that saw the latest event, then the one further on the
 * path, then a fixed order of their contents, so that the choice never depends on which came first.
 */
export function leads(a: StudentRecord, b: StudentRecord): boolean {
  const [lastA, lastB] = [lastEventAt(a), lastEventAt(b)];
  if (lastA !== lastB) return lastA > lastB;
  const [stepA, stepB] = [STUDENT_STATES.indexOf(a.state), STUDENT_STATES.indexOf(b.state)];
  if (stepA !== stepB) return stepA > stepB;
  return content(a) >= content(b);
}

/**
 * What links versions of one person: their numbers; a version with neither number, only its id
 * (the same draft exported twice is one student, not two).
 */
function linkKeys(record: StudentRecord): string[] {
  const { bhxh, idNumber } = keysOf(record);
  if (bhxh === undefined && idNumber === undefined) return [`id:${record.id}`];
  return [...(bhxh === undefined ? [] : [`b:${bhxh}`]), ...(idNumber === undefined ? [] : [`i:${idNumber}`])];
}

/** Versions linked by a shared key, each group in the order given. */
function groupsByNumber(versions: readonly Version[]): Version[][] {
  const parent = versions.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i] as number)));
  const owner = new Map<string, number>();
  versions.forEach((version, i) => {
    for (const key of linkKeys(version.record)) {
      const first = owner.get(key);
      if (first === undefined) owner.set(key, i);
      else parent[root(i)] = root(first);
    }
  });
  const groups = new Map<number, Version[]>();
  versions.forEach((version, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), version]));
  return [...groups.values()];
}

/**
 * The versions that would join two of the other side's students, each with the versions of those
 * students it touches (a student of a side: its versions linked by a key within that side).
 */
function findBridges(all: readonly Version[]): Map<Version, Version[][]> {
  const sidePeople = new Map<Version, Version[]>();
  for (const side of [true, false]) {
    for (const group of groupsByNumber(all.filter((version) => version.stored === side))) {
      for (const version of group) sidePeople.set(version, group);
    }
  }
  const byKey = new Map<string, Version[]>();
  for (const version of all) for (const key of linkKeys(version.record)) byKey.set(key, [...(byKey.get(key) ?? []), version]);
  const bridges = new Map<Version, Version[][]>();
  for (const version of all) {
    const touched = new Set<Version[]>();
    for (const key of linkKeys(version.record)) {
      for (const other of byKey.get(key) ?? []) if (other.stored !== version.stored) touched.add(sidePeople.get(other) as Version[]);
    }
    if (touched.size > 1) bridges.set(version, [...touched]);
  }
  return bridges;
}

const distinct = (values: Array<string | undefined>): number => new Set(values.filter((v) => v !== undefined)).size;

/** A person's versions ordered as `People` promises (`all` holds the store's first, then the file's). */
const ordered = (versions: readonly Version[], all: ReadonlyMap<Version, number>): Version[] =>
  [...versions].sort((a, b) => (all.get(a) as number) - (all.get(b) as number));

/** The store's versions and the file's, sorted into people and versions set aside. */
export function sortIntoPeople(stored: readonly StudentRecord[], incoming: readonly StudentRecord[]): People {
  const all: Version[] = [...stored.map((record) => ({ record, stored: true })), ...incoming.map((record) => ({ record, stored: false }))];
  const result: People = { people: [], setAside: [] };
  const position = new Map(all.map((version, i) => [version, i]));
  const bridges = findBridges(all);
  for (const group of groupsByNumber(all.filter((version) => !bridges.has(version)))) {
    const keys = group.map((version) => keysOf(version.record));
    if (distinct(keys.map((k) => k.bhxh)) <= 1 && distinct(keys.map((k) => k.idNumber)) <= 1) {
      result.people.push(ordered(group, position));
      continue;
    }
    resolveClashes(group, position, result);
  }
  for (const [bridge, touched] of bridges) result.setAside.push(bridgeSetAside(bridge, touched, result));
  return result;
}

/** A bridge set aside against the people holding what it touched (or those they gave way to), its BHXH code's first. */
function bridgeSetAside(bridge: Version, touched: readonly Version[][], result: People): SetAside {
  const personOf = (version: Version): number => result.people.findIndex((person) => person.includes(version));
  const indexOf = (versions: readonly Version[]): number => {
    for (const version of versions) {
      const at = personOf(version);
      if (at >= 0) return at;
      const aside = result.setAside.find((entry) => entry.version === version);
      if (aside !== undefined && aside.clashesWith[0] !== undefined) return aside.clashesWith[0];
    }
    return -1;
  };
  const { bhxh } = keysOf(bridge.record);
  const holdsCode = (versions: readonly Version[]) => bhxh !== undefined && versions.some((version) => keysOf(version.record).bhxh === bhxh);
  const sorted = [...touched].sort((a, b) => Number(holdsCode(b)) - Number(holdsCode(a)));
  const clashesWith = [...new Set(sorted.map(indexOf).filter((at) => at >= 0))];
  return { version: bridge, clashesWith, clash: holdsCode(sorted[0] ?? []) ? 'idNumber' : 'bhxhCode' };
}

interface Pair {
  bhxh: string;
  idNumber: string;
  versions: Version[];
  lead: StudentRecord;
}

const clashes = (a: Pair, b: Pair): boolean => a !== b && (a.bhxh === b.bhxh || a.idNumber === b.idNumber);

/** A group whose versions contradict: its whole pairs of numbers chosen as said at the top; the rest hang on them. */
function resolveClashes(group: readonly Version[], all: ReadonlyMap<Version, number>, result: People): void {
  const pairs = new Map<string, Pair>();
  const partial: Version[] = [];
  for (const version of group) {
    const { bhxh, idNumber } = keysOf(version.record);
    if (bhxh === undefined || idNumber === undefined) {
      partial.push(version);
      continue;
    }
    const pair = pairs.get(`${bhxh}|${idNumber}`);
    if (pair === undefined) pairs.set(`${bhxh}|${idNumber}`, { bhxh, idNumber, versions: [version], lead: version.record });
    else {
      pair.versions.push(version);
      if (leads(version.record, pair.lead)) pair.lead = version.record;
    }
  }
  const list = [...pairs.values()];
  const degree = new Map(list.map((pair) => [pair, list.filter((other) => clashes(pair, other)).length]));
  const byRank = [...list].sort((a, b) => (degree.get(a) as number) - (degree.get(b) as number) || (leads(a.lead, b.lead) ? -1 : 1));
  const kept: Pair[] = [];
  const dropped: Pair[] = [];
  for (const pair of byRank) (kept.some((other) => clashes(pair, other)) ? dropped : kept).push(pair);

  const first = result.people.length;
  const members = kept.map((pair) => [...pair.versions]);
  // A version with one number joins the kept pair that has it; with none, it stands with its likes.
  const loose = new Map<string, Version[]>();
  for (const version of partial) {
    const { bhxh, idNumber } = keysOf(version.record);
    const at = kept.findIndex((pair) => pair.bhxh === bhxh || pair.idNumber === idNumber);
    if (at >= 0) members[at]?.push(version);
    else loose.set(`${bhxh ?? ''}|${idNumber ?? ''}`, [...(loose.get(`${bhxh ?? ''}|${idNumber ?? ''}`) ?? []), version]);
  }
  result.people.push(...members.map((versions) => ordered(versions, all)), ...[...loose.values()].map((versions) => ordered(versions, all)));
  for (const pair of dropped) {
    // The one with its BHXH code first: "the code is A's but the number is B's".
    const against = kept
      .map((other, i) => (clashes(pair, other) ? i : -1))
      .filter((i) => i >= 0)
      .sort((a, b) => Number(kept[b]?.bhxh === pair.bhxh) - Number(kept[a]?.bhxh === pair.bhxh));
    const clash = kept[against[0] as number]?.bhxh === pair.bhxh ? 'idNumber' : 'bhxhCode';
    for (const version of pair.versions) result.setAside.push({ version, clashesWith: against.map((i) => first + i), clash });
  }
}

export const sameEventKeys = (a: StudentRecord, b: StudentRecord): boolean => {
  const keys = new Set(a.events.map(eventKey));
  return a.events.length === b.events.length && b.events.every((event) => keys.has(eventKey(event)));
};

export { eventKey };
