import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { ID_PATTERN } from '../../src/store/ids.js';
import { DEFAULT_PROFILE } from '../../src/core/profile.js';
import type { StudentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { dataWrites, student, tempHome } from './helpers.js';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const T1 = new Date('2025-03-02T09:30:00.000Z');

describe('records', () => {
  it('creates a draft that is stored only when saved', () => {
    const store = openStore({ home: tempHome() });
    const draft = store.create(student({ name: 'Nguyễn Văn An' }), T0);
    expect(draft).toMatchObject({ state: 'draft', createdAt: T0.toISOString(), updatedAt: T0.toISOString(), events: [] });
    expect(draft.id).toMatch(ID_PATTERN);
    expect(store.list()).toEqual([]);
    const saved = store.save(draft, T1);
    expect(saved.updatedAt).toBe(T1.toISOString());
    expect(store.get(draft.id)?.fields.name).toBe('Nguyễn Văn An');
  });

  it('finds by id in any case and by BHXH code', () => {
    const store = openStore({ home: tempHome() });
    const record = store.save(store.create(student({ bhxhCode: '7912345678' }), T0));
    expect(store.get(record.id.toUpperCase())?.id).toBe(record.id);
    expect(store.get(` ${record.id} `)?.id).toBe(record.id);
    expect(store.get('7912345678')?.id).toBe(record.id);
    expect(store.get('7900000000')).toBeUndefined();
  });

  it('require explains how to find the ids', () => {
    const store = openStore({ home: tempHome() });
    const error = (() => {
      try {
        store.require('zzzzzz');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe('Không tìm thấy học sinh có mã «zzzzzz».');
    expect((error as UserError).hint).toBe('Chạy «vssid-helper list» để xem các mã.');
  });

  it('updates in place, keeps creation order, and returns copies', () => {
    const store = openStore({ home: tempHome() });
    const first = store.create(student(), T0);
    const second = store.create(student(), T1);
    store.save(second);
    store.save(first);
    expect(store.list().map((r) => r.id)).toEqual([first.id, second.id]);

    const listed = store.require(first.id);
    listed.fields.name = 'changed but not saved';
    expect(store.require(first.id).fields.name).not.toBe('changed but not saved');
    store.save({ ...listed, state: 'ready' });
    expect(store.list().map((r) => [r.id, r.state])).toEqual([
      [first.id, 'ready'],
      [second.id, 'draft'],
    ]);
  });

  it('removes one record or all matching', () => {
    const store = openStore({ home: tempHome() });
    const records = [1, 2, 3, 4].map(() => store.create(student(), T0));
    store.saveMany(records.map((r, i) => ({ ...r, state: i % 2 ? 'done' : 'draft' })));
    expect(store.remove(records[0]!.id)).toBe(true);
    expect(store.remove(records[0]!.id)).toBe(false);
    expect(store.removeWhere((r) => r.state === 'done')).toBe(2);
    expect(store.removeWhere(() => false)).toBe(0);
    expect(store.list().map((r) => r.id)).toEqual([records[2]!.id]);
  });

  it('gives unique ids across many drafts, saved or not', () => {
    const store = openStore({ home: tempHome() });
    const drafts = Array.from({ length: 3000 }, () => store.create({}, T0));
    store.saveMany(drafts.slice(0, 1500));
    const more = Array.from({ length: 1500 }, () => store.create({}, T0));
    const ids = [...drafts, ...more].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses a duplicate BHXH code or ID number, naming the other record', () => {
    const store = openStore({ home: tempHome() });
    const an = store.save(store.create(student({ name: 'Nguyễn Văn An', bhxhCode: '7911111111' }), T0));
    const twin = store.create(student({ bhxhCode: '7911111111' }), T0);
    expect(() => store.save(twin)).toThrow(UserError);
    expect(() => store.save(twin)).toThrow(`${an.id} (Nguyễn Văn An)`);
    const sameId = store.create(student({ idNumber: ` ${an.fields.idNumber!} ` }), T0);
    expect(() => store.save(sameId)).toThrow(/Số CCCD trùng/);
    expect(store.list()).toHaveLength(1);
    // Saving the record itself again is not a duplicate.
    expect(() => store.save({ ...an, state: 'ready' })).not.toThrow();
  });

  it('allows a shared phone', () => {
    const store = openStore({ home: tempHome() });
    store.save(store.create(student({ phone: '0912345678' }), T0));
    expect(() => store.save(store.create(student({ phone: '+84 912 345 678' }), T0))).not.toThrow();
    expect(store.list()).toHaveLength(2);
  });

  it('refuses a whole batch with a duplicate inside it', () => {
    const store = openStore({ home: tempHome() });
    const batch = [student({ bhxhCode: '7922222222' }), student(), student({ bhxhCode: '7922222222' })].map((f) =>
      store.create(f, T0),
    );
    expect(() => store.saveMany(batch)).toThrow(UserError);
    expect(store.list()).toEqual([]);
  });

  it('rejects a record that would not load again', () => {
    const store = openStore({ home: tempHome() });
    const draft = store.create({}, T0);
    expect(() => store.save({ ...draft, state: 'lost' as never })).toThrow(TypeError);
  });

  it('writes a batch of thousands once', () => {
    const store = openStore({ home: tempHome() });
    const drafts = Array.from({ length: 2000 }, () => store.create(student(), T0));
    const writes = dataWrites();
    try {
      store.saveMany(drafts);
      expect(writes.mock.calls.filter(([, to]) => String(to).endsWith('data.json'))).toHaveLength(1);
    } finally {
      writes.mockRestore();
    }
    expect(openStore({ home: path.dirname(store.path) }).list()).toHaveLength(2000);
  });

  it('persists across reopen', () => {
    const home = tempHome();
    const store = openStore({ home });
    const saved = store.save(store.create(student(), T0), T1);
    store.setProfile({ className: '12A1' });
    const again = openStore({ home });
    expect(again.list()).toEqual([saved]);
    expect(again.getProfile().className).toBe('12A1');
    expect(again.notices).toEqual([]);
  });
});

describe('profile', () => {
  it('starts from the defaults, merges patches and resets', () => {
    const store = openStore({ home: tempHome() });
    expect(store.getProfile()).toEqual(DEFAULT_PROFILE);
    store.setProfile({ className: '12A1', extraDaysOff: ['2025-09-01'] });
    store.setProfile({ submissionMethod: 'postal' });
    expect(store.getProfile()).toEqual({
      ...DEFAULT_PROFILE,
      className: '12A1',
      extraDaysOff: ['2025-09-01'],
      submissionMethod: 'postal',
    });
    store.getProfile().extraDaysOff.push('2099-01-01');
    expect(store.getProfile().extraDaysOff).toEqual(['2025-09-01']);
    expect(store.resetProfile()).toEqual(DEFAULT_PROFILE);
  });

  it('stores only what was set, so new defaults reach old files', () => {
    const store = openStore({ home: tempHome() });
    store.setProfile({ className: '12A1' });
    const onDisk = JSON.parse(fs.readFileSync(store.path, 'utf8'));
    expect(onDisk.profile).toEqual({ className: '12A1' });
  });
});

describe('two processes on one folder', () => {
  it('keeps what the other saved, removed and set (no lost updates)', () => {
    const home = tempHome();
    const wizard = openStore({ home });
    const other = openStore({ home });

    const x = other.save(other.create(student({ name: 'X' }), T0), T0);
    const y = wizard.save(wizard.create(student({ name: 'Y' }), T0), T0);
    expect(openStore({ home }).list().map((r) => r.fields.name)).toEqual(['X', 'Y']);
    // The writer's own copy now holds the other's record too.
    expect(wizard.get(x.id)?.fields.name).toBe('X');

    // `status <id> submitted` in another terminal while the wizard keeps saving its own record.
    other.save({ ...other.require(x.id), state: 'submitted' }, T1);
    wizard.save({ ...y, fields: { ...y.fields, name: 'Y2' } }, T1);
    other.setProfile({ className: '12A1' });
    wizard.setProfile({ supportEmail: 'hotro@truong.edu.vn' });
    const z = other.save(other.create(student({ name: 'Z' }), T1), T1);
    expect(wizard.remove(x.id)).toBe(true);
    expect(other.removeWhere((r) => r.id === y.id)).toBe(1);
    // Already gone in the file, though the stale copy still had it.
    expect(wizard.remove(y.id)).toBe(false);

    const after = openStore({ home });
    expect(after.list().map((r) => [r.id, r.fields.name])).toEqual([[z.id, 'Z']]);
    expect(after.getProfile()).toMatchObject({ className: '12A1', supportEmail: 'hotro@truong.edu.vn' });
    expect(wizard.list()).toEqual(after.list());
    expect(wizard.getProfile()).toEqual(after.getProfile());
  });

  it('saveMany merges into the fresh file in one write', () => {
    const home = tempHome();
    const a = openStore({ home });
    const b = openStore({ home });
    const first = b.save(b.create(student(), T0), T0);
    const batch = [1, 2, 3].map(() => a.create(student(), T1));
    const writes = dataWrites();
    try {
      a.saveMany(batch, T1);
      expect(writes.mock.calls.filter(([, to]) => String(to).endsWith('data.json'))).toHaveLength(1);
    } finally {
      writes.mockRestore();
    }
    expect(openStore({ home }).list().map((r) => r.id)).toEqual([first.id, ...batch.map((r) => r.id)]);
  });

  it('refuses a BHXH code the other process saved meanwhile, and writes nothing', () => {
    const home = tempHome();
    const a = openStore({ home });
    const b = openStore({ home });
    const an = b.save(b.create(student({ name: 'Nguyễn Văn An', bhxhCode: '7933333333' }), T0), T0);
    const before = fs.readFileSync(b.path, 'utf8');
    const twin = a.create(student({ bhxhCode: '7933333333' }), T0);
    expect(() => a.save(twin)).toThrow(`${an.id} (Nguyễn Văn An)`);
    expect(fs.readFileSync(b.path, 'utf8')).toBe(before);
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });

  it('a change to the same record wins as a whole: the last save of it is kept', () => {
    const home = tempHome();
    const a = openStore({ home });
    const b = openStore({ home });
    const saved = a.save(a.create(student({ name: 'An' }), T0), T0);
    b.save({ ...saved, state: 'submitted' }, T1);
    a.save({ ...saved, fields: { ...saved.fields, name: 'An 2' } }, T1);
    expect(openStore({ home }).require(saved.id)).toMatchObject({ state: 'draft', fields: { name: 'An 2' } });
  });
});

describe('openStore', () => {
  it('takes the folder from the env it is given, not process.env', () => {
    const home = tempHome();
    const store = openStore({ env: { VSSID_HELPER_HOME: home } });
    expect(store.path).toBe(path.join(home, 'data.json'));
  });
});

describe('update: a change to the record as it is in the file now', () => {
  it('keeps what another process wrote since this store was opened', () => {
    const home = tempHome();
    const wizard = openStore({ home });
    const saved = wizard.save(wizard.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567' }, T0), T0);
    const other = openStore({ home });
    other.update(saved.id, (current) => ({ ...current, events: [...current.events, { type: 'support-request', at: T1.toISOString(), value: '0912345699' }] }), T1);

    wizard.update(saved.id, (current) => ({ ...current, fields: { ...current.fields, ward: 'Phường Bến Nghé' } }), T1);
    const reread = openStore({ home }).require(saved.id);
    expect(reread.fields.ward).toBe('Phường Bến Nghé');
    expect(reread.events.map((e) => e.type)).toEqual(['support-request']);
  });

  it('refuses to bring back a record removed by another process', () => {
    const home = tempHome();
    const wizard = openStore({ home });
    const saved = wizard.save(wizard.create({ name: 'Nguyễn Văn An' }, T0), T0);
    openStore({ home }).remove(saved.id);
    expect(() => wizard.update(saved.id, (current) => current, T1)).toThrow(UserError);
    expect(openStore({ home }).list()).toEqual([]);
  });
});

describe('updateEach: one change to several records as they are in the file now, under one lock', () => {
  const supportRequest = (value: string) => (current: StudentRecord): StudentRecord => ({
    ...current,
    events: [...current.events, { type: 'support-request', at: T1.toISOString(), value }],
  });

  it('applies the change to each record on disk, keeping what another process wrote, in one write', () => {
    const home = tempHome();
    const store = openStore({ home });
    const [a, b, c] = [0, 1, 2].map(() => store.save(store.create(student(), T0), T0));
    openStore({ home }).update(b!.id, supportRequest('0912000111'), T1);
    const writes = dataWrites();
    let outcomes;
    try {
      outcomes = store.updateEach([a!.id, b!.id], supportRequest('0912000222'), T1);
      expect(writes.mock.calls.filter(([, to]) => String(to).endsWith('data.json'))).toHaveLength(1);
    } finally {
      writes.mockRestore();
    }
    expect(outcomes.map((o) => [o.id, o.ok])).toEqual([[a!.id, true], [b!.id, true]]);
    const reread = openStore({ home });
    expect(reread.require(a!.id).events.map((e) => e.value)).toEqual(['0912000222']);
    expect(reread.require(b!.id).events.map((e) => e.value)).toEqual(['0912000111', '0912000222']);
    expect(reread.require(b!.id).updatedAt).toBe(T1.toISOString());
    expect(reread.require(c!.id).events).toEqual([]);
    // The copy in memory is what is on disk now.
    expect(store.require(b!.id).events).toHaveLength(2);
  });

  it('saves new drafts in the same write as the changes (a roster import), keeping another process’s event', () => {
    const home = tempHome();
    const store = openStore({ home });
    const a = store.save(store.create(student(), T0), T0);
    openStore({ home }).update(a.id, supportRequest('0912000111'), T1);
    const draft = store.create(student({ name: 'Trần Thị Bình' }), T1);
    const writes = dataWrites();
    try {
      store.updateEach([a.id], (current) => ({ ...current, fields: { ...current.fields, street: '3B Lê Lợi' } }), T1, [draft]);
      expect(writes.mock.calls.filter(([, to]) => String(to).endsWith('data.json'))).toHaveLength(1);
    } finally {
      writes.mockRestore();
    }
    const reread = openStore({ home });
    expect(reread.list().map((r) => r.id)).toEqual([a.id, draft.id]);
    expect(reread.require(a.id).fields.street).toBe('3B Lê Lợi');
    expect(reread.require(a.id).events.map((e) => e.value)).toEqual(['0912000111']);
  });

  it('refuses per record: one removed meanwhile, one whose change is refused; the others are saved', () => {
    const home = tempHome();
    const store = openStore({ home });
    const [a, b, c] = [0, 1, 2].map(() => store.save(store.create(student(), T0), T0));
    openStore({ home }).remove(b!.id);
    const outcomes = store.updateEach([a!.id, b!.id, c!.id], (current) => {
      if (current.id === c!.id) throw new UserError('không hợp lệ');
      return supportRequest('0912000333')(current);
    }, T1);
    expect(outcomes.map((o) => [o.id, o.ok])).toEqual([[a!.id, true], [b!.id, false], [c!.id, false]]);
    const refusedB = outcomes[1];
    expect(refusedB?.ok === false && refusedB.error.message).toMatch(/vừa bị xóa/);
    const refusedC = outcomes[2];
    expect(refusedC?.ok === false && refusedC.error.message).toBe('không hợp lệ');
    const reread = openStore({ home });
    expect(reread.list().map((r) => r.id)).toEqual([a!.id, c!.id]);
    expect(reread.require(a!.id).events).toHaveLength(1);
    expect(reread.require(c!.id).events).toEqual([]);
  });

  it('writes nothing when every record is refused, and lets an unexpected error through', () => {
    const home = tempHome();
    const store = openStore({ home });
    const a = store.save(store.create(student(), T0), T0);
    const writes = dataWrites();
    try {
      expect(store.updateEach(['zzzzzz'], (current) => current, T1)).toMatchObject([{ id: 'zzzzzz', ok: false }]);
      expect(() => store.updateEach([a.id], () => { throw new TypeError('bug'); }, T1)).toThrow(TypeError);
      expect(writes.mock.calls.filter(([, to]) => String(to).endsWith('data.json'))).toHaveLength(0);
    } finally {
      writes.mockRestore();
    }
    expect(openStore({ home }).require(a.id).updatedAt).toBe(T0.toISOString());
  });
});
