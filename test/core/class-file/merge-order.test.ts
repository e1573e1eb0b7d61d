/** Merging two class files into a store gives the same students and conflicts in either order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fresh } from './fresh-id.js';
import { planMerge, uniteVersions } from '../../../src/core/class-file/merge.js';
import type { StudentRecord, StudentState, TrackingEvent } from '../../../src/core/record.js';

const PEOPLE = Array.from({ length: 6 }, (_, i) => ({ bhxhCode: `790000000${i}`, idNumber: `07920400000${i}`, name: `Học Sinh Số ${'ABCDEF'[i]}` }));
const STEPS: Array<[TrackingEvent['type'], StudentState, string?]> = [
  ['submitted', 'submitted'], ['file-number', 'file-number', 'HS1'], ['password', 'password'], ['done', 'done'],
];

/** One person's version in one class file: some fields, a prefix of the path with one of two times per step. */
const version = (person: number) =>
  fc.record({
    steps: fc.integer({ min: 0, max: STEPS.length }),
    late: fc.array(fc.boolean(), { minLength: STEPS.length, maxLength: STEPS.length }),
    phone: fc.constantFrom('0912345678', '0987654321', undefined),
    email: fc.constantFrom('an@gmail.com', 'an@truong.edu.vn', undefined),
    withId: fc.boolean(),
    wrongPhone: fc.boolean(),
    id: fc.constantFrom('aaaaaa', 'bbbbbb', 'cccccc', `p${person}p${person}p${person}`),
  }).map(({ steps, late, phone, email, withId, wrongPhone, id }): StudentRecord => {
    const p = PEOPLE[person]!;
    const events: TrackingEvent[] = STEPS.slice(0, steps).map(([type, , value], i) => ({
      type, at: `2026-03-0${i + 2}T0${late[i] ? 9 : 8}:00:00.000Z`, ...(value ? { value } : {}),
    }));
    if (wrongPhone) events.push({ type: 'support-request', at: '2026-03-01T07:00:00.000Z', value: '0912345678' });
    return {
      id, createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z',
      state: steps === 0 ? 'draft' : STEPS[steps - 1]![1],
      fields: { name: p.name, bhxhCode: p.bhxhCode, ...(withId ? { idNumber: p.idNumber } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
      events,
    };
  });

/** A class file: some of the people, each once, ids unique within the file. */
const classFile = fc
  .subarray([0, 1, 2, 3, 4, 5], { minLength: 1 })
  .chain((people) => fc.tuple(...people.map(version)))
  .map((records) => {
    const seen = new Set<string>();
    return records.map((r, i) => (seen.has(r.id) ? { ...r, id: `dup${i}` } : (seen.add(r.id), r)));
  });


/** Imports the files in turn into an empty store; the store's students and each import's reported conflicts. */
function importInTurn(files: StudentRecord[][]) {
  let store: StudentRecord[] = [];
  const conflicts: string[] = [];
  for (const file of files) {
    const plan = planMerge(store, file, fresh);
    for (const entry of plan.entries) {
      if ((entry.kind === 'updated' || entry.kind === 'kept') && (entry.fields.length > 0 || entry.eventsDiffer)) {
        conflicts.push(`${entry.incoming.fields.bhxhCode}|${entry.fields.join(',')}|${entry.eventsDiffer}`);
      }
      if (entry.kind === 'refused') conflicts.push(`refused ${entry.incoming.fields.bhxhCode}`);
    }
    const saved = new Map(plan.toSave.map((r) => [r.id, r]));
    store = [...store.map((r) => saved.get(r.id) ?? r), ...plan.toSave.filter((r) => !store.some((s) => s.id === r.id))];
  }
  const students = store
    .map(({ id: _id, ...rest }) => ({ ...rest, fields: Object.fromEntries(Object.entries(rest.fields).sort()) }))
    .sort((a, b) => (a.fields.bhxhCode ?? '').localeCompare(b.fields.bhxhCode ?? ''));
  return { students, conflicts: conflicts.sort() };
}

describe('merging two class files', () => {
  it('gives the same students and the same reported conflicts in either order (random pairs)', () => {
    fc.assert(
      fc.property(classFile, classFile, (a, b) => {
        expect(importInTurn([a, b])).toEqual(importInTurn([b, a]));
      }),
      { numRuns: 300 },
    );
  });

  it('unites the two histories: every event of both, once, none dropped', () => {
    fc.assert(
      fc.property(version(0), version(0), (a, b) => {
        const united = uniteVersions(a, b, a.id);
        const key = (e: TrackingEvent) => `${e.at}|${e.type}|${e.value ?? ''}`;
        const all = new Set([...a.events, ...b.events].map(key));
        expect(united.events.map(key).sort()).toEqual([...all].sort());
        // The leading history keeps its order; the other's events are put in by time.
        const keeps = (version: StudentRecord) =>
          JSON.stringify(united.events.map(key).filter((k) => version.events.some((e) => key(e) === k))) === JSON.stringify(version.events.map(key));
        expect(keeps(a) || keeps(b)).toBe(true);
        // A phone recorded as wrong in either history is not the united one.
        if (united.events.some((e) => e.type === 'support-request')) expect(united.fields.phone).not.toBe('0912345678');
      }),
    );
  });

  it('the case found: a record with one student’s BHXH code and another’s ID number is refused, both named; imported first, the two real students are refused, naming it', () => {
    const s: StudentRecord = { id: 'ssssss', createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: 'draft', fields: { bhxhCode: '7900000001', idNumber: '079204000001' }, events: [] };
    const t: StudentRecord = { ...s, id: 'tttttt', fields: { bhxhCode: '7900000002', idNumber: '079204000002' } };
    const mixed: StudentRecord = { ...s, id: 'mmmmmm', fields: { bhxhCode: '7900000001', idNumber: '079204000002' } };
    const plan = planMerge([s, t], [mixed], fresh);
    expect(plan.entries[0]).toMatchObject({ kind: 'refused', existing: { id: 'ssssss' }, alsoClashes: { id: 'tttttt' } });
    expect(plan.toSave).toEqual([]);
    const reverse = planMerge([mixed], [s, t], fresh);
    expect(reverse.entries.map((e) => [e.kind, e.clash, e.existing?.id])).toEqual([['refused', 'idNumber', 'mmmmmm'], ['refused', 'bhxhCode', 'mmmmmm']]);
  });
});
