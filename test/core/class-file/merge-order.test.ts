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
    // A slip: another person's number, or a digit wrong, in one of the two fields.
    slip: fc.constantFrom<'none' | 'bhxh-other' | 'id-other' | 'id-typo'>('none', 'none', 'none', 'bhxh-other', 'id-other', 'id-typo'),
    otherPerson: fc.integer({ min: 0, max: 5 }),
    wrongPhone: fc.boolean(),
    id: fc.constantFrom('aaaaaa', 'bbbbbb', 'cccccc', `p${person}p${person}p${person}`),
  }).map(({ steps, late, phone, email, withId, wrongPhone, id, slip, otherPerson }): StudentRecord => {
    const own = PEOPLE[person]!;
    const other = PEOPLE[otherPerson]!;
    const p = {
      ...own,
      bhxhCode: slip === 'bhxh-other' ? other.bhxhCode : own.bhxhCode,
      idNumber: slip === 'id-other' ? other.idNumber : slip === 'id-typo' ? `${own.idNumber.slice(0, -1)}9` : own.idNumber,
    };
    const events: TrackingEvent[] = STEPS.slice(0, steps).map(([type, , value], i) => ({
      type, at: `2026-03-0${i + 2}T0${late[i] ? 9 : 8}:00:00.000Z`, ...(value ? { value } : {}),
    }));
    if (wrongPhone) events.push({ type: 'support-request', at: '2026-03-01T07:00:00.000Z', value: '0912345678' });
    return {
      id: slip === 'none' ? id : `${id.slice(0, 5)}s`, createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z',
      state: steps === 0 ? 'draft' : STEPS[steps - 1]![1],
      fields: { name: p.name, bhxhCode: p.bhxhCode, ...(withId ? { idNumber: p.idNumber } : {}), ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
      events,
    };
  });

/**
 * A class file: some of the people, each once, ids unique within the file, and no two sharing a
 * number, as a store's own export always is (a store refuses twins).
 */
const classFile = fc
  .subarray([0, 1, 2, 3, 4, 5], { minLength: 1 })
  .chain((people) => fc.tuple(...people.map(version)))
  .map((records) => {
    const seen = new Set<string>();
    const numbers = new Set<string>();
    return records
      .filter((r) => {
        const mine = [`b${r.fields.bhxhCode}`, ...(r.fields.idNumber ? [`i${r.fields.idNumber}`] : [])];
        if (mine.some((n) => numbers.has(n))) return false;
        for (const n of mine) numbers.add(n);
        return true;
      })
      .map((r, i) => (seen.has(r.id) ? { ...r, id: `dup${i}` } : (seen.add(r.id), r)));
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
      if (entry.kind === 'refused') conflicts.push(`set aside ${entry.incoming.fields.bhxhCode}|${entry.incoming.fields.idNumber}`);
    }
    for (const entry of plan.setAside) conflicts.push(`set aside ${entry.record.fields.bhxhCode}|${entry.record.fields.idNumber}`);
    const saved = new Map(plan.toSave.map((r) => [r.id, r]));
    const removed = new Set(plan.toRemove);
    store = [...store.filter((r) => !removed.has(r.id)).map((r) => saved.get(r.id) ?? r), ...plan.toSave.filter((r) => !store.some((s) => s.id === r.id))];
    // The store's own rule: never two students with one number.
    const numbers = store.flatMap((r) => [`b${r.fields.bhxhCode}`, ...(r.fields.idNumber ? [`i${r.fields.idNumber}`] : [])]);
    expect(new Set(numbers).size).toBe(numbers.length);
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
      { numRuns: 500 },
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

  it('the case found: a record with one student’s BHXH code and another’s ID number gives way to the two real students, in either order', () => {
    const s: StudentRecord = { id: 'ssssss', createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: 'draft', fields: { bhxhCode: '7900000001', idNumber: '079204000001' }, events: [] };
    const t: StudentRecord = { ...s, id: 'tttttt', fields: { bhxhCode: '7900000002', idNumber: '079204000002' } };
    const mixed: StudentRecord = { ...s, id: 'mmmmmm', state: 'submitted', fields: { bhxhCode: '7900000001', idNumber: '079204000002' }, events: [{ type: 'submitted', at: '2026-03-05T01:00:00.000Z' }] };
    const plan = planMerge([s, t], [mixed], fresh);
    // Named as "the code is s's, the number is t's", even though it went further than both.
    expect(plan.entries[0]).toMatchObject({ kind: 'refused', clash: 'idNumber', existing: { id: 'ssssss' }, alsoClashes: { id: 'tttttt' } });
    expect(plan.toSave).toEqual([]);
    expect(plan.toRemove).toEqual([]);
    const reverse = planMerge([mixed], [s, t], fresh);
    expect(reverse.entries.map((e) => [e.kind, e.id])).toEqual([['added', 'ssssss'], ['added', 'tttttt']]);
    // The stored record leaves the store only as one set aside, kept whole for the monitor.
    expect(reverse.toRemove).toEqual(['mmmmmm']);
    expect(reverse.setAside).toEqual([{ record: mixed, clash: 'idNumber', existing: expect.objectContaining({ id: 'ssssss' }), alsoClashes: expect.objectContaining({ id: 'tttttt' }) }]);
  });

  it('two versions that share a BHXH code but not the ID number: the one that went further stays, in either order', () => {
    const base: StudentRecord = { id: 'aaaaaa', createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: 'draft', fields: { bhxhCode: '7900000001', idNumber: '079204000001' }, events: [] };
    const further: StudentRecord = { ...base, id: 'bbbbbb', state: 'submitted', fields: { bhxhCode: '7900000001', idNumber: '079204000009' }, events: [{ type: 'submitted', at: '2026-03-05T01:00:00.000Z' }] };
    const one = planMerge([base], [further], fresh);
    expect(one.toRemove).toEqual(['aaaaaa']);
    expect(one.setAside[0]).toMatchObject({ record: base, clash: 'idNumber', existing: { id: 'bbbbbb' } });
    const other = planMerge([further], [base], fresh);
    expect(other.entries[0]).toMatchObject({ kind: 'refused', clash: 'idNumber', existing: { id: 'bbbbbb' } });
    expect(other.toRemove).toEqual([]);
  });

  it('a version that would join two students of the other side (one holding only the code, one only the number) gives way, in either order', () => {
    const an: StudentRecord = { id: 'aaaaaa', createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: 'draft', fields: { name: 'Trần An', bhxhCode: '7900000001' }, events: [] };
    const binh: StudentRecord = { ...an, id: 'bbbbbb', fields: { name: 'Lê Bình', idNumber: '079204000002', phone: '0912345678', street: '12 Lý Thường Kiệt' } };
    const joined: StudentRecord = { ...an, id: 'jjjjjj', fields: { name: 'Trần An', bhxhCode: '7900000001', idNumber: '079204000002' } };
    const plan = planMerge([an, binh], [joined], fresh);
    expect(plan.entries[0]).toMatchObject({ kind: 'refused', clash: 'idNumber', existing: { id: 'aaaaaa' }, alsoClashes: { id: 'bbbbbb' } });
    expect([plan.toSave, plan.toRemove, plan.unitedInStore]).toEqual([[], [], []]);
    const reverse = planMerge([joined], [an, binh], fresh);
    expect(reverse.entries.map((e) => [e.kind, e.id])).toEqual([['added', 'aaaaaa'], ['added', 'bbbbbb']]);
    expect(reverse.toRemove).toEqual(['jjjjjj']);
    expect(reverse.setAside[0]).toMatchObject({ record: joined, existing: { id: 'aaaaaa' }, alsoClashes: { id: 'bbbbbb' } });
    // Bình keeps his own name, phone and address.
    expect(reverse.toSave.find((r) => r.id === 'bbbbbb')?.fields).toEqual(binh.fields);
  });

  it('a draft with neither number is one student on both sides (matched by its id), not added again', () => {
    const draft: StudentRecord = { id: 'dddddd', createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: 'draft', fields: { name: 'Vũ Lan' }, events: [] };
    expect(planMerge([draft], [structuredClone(draft)], fresh).entries.map((e) => e.kind)).toEqual(['same']);
    expect(planMerge([], [draft, structuredClone(draft)], fresh).toSave).toHaveLength(1);
  });

  it('twins the store already had (a hand edit) are united, and the one taken out is listed to be kept', () => {
    const one: StudentRecord = { id: 'oooooo', createdAt: '2026-03-01T01:00:00.000Z', updatedAt: '2026-03-01T01:00:00.000Z', state: 'draft', fields: { name: 'An', bhxhCode: '7900000001' }, events: [] };
    const twin: StudentRecord = { ...one, id: 'tttttt', fields: { name: 'An', bhxhCode: '7900000001', email: 'an@truong.edu.vn' } };
    const plan = planMerge([one, twin], [{ ...one, id: 'ffffff', fields: { ...one.fields, idNumber: '079204000001' } }], fresh);
    expect(plan.toRemove).toEqual(['tttttt']);
    expect(plan.unitedInStore).toEqual([{ record: twin, into: 'oooooo' }]);
  });
});
