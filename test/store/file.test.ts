import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { student, tempHome } from './helpers.js';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const mode = (file: string) => fs.statSync(file).mode & 0o777;
const posix = process.platform !== 'win32';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('location and permissions', () => {
  it('uses VSSID_HELPER_HOME, creating the folder 0700 and the file 0600', () => {
    const home = path.join(tempHome(), 'nested', 'vssid');
    vi.stubEnv('VSSID_HELPER_HOME', home);
    const store = openStore();
    expect(store.path).toBe(path.join(home, 'data.json'));
    store.save(store.create(student(), T0));
    if (posix) {
      expect(mode(home)).toBe(0o700);
      expect(mode(store.path)).toBe(0o600);
    }
  });

  it.runIf(process.platform === 'linux')("falls back to conf's per-user folder, made 0700", () => {
    const config = tempHome();
    vi.stubEnv('VSSID_HELPER_HOME', '');
    vi.stubEnv('XDG_CONFIG_HOME', config);
    const store = openStore();
    expect(store.path).toBe(path.join(config, 'vssid-helper', 'data.json'));
    expect(mode(path.dirname(store.path))).toBe(0o700);
  });

  it('the home option wins over the environment', () => {
    const home = tempHome();
    vi.stubEnv('VSSID_HELPER_HOME', path.join(home, 'env'));
    expect(path.dirname(openStore({ home }).path)).toBe(home);
  });

  it('writes atomically: a temp file renamed over the old one, none left behind', () => {
    const store = openStore({ home: tempHome() });
    store.save(store.create(student(), T0));
    const before = fs.statSync(store.path).ino;
    store.save(store.create(student(), T0));
    if (posix) expect(fs.statSync(store.path).ino).not.toBe(before);
    expect(fs.readdirSync(path.dirname(store.path))).toEqual(['data.json']);
  });

  it('does not create the file just by reading', () => {
    const store = openStore({ home: tempHome() });
    expect(store.list()).toEqual([]);
    expect(fs.existsSync(store.path)).toBe(false);
  });
});

describe('a file that cannot be read', () => {
  const cases: Array<[string, string | Buffer]> = [
    ['corrupt JSON', '{"schemaVersion": 1, "records": [,]}'],
    ['a truncated file', '{\n\t"schemaVersion": 1,\n\t"records": [\n\t\t{"id": "k3f9q2", "fie'],
    ['binary garbage', Buffer.from([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
    ['an empty file', ''],
    ['a JSON array', '[1, 2, 3]'],
    ['a JSON string', '"hello"'],
    ['records that are not a list', '{"schemaVersion": 1, "records": {"a": 1}, "profile": {}}'],
    ['a bad schema version', '{"schemaVersion": "one", "records": [], "profile": {}}'],
  ];

  it.each(cases)('%s is moved aside, never deleted, and a fresh store is made', (_name, content) => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    fs.writeFileSync(file, content);
    const store = openStore({ home });

    const moved = fs.readdirSync(home).filter((name) => /^data\.corrupt-.+\.json$/.test(name));
    expect(moved).toHaveLength(1);
    const movedPath = path.join(home, moved[0]!);
    expect(fs.readFileSync(movedPath)).toEqual(Buffer.from(content));
    expect(store.notices).toEqual([
      `Không đọc được tệp dữ liệu ${file}; đã chuyển sang ${movedPath} và tạo tệp mới. Dữ liệu cũ vẫn còn ở đó.`,
    ]);

    expect(store.list()).toEqual([]);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION, records: [] });
    store.save(store.create(student(), T0));
    expect(openStore({ home }).list()).toHaveLength(1);
  });

  it('a second broken file in the same moment gets its own name', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    fs.writeFileSync(file, 'one');
    openStore({ home });
    fs.writeFileSync(file, 'two');
    openStore({ home });
    const moved = fs.readdirSync(home).filter((name) => name.includes('.corrupt-'));
    expect(moved.map((name) => fs.readFileSync(path.join(home, name), 'utf8')).sort()).toEqual(['one', 'two']);
  });

  it('a file from a newer version is left alone with an explanation', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    const content = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, records: [], profile: {} });
    fs.writeFileSync(file, content);
    expect(() => openStore({ home })).toThrow(UserError);
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });

  it('accepts a byte-order mark left by an editor', () => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'data.json'), `\uFEFF${JSON.stringify({ schemaVersion: 1, records: [], profile: { className: '12A1' } })}`);
    const store = openStore({ home });
    expect(store.notices).toEqual([]);
    expect(store.getProfile().className).toBe('12A1');
  });
});

describe('a file with some broken records', () => {
  const good = (id: string, name: string) => ({
    id, createdAt: T0.toISOString(), updatedAt: T0.toISOString(), state: 'ready', fields: { name }, events: [{ type: 'ready', at: T0.toISOString() }],
  });
  const lost = { id: 'k3f9q2', createdAt: 'x', updatedAt: 'x', state: 'lost', fields: { name: 'Lê Văn Chi', phone: '0912000002' }, events: [] };
  const sideFiles = (home: string) => fs.readdirSync(home).filter((name) => /^data\.rejected-.+\.json$/.test(name));

  it('keeps the valid records and sets only the broken ones aside, exactly as they were', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    const duplicate = { ...good('a2b3c4', 'Bản sao'), fields: { name: 'Bản sao' } };
    const content = { schemaVersion: 1, profile: { className: '12A1' }, records: [good('a2b3c4', 'Nguyễn Văn An'), lost, 42, good('d5e6f7', 'Trần Thị Bình'), duplicate] };
    fs.writeFileSync(file, JSON.stringify(content));
    const store = openStore({ home });

    expect(store.list().map((r) => r.fields.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    expect(store.getProfile().className).toBe('12A1');
    expect(fs.readdirSync(home).filter((name) => name.includes('.corrupt-'))).toEqual([]);
    const [side] = sideFiles(home);
    expect(side).toBeDefined();
    const sidePath = path.join(home, side!);
    expect(JSON.parse(fs.readFileSync(sidePath, 'utf8'))).toEqual({ schemaVersion: 1, records: [lost, 42, duplicate] });
    if (posix) expect(mode(sidePath)).toBe(0o600);
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain(`có 3 học sinh bị hỏng`);
    expect(store.notices[0]).toContain(sidePath);
    expect(store.notices[0]).toContain('k3f9q2 (trạng thái không hợp lệ)');
    expect(store.notices[0]).toContain('(không có mã) (không phải một bản ghi)');
    expect(store.notices[0]).toContain('a2b3c4 (trùng mã với học sinh khác)');

    // The file now holds the good records only, so the next open is quiet.
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).records).toHaveLength(2);
    const again = openStore({ home });
    expect(again.notices).toEqual([]);
    expect(again.list()).toHaveLength(2);
    expect(sideFiles(home)).toHaveLength(1);
  });

  it('sets aside a v0 record as the file had it, before migration', () => {
    const home = tempHome();
    const v0Bad = { id: 'k3f9q2', createdAt: T0.toISOString(), updatedAt: T0.toISOString(), state: 'lost', fields: {} };
    const v0Good = { ...v0Bad, id: 'a2b3c4', state: 'draft' };
    fs.writeFileSync(path.join(home, 'data.json'), JSON.stringify({ records: [v0Good, v0Bad] }));
    const store = openStore({ home });
    expect(store.list().map((r) => r.id)).toEqual(['a2b3c4']);
    const [side] = sideFiles(home);
    expect(JSON.parse(fs.readFileSync(path.join(home, side!), 'utf8'))).toEqual({ schemaVersion: 0, records: [v0Bad] });
  });

  it('a profile setting of the wrong type goes back to its default; the others and the records stay', () => {
    const home = tempHome();
    const record = good('a2b3c4', 'Nguyễn Văn An');
    fs.writeFileSync(path.join(home, 'data.json'), JSON.stringify({ schemaVersion: 1, records: [record], profile: { className: '12A1', extraDaysOff: '2025-01-01' } }));
    const store = openStore({ home });
    // The v1 → v2 migration gives the records the profile's class.
    expect(store.list()).toEqual([{ ...record, sources: {}, className: '12A1' }]);
    expect(store.getProfile()).toMatchObject({ className: '12A1', extraDaysOff: [] });
    const [side] = sideFiles(home);
    expect(JSON.parse(fs.readFileSync(path.join(home, side!), 'utf8'))).toEqual({ schemaVersion: 1, records: [], profile: { extraDaysOff: '2025-01-01' } });
    expect(store.notices).toEqual([expect.stringContaining('(extraDaysOff), đã trở về mặc định')]);
  });

  it('changes nothing when the side file cannot be written', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    const content = JSON.stringify({ schemaVersion: 1, profile: {}, records: [good('a2b3c4', 'An'), lost] });
    fs.writeFileSync(file, content);
    const write = fs.writeFileSync;
    const spy = vi.spyOn(fs, 'writeFileSync').mockImplementation((target, ...rest) => {
      if (String(target).includes('.rejected-')) throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return write(target, ...rest);
    });
    try {
      expect(() => openStore({ home })).toThrow(/không ghi được tệp để riêng/);
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(content);
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });
});

describe('migrations', () => {
  it('brings a v0 file (no schemaVersion, records without events) to the current version and writes it back', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    const v0Record = { id: 'k3f9q2', createdAt: T0.toISOString(), updatedAt: T0.toISOString(), state: 'submitted', fields: { name: 'Trần Thị Bình' } };
    fs.writeFileSync(file, JSON.stringify({ records: [v0Record] }));

    const store = openStore({ home });
    expect(store.notices).toEqual([]);
    expect(store.require('k3f9q2')).toEqual({ ...v0Record, events: [], sources: {} });
    const onDisk = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(onDisk).toEqual({ schemaVersion: SCHEMA_VERSION, records: [{ ...v0Record, events: [], sources: {} }], profile: {} });
    if (posix) expect(mode(file)).toBe(0o600);
  });

  const good = (id: string, name: string) => ({
    id, createdAt: T0.toISOString(), updatedAt: T0.toISOString(), state: 'ready', fields: { name }, events: [{ type: 'ready', at: T0.toISOString() }],
  });

  it('v1 → v2: records take the class named in the profile, so merged classes stay apart', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    const mine = good('a2b3c4', 'Nguyễn Văn An');
    const merged = { ...good('d5e6f7', 'Trần Thị Bình'), className: '12A2' };
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, records: [mine, merged], profile: { className: ' 12A1 ' } }));
    const store = openStore({ home });
    expect(store.list().map((r) => r.className)).toEqual(['12A1', '12A2']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).schemaVersion).toBe(2);
    // A new record gets the class too.
    expect(store.create({ name: 'Lê Văn Chi' }).className).toBe('12A1');
  });

  it('a class name that is not text sets that record aside', () => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'data.json'), JSON.stringify({ schemaVersion: 2, records: [{ ...good('a2b3c4', 'An'), className: 12 }], profile: {} }));
    const store = openStore({ home });
    expect(store.list()).toEqual([]);
    expect(store.notices.join(' ')).toContain('tên lớp sai kiểu');
  });

  it('treats an empty object as an empty v0 store', () => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'data.json'), '{}');
    const store = openStore({ home });
    expect(store.notices).toEqual([]);
    expect(store.list()).toEqual([]);
  });
});

describe('file-system errors are explained in Vietnamese', () => {
  const failure = (action: () => unknown): UserError => {
    try {
      action();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return error as UserError;
    }
    throw new Error('did not throw');
  };

  it('VSSID_HELPER_HOME under a regular file', () => {
    const blocker = path.join(tempHome(), 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    for (const home of [path.join(blocker, 'vssid'), blocker]) {
      const error = failure(() => openStore({ env: { VSSID_HELPER_HOME: home } }));
      expect(error.message).toBe(`Không mở được thư mục dữ liệu ${home}: một phần của đường dẫn này là một tệp chứ không phải thư mục.`);
      expect(error.hint).toContain('VSSID_HELPER_HOME');
      expect(error.message).not.toMatch(/ENOTDIR|EEXIST/);
    }
    expect(fs.readFileSync(blocker, 'utf8')).toBe('not a folder');
  });

  it('a folder where the data file should be', () => {
    const home = tempHome();
    fs.mkdirSync(path.join(home, 'data.json'));
    const error = failure(() => openStore({ home }));
    expect(error.message).toBe(`${path.join(home, 'data.json')} là một thư mục, nên không dùng làm tệp dữ liệu được.`);
  });

  it.each([
    ['ENOSPC', /ổ đĩa đã đầy/],
    ['EROFS', /chỉ cho phép đọc/],
    ['EACCES', /Không có quyền đọc hoặc ghi/],
  ])('%s on write', (code, text) => {
    const store = openStore({ home: tempHome() });
    const write = fs.writeSync;
    const spy = vi.spyOn(fs, 'writeSync').mockImplementation((fd: number, ...rest: unknown[]) => {
      // The lock is written too; the data file's temporary copy is what fails.
      if (typeof rest[0] === 'string') return (write as (...args: unknown[]) => number)(fd, ...rest);
      throw Object.assign(new Error(`${code}: failed, write '${store.path}'`), { code });
    });
    try {
      const error = failure(() => store.save(store.create(student(), T0)));
      expect(error.message).toMatch(text);
      expect(error.message).toContain(store.path);
      expect(error.hint).toBeTruthy();
    } finally {
      spy.mockRestore();
    }
    // Nothing half-done: memory still matches the disk, and the lock is released.
    expect(store.list()).toEqual([]);
    expect(fs.readdirSync(path.dirname(store.path))).toEqual([]);
  });
});

describe('the lock between processes', () => {
  it('removes a lock left by a crashed run half-way through making it (no owner written)', () => {
    const store = openStore({ home: tempHome() });
    const lock = `${store.path}.lock`;
    fs.writeFileSync(lock, '');
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lock, old, old);
    store.save(store.create(student(), T0));
    expect(openStore({ home: path.dirname(store.path) }).list()).toHaveLength(1);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it("removes a dead owner's lock at once, however young", () => {
    const store = openStore({ home: tempHome() });
    const lock = `${store.path}.lock`;
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    fs.writeFileSync(lock, JSON.stringify({ pid: Number(dead.stdout), host: os.hostname(), at: new Date().toISOString() }));
    const started = Date.now();
    store.save(store.create(student(), T0));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('never takes a live owner\'s lock for being old, nor trusts an unreadable one dated in the future', () => {
    const store = openStore({ home: tempHome(), lockWaitMs: 300 });
    const lock = `${store.path}.lock`;
    // Our parent runs on: a live owner, its lock dated an hour ago (a suspended laptop).
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: os.hostname(), at: '2000-01-01T00:00:00.000Z' }));
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(lock, old, old);
    expect(() => store.save(store.create(student(), T0))).toThrow(/đang được một lệnh vssid-helper khác ghi/);
    expect(fs.existsSync(lock)).toBe(true);

    fs.writeFileSync(lock, 'garbage');
    const future = new Date(Date.now() + 3_600_000);
    fs.utimesSync(lock, future, future);
    store.save(store.create(student(), T0));
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('waits for a live lock, then gives up with an explanation and changes nothing', () => {
    const store = openStore({ home: tempHome(), lockWaitMs: 1_000 });
    const lock = `${store.path}.lock`;
    fs.writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: os.hostname(), at: new Date().toISOString() }));
    const started = Date.now();
    expect(() => store.save(store.create(student(), T0))).toThrow(/đang được một lệnh vssid-helper khác ghi/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(fs.existsSync(store.path)).toBe(false);
    // Not ours to remove.
    expect(fs.existsSync(lock)).toBe(true);
  });

  it('a file broken by another program meanwhile is moved aside before the change', () => {
    const home = tempHome();
    const store = openStore({ home });
    store.save(store.create(student(), T0));
    fs.writeFileSync(store.path, '{ broken');
    const saved = store.save(store.create(student(), T0));
    expect(openStore({ home }).list()).toEqual([saved]);
    const moved = fs.readdirSync(home).filter((name) => name.includes('.corrupt-'));
    expect(moved.map((name) => fs.readFileSync(path.join(home, name), 'utf8'))).toEqual(['{ broken']);
    expect(store.notices).toEqual([expect.stringContaining('đã chuyển sang')]);
  });
});
