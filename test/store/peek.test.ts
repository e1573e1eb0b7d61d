import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Conf from 'conf';
import { peekData, peekRecords, storeFilePath } from '../../src/store/peek.js';
import { peekSupportEmail } from '../../src/store/peek-profile.js';
import { SCHEMA_VERSION } from '../../src/store/schema.js';
import { openStore } from '../../src/store/store.js';
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

  it.runIf(process.platform === 'linux')("is where conf itself would put the file when given no folder", () => {
    // openStore() always passes conf this folder; this keeps it equal to conf's own choice.
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

describe('peekRecords', () => {
  it('reads saved records without creating or changing anything', () => {
    const home = tempHome();
    const env = { VSSID_HELPER_HOME: path.join(home, 'not-yet') };
    expect(peekRecords(env)).toEqual({ status: 'absent' });
    expect(fs.existsSync(env.VSSID_HELPER_HOME)).toBe(false);

    const store = openStore({ home });
    const saved = store.save(store.create(student({ bhxhCode: '7931234567' }), T0), T0);
    const before = fs.readFileSync(store.path, 'utf8');
    const peek = peekRecords({ VSSID_HELPER_HOME: home });
    expect(peek).toEqual({ status: 'ok', records: [saved] });
    expect(fs.readFileSync(store.path, 'utf8')).toBe(before);
  });

  it('leaves out a broken record as openStore() would, without setting it aside', () => {
    const home = tempHome();
    const store = openStore({ home });
    const saved = store.save(store.create(student(), T0), T0);
    const data = JSON.parse(fs.readFileSync(store.path, 'utf8'));
    data.records.push({ ...saved, id: 'zzzzzz', state: 'lost' });
    fs.writeFileSync(store.path, JSON.stringify(data));
    expect(peekRecords({ VSSID_HELPER_HOME: home })).toEqual({ status: 'ok', records: [saved] });
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });

  it('says "unreadable" for a broken file, and leaves it where it is', () => {
    const home = tempHome();
    fs.writeFileSync(path.join(home, 'data.json'), '{ not json');
    expect(peekRecords({ VSSID_HELPER_HOME: home })).toMatchObject({ status: 'unreadable' });
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });
});

describe('peekData', () => {
  it('gives records and profile checked as openStore() would, changing nothing', () => {
    const home = tempHome();
    const env = { VSSID_HELPER_HOME: home };
    const store = openStore({ env });
    const saved = store.save(store.create(student(), T0), T0);
    store.setProfile({ className: '12A1' });
    expect(peekData(env)).toEqual({ status: 'ok', data: { schemaVersion: SCHEMA_VERSION, records: [saved], profile: { className: '12A1' } } });
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });

  it('the support address is read through the same checks: a wrong type is ignored', () => {
    const home = tempHome();
    const env = { VSSID_HELPER_HOME: home };
    const file = path.join(home, 'data.json');
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, records: [], profile: { supportEmail: ' hotro@truong.edu.vn ' } }));
    expect(peekSupportEmail(env)).toBe('hotro@truong.edu.vn');
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, records: [], profile: { supportEmail: ['a@b.vn'] } }));
    expect(peekSupportEmail(env)).toBeUndefined();
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 99, records: [], profile: { supportEmail: 'a@b.vn' } }));
    expect(peekSupportEmail(env)).toBeUndefined();
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, records: {}, profile: { supportEmail: 'a@b.vn' } }));
    expect(peekSupportEmail(env)).toBeUndefined();
    expect(fs.readdirSync(home)).toEqual(['data.json']);
  });
});
