/**
 * openStore({ readOnly: true }): what the commands that only show use. It creates no folder,
 * takes no lock and writes nothing; a file that needs repair is read as the repair would leave
 * it, with a notice, and left as it is. And where the file lives (storeFilePath).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Conf from 'conf';
import { supportEmailOf } from '../../src/core/support/index.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { openStore, storeFilePath } from '../../src/store/store.js';
import { student, tempHome } from './helpers.js';

const T0 = new Date('2025-03-01T08:00:00.000Z');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('storeFilePath', () => {
  it('is the path openStore() uses, with VSSID_HELPER_HOME', () => {
    const home = path.join(tempHome(), 'nested');
    vi.stubEnv('VSSID_HELPER_HOME', home);
    expect(storeFilePath()).toBe(openStore().path);
  });

  it.runIf(process.platform === 'linux')("is conf's own per-user path without it", () => {
    vi.stubEnv('VSSID_HELPER_HOME', '');
    vi.stubEnv('XDG_CONFIG_HOME', tempHome());
    expect(storeFilePath()).toBe(openStore().path);
  });

  it.runIf(process.platform === 'linux')('is where conf itself would put the file when given no folder', () => {
    vi.stubEnv('VSSID_HELPER_HOME', '');
    vi.stubEnv('XDG_CONFIG_HOME', tempHome());
    const conf = new Conf({ projectName: 'vssid-helper', projectSuffix: '', configName: 'data' });
    expect(storeFilePath()).toBe(conf.path);
  });

  it('knows the macOS and Windows folders of env-paths', () => {
    const env = { APPDATA: 'C:\\Users\\an\\AppData\\Roaming' };
    expect(storeFilePath({}, 'darwin')).toMatch(/Library[/\\]Preferences[/\\]vssid-helper[/\\]data\.json$/);
    expect(storeFilePath(env, 'win32')).toMatch(/Roaming[/\\]vssid-helper[/\\]Config[/\\]data\.json$/);
  });
});

describe('openStore({ readOnly: true })', () => {
  const readOnly = (home: string, heard: string[] = []) => openStore({ home, readOnly: true, onNotice: (notice) => heard.push(notice) });

  it('reads saved records and profile without creating, locking or changing anything', () => {
    const missing = path.join(tempHome(), 'not-yet');
    expect(readOnly(missing).list()).toEqual([]);
    expect(fs.existsSync(missing)).toBe(false);

    const home = tempHome();
    const store = openStore({ home });
    const saved = store.save(store.create(student({ bhxhCode: '7931234567' }), T0), T0);
    store.setProfile({ className: '12A1' });
    const before = fs.readFileSync(store.path, 'utf8');
    const link = vi.spyOn(fs, 'linkSync');
    const shown = readOnly(home);
    expect(shown.list()).toEqual([saved]);
    expect(shown.get('7931234567')).toEqual(saved);
    expect(shown.storedProfile()).toEqual({ className: '12A1' });
    expect(link).not.toHaveBeenCalled();
    link.mockRestore();
    expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });

  it('refuses every change: a command that only shows cannot write by mistake', () => {
    const home = tempHome();
    const store = readOnly(home);
    expect(() => store.save(store.create(student(), T0), T0)).toThrow(TypeError);
    expect(() => store.setProfile({ className: '12A1' })).toThrow(TypeError);
    expect(fs.readdirSync(home)).toEqual([]);
  });

  it('leaves out a broken record as openStore() would, without setting it aside, and says so', () => {
    const home = tempHome();
    const store = openStore({ home });
    const saved = store.save(store.create(student(), T0), T0);
    const data = JSON.parse(fs.readFileSync(store.path, 'utf8'));
    data.records.push({ ...saved, id: 'zzzzzz', state: 'lost' });
    fs.writeFileSync(store.path, JSON.stringify(data));
    const heard: string[] = [];
    expect(readOnly(home, heard).list()).toEqual([saved]);
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/chỉ đọc nên chưa thay đổi gì/);
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });

  it('reads a broken file as empty, says so, and leaves it where it is', () => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'data.json'), '{ not json');
    const heard: string[] = [];
    expect(readOnly(home, heard).list()).toEqual([]);
    expect(heard[0]).toMatch(/^Không đọc được dữ liệu đã lưu/);
    expect(fs.readdirSync(home)).toEqual(['data.json']);
    expect(fs.readFileSync(path.join(home, 'data.json'), 'utf8')).toBe('{ not json');
  });

  it('migrates an old file in memory only', () => {
    const home = tempHome();
    const old = JSON.stringify({ records: [{ id: 'k3f9q2', createdAt: T0.toISOString(), updatedAt: T0.toISOString(), state: 'draft', fields: {} }] });
    fs.writeFileSync(path.join(home, 'data.json'), old);
    const store = readOnly(home);
    expect(store.list()[0]).toMatchObject({ id: 'k3f9q2', events: [] });
    expect(fs.readFileSync(path.join(home, 'data.json'), 'utf8')).toBe(old);
  });

  it('the support address is read through the same checks: a wrong type is ignored', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    const saved = () => supportEmailOf(readOnly(home).storedProfile());
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: SCHEMA_VERSION, records: [], profile: { supportEmail: ' hotro@truong.edu.vn ' } }));
    expect(saved()).toBe('hotro@truong.edu.vn');
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: SCHEMA_VERSION, records: [], profile: { supportEmail: ['a@b.vn'] } }));
    expect(saved()).toBeUndefined();
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: SCHEMA_VERSION, records: {}, profile: { supportEmail: 'a@b.vn' } }));
    expect(saved()).toBeUndefined();
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });
});
