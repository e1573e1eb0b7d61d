/**
 * Every change reads the whole file under the lock and writes it whole: what another terminal
 * saved is kept, a student removed meanwhile is refused, and the parse of the last read or write
 * is reused only while the file holds exactly those bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { UserError } from '../../src/errors.js';
import { openStore, type Store } from '../../src/store/store.js';
import { student, tempHome } from './helpers.js';

const T0 = new Date('2026-11-01T01:00:00.000Z');
const T1 = new Date('2026-11-05T03:00:00.000Z');

/** A class of `n` saved students, in one write; returns the folder and the records. */
function classOf(n: number, home = tempHome()): { home: string; records: StudentRecord[] } {
  const store = openStore({ home });
  const records = Array.from({ length: n }, (_, i) => store.create(student({ name: `Trần Thị ${i}` }), T0));
  store.saveMany(records, T0);
  return { home, records: openStore({ home }).list() };
}

const fileOf = (home: string) => path.join(home, 'data.json');
const textOf = (home: string) => fs.readFileSync(fileOf(home), 'utf8');
const addEvent = (record: StudentRecord): StudentRecord => ({
  ...record,
  state: 'ready',
  events: [...record.events, { type: 'ready', at: T1.toISOString() }],
});

describe('a change to one student, on the whole file', () => {
  it("keeps another terminal's change made since this store was opened, and the next change starts from it", () => {
    const { home, records } = classOf(6);
    const mine = openStore({ home });
    openStore({ home }).update(records[1]!.id, addEvent, T1);
    const saved = mine.update(records[0]!.id, addEvent, T1);
    const now = openStore({ home }).list();
    expect(now.map((r) => r.state).slice(0, 2)).toEqual(['ready', 'ready']);
    expect(mine.get(records[0]!.id)).toEqual(saved);
    expect(mine.list()).toEqual(now);
    const again = mine.update(records[0]!.id, (r) => ({ ...r, events: [...r.events, { type: 'submitted', at: T1.toISOString() }], state: 'submitted' }), T1);
    expect(again.events.map((e) => e.type)).toEqual(['ready', 'submitted']);
  });

  it('refuses a student removed meanwhile, bringing nothing back', () => {
    const { home, records } = classOf(4);
    const mine = openStore({ home });
    openStore({ home }).remove(records[3]!.id);
    expect(() => mine.update(records[3]!.id, addEvent, T1)).toThrow(UserError);
    expect(openStore({ home }).list().map((r) => r.id)).not.toContain(records[3]!.id);
  });

  it('a twin CCCD is refused with nothing written; an ordinary change of fields is saved', () => {
    const { home, records } = classOf(4);
    const store = openStore({ home });
    const before = textOf(home);
    const copyOther = (r: StudentRecord): StudentRecord => ({ ...r, fields: { ...r.fields, idNumber: records[0]!.fields.idNumber! } });
    expect(() => store.update(records[2]!.id, copyOther, T1)).toThrow(UserError);
    expect(textOf(home)).toBe(before);
    const renamed = store.update(records[2]!.id, (r) => ({ ...r, fields: { ...r.fields, name: 'Lê Văn Ba' } }), T1);
    expect(openStore({ home }).get(records[2]!.id)).toEqual(renamed);
  });

  it('an event for a student who already shares a CCCD with another (a hand edit) is saved, however the number is spaced', () => {
    const { home, records } = classOf(3);
    const data = JSON.parse(textOf(home));
    const outcome = (store: Store) => {
      try {
        store.update(records[1]!.id, addEvent, T1);
        return 'saved';
      } catch (error) {
        return (error as Error).message;
      }
    };
    data.records[1].fields.idNumber = records[0]!.fields.idNumber;
    fs.writeFileSync(fileOf(home), JSON.stringify(data));
    expect(outcome(openStore({ home }))).toBe('saved');
    data.records[1].fields.idNumber = `${records[0]!.fields.idNumber!.slice(0, 6)} ${records[0]!.fields.idNumber!.slice(6)}`;
    fs.writeFileSync(fileOf(home), JSON.stringify(data));
    expect(outcome(openStore({ home }))).toBe('saved');
  });

  it('whatever the change throws, nothing is written', () => {
    const { home, records } = classOf(3);
    const before = textOf(home);
    const refuse = () => {
      throw new UserError('không được');
    };
    expect(() => openStore({ home }).update(records[0]!.id, refuse, T1)).toThrow('không được');
    expect(textOf(home)).toBe(before);
  });
});

describe('the parse of the last read or write, reused only for the very same bytes', () => {
  it('a wizard answer takes one lock and one read of the file, and parses nothing again', () => {
    const { home, records } = classOf(200);
    const store = openStore({ home });
    const file = fileOf(home);
    const reads = vi.spyOn(fs, 'readFileSync');
    const locks = vi.spyOn(fs, 'linkSync');
    const parse = vi.spyOn(JSON, 'parse');
    try {
      for (const name of ['Lê Văn A', 'Lê Văn Ba']) {
        reads.mockClear();
        locks.mockClear();
        parse.mockClear();
        store.update(records[5]!.id, (r) => ({ ...r, fields: { ...r.fields, name } }), T1);
        expect(reads.mock.calls.filter(([target]) => target === file)).toHaveLength(1);
        expect(locks.mock.calls.filter(([, target]) => target === `${file}.lock`)).toHaveLength(1);
        expect(parse.mock.calls.filter(([text]) => String(text).length > 10_000)).toEqual([]);
      }
    } finally {
      vi.restoreAllMocks();
    }
    expect(openStore({ home }).get(records[5]!.id)?.fields.name).toBe('Lê Văn Ba');
  });

  it('another program’s change of the same size and times is read, not taken for the last write', () => {
    const { home, records } = classOf(3);
    const store = openStore({ home });
    const file = fileOf(home);
    const { atime, mtime } = fs.statSync(file);
    // Same length, same times, one letter changed: only the bytes tell.
    fs.writeFileSync(file, textOf(home).replace('Trần Thị 1', 'Trần Thị 7'));
    fs.utimesSync(file, atime, mtime);
    store.update(records[0]!.id, addEvent, T1);
    const now = openStore({ home }).list();
    expect(now[1]!.fields.name).toBe('Trần Thị 7');
    expect(now[0]!.state).toBe('ready');
  });
});
