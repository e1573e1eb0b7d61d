/**
 * One student read and changed in the file's bytes (store/layout.ts) must give exactly what the
 * whole-file path gives, and must step aside whenever it could not be sure.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { UserError } from '../../src/errors.js';
import { serialize } from '../../src/store/file.js';
import { openStore, type Store } from '../../src/store/store.js';
import { student, tempHome } from './helpers.js';

const T0 = new Date('2026-11-01T01:00:00.000Z');
const T1 = new Date('2026-11-05T03:00:00.000Z');

/** A class of `n` saved students, in one write; returns the folder and the records. */
function classOf(n: number, home = tempHome()): { home: string; records: StudentRecord[] } {
  const store = openStore({ home });
  const records = Array.from({ length: n }, (_, i) => store.create(student({ name: `Trần Thị ${i}` }), T0));
  store.saveMany(records, T0);
  store.setProfile({ className: '12A1' });
  return { home, records: openStore({ home }).list() };
}

const fileOf = (home: string) => path.join(home, 'data.json');
const textOf = (home: string) => fs.readFileSync(fileOf(home), 'utf8');
const addEvent = (record: StudentRecord): StudentRecord => ({
  ...record,
  state: 'ready',
  events: [...record.events, { type: 'ready', at: T1.toISOString() }],
});

/** The same class, with the file made unreadable to the byte path (a trailing line break): the whole-file path. */
function twinOfWholePath(home: string): string {
  const other = tempHome();
  fs.writeFileSync(fileOf(other), `${textOf(home)}\n`, { mode: 0o600 });
  return other;
}

describe('reading one student', () => {
  it('peek finds by id and code without reading the school, and agrees with list()', () => {
    const { home, records } = classOf(30);
    const store = openStore({ home });
    const parse = vi.spyOn(JSON, 'parse');
    const target = records[17]!;
    expect(store.peek(target.id.toUpperCase())).toEqual(target);
    expect(store.peek(target.fields.bhxhCode!)).toEqual(target);
    expect(store.getProfile().className).toBe('12A1');
    // Only the student and the profile were parsed, never the whole text.
    expect(parse.mock.calls.every(([text]) => String(text).length < 2_000)).toBe(true);
    parse.mockRestore();
    expect(store.list()).toEqual(records);
  });

  it('peek says nothing (list() must tell) for a name, an unknown id, or a file laid out otherwise', () => {
    const { home, records } = classOf(3);
    const store = openStore({ home });
    expect(store.peek('Trần Thị 1')).toBeUndefined();
    expect(store.peek('zzzzzz')).toBeUndefined();
    expect(openStore({ home: twinOfWholePath(home) }).peek(records[0]!.id)).toBeUndefined();
  });
});

describe('changing one student in place', () => {
  it('writes exactly the file the whole-file path writes, and keeps one write', () => {
    const { home, records } = classOf(25);
    const whole = twinOfWholePath(home);
    const target = records[9]!;
    const rename = vi.spyOn(fs, 'renameSync');
    const inPlace = openStore({ home }).update(target.id, addEvent, T1);
    expect(rename).toHaveBeenCalledTimes(1);
    rename.mockRestore();
    const byWhole = openStore({ home: whole }).update(target.id, addEvent, T1);
    expect(inPlace).toEqual(byWhole);
    expect(textOf(home)).toBe(textOf(whole));
    expect(textOf(home)).toBe(serialize(JSON.parse(textOf(home))));
  });

  it('after it, the same store lists and finds what is on disk', () => {
    const { home, records } = classOf(5);
    const store = openStore({ home });
    const target = records[2]!;
    const saved = store.update(target.id, addEvent, T1);
    expect(openStore({ home }).peek(target.id)).toEqual(saved);
    expect(store.get(target.id)).toEqual(saved);
    expect(store.list()).toEqual(openStore({ home }).list());
    // And the next change, in place again, starts from it.
    const again = store.update(target.id, (r) => ({ ...r, events: [...r.events, { type: 'submitted', at: T1.toISOString() }], state: 'submitted' }), T1);
    expect(again.events.map((e) => e.type)).toEqual(['ready', 'submitted']);
  });

  it("keeps another terminal's change made since this store was opened", () => {
    const { home, records } = classOf(6);
    const mine = openStore({ home });
    mine.peek(records[0]!.id);
    openStore({ home }).update(records[1]!.id, addEvent, T1);
    mine.update(records[0]!.id, addEvent, T1);
    const now = openStore({ home }).list();
    expect(now[0]!.state).toBe('ready');
    expect(now[1]!.state).toBe('ready');
  });

  it('refuses a student removed meanwhile, bringing nothing back', () => {
    const { home, records } = classOf(4);
    const mine = openStore({ home });
    openStore({ home }).remove(records[3]!.id);
    expect(() => mine.update(records[3]!.id, addEvent, T1)).toThrow(UserError);
    expect(openStore({ home }).list().map((r) => r.id)).not.toContain(records[3]!.id);
  });

  it('a change of fields goes through the whole school: a twin CCCD is still refused', () => {
    const { home, records } = classOf(4);
    const store = openStore({ home });
    const before = textOf(home);
    const copyOther = (r: StudentRecord): StudentRecord => ({ ...r, fields: { ...r.fields, idNumber: records[0]!.fields.idNumber! } });
    expect(() => store.update(records[2]!.id, copyOther, T1)).toThrow(UserError);
    expect(textOf(home)).toBe(before);
    // An ordinary change of fields is saved, the file still in serialize()'s layout.
    const renamed = store.update(records[2]!.id, (r) => ({ ...r, fields: { ...r.fields, name: 'Lê Văn Ba' } }), T1);
    expect(openStore({ home }).peek(records[2]!.id)).toEqual(renamed);
  });

  it('an event for a student who already shares a CCCD with another (a hand edit) is saved, by either path alike', () => {
    const { home, records } = classOf(3);
    const data = JSON.parse(textOf(home));
    data.records[1].fields.idNumber = records[0]!.fields.idNumber;
    fs.writeFileSync(fileOf(home), serialize(data));
    const whole = twinOfWholePath(home);
    const outcome = (store: Store) => {
      try {
        store.update(records[1]!.id, addEvent, T1);
        return 'saved';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(outcome(openStore({ home }))).toBe('saved');
    expect(outcome(openStore({ home: whole }))).toBe('saved');
    // Spaced differently, the same number: still an event, still saved.
    data.records[1].fields.idNumber = `${records[0]!.fields.idNumber!.slice(0, 6)} ${records[0]!.fields.idNumber!.slice(6)}`;
    fs.writeFileSync(fileOf(home), serialize(data));
    expect(outcome(openStore({ home }))).toBe('saved');
  });

  it('whatever the change throws, nothing is written', () => {
    const { home, records } = classOf(3);
    const before = textOf(home);
    expect(() =>
      openStore({ home }).update(records[0]!.id, () => {
        throw new UserError('không được');
      }, T1),
    ).toThrow('không được');
    expect(textOf(home)).toBe(before);
  });
});

describe('a file that looks right but is not, read lazily', () => {
  it('a broken record is set aside at the first whole read, and its notice reaches onNotice', () => {
    const { home, records } = classOf(3);
    const data = JSON.parse(textOf(home));
    data.records[1].events = 'không phải danh sách';
    fs.writeFileSync(fileOf(home), serialize(data));
    const heard: string[] = [];
    const store = openStore({ home, onNotice: (notice) => heard.push(notice) });
    // The good student can be read alone before anything is repaired.
    expect(store.peek(records[0]!.id)?.id).toBe(records[0]!.id);
    expect(store.list().map((r) => r.id)).toEqual([records[0]!.id, records[2]!.id]);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toContain(records[1]!.id);
    expect(store.notices).toEqual(heard);
  });

  it('text that is not JSON is moved aside at the first whole read, never written over', () => {
    const { home, records } = classOf(3);
    const broken = textOf(home).replace('"state": "draft"', '"state": draft');
    fs.writeFileSync(fileOf(home), broken);
    const heard: string[] = [];
    const store = openStore({ home, onNotice: (notice) => heard.push(notice) });
    expect(store.list()).toEqual([]);
    expect(heard[0]).toMatch(/đã chuyển sang/);
    const aside = fs.readdirSync(home).find((name) => name.startsWith('data.corrupt-'));
    expect(fs.readFileSync(path.join(home, aside!), 'utf8')).toBe(broken);
    expect(records.length).toBe(3);
  });

  it('a profile setting of the wrong type is left to the whole read, which sets it aside', () => {
    const { home } = classOf(2);
    const data = JSON.parse(textOf(home));
    data.profile.className = 42;
    fs.writeFileSync(fileOf(home), serialize(data));
    const heard: string[] = [];
    const store = openStore({ home, onNotice: (notice) => heard.push(notice) });
    expect(store.getProfile().className).toBe('');
    expect(heard).toHaveLength(1);
  });
});
