/** Issue 10: shapes no migration knows, links, leftovers of killed writes, corrupt copies' mode, odd folders. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
import { BIN } from '../e2e/helpers.js';
import { student, tempHome } from './helpers.js';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const posix = process.platform !== 'win32';
const corruptCopies = (home: string) => fs.readdirSync(home).filter((name) => name.includes('.corrupt-'));

describe('a file of no known shape is moved aside, never overwritten', () => {
  it.each([
    ['records as an object, no version', { records: { k1: { id: 'k1', name: 'An' } } }],
    ['records as an object, version 1', { schemaVersion: 1, records: { k1: {} } }],
    ['records as text', { schemaVersion: 1, records: 'An, Bình' }],
    ['keys of its own only', { students: [{ id: 'k1' }] }],
    ['a profile that is not an object, no version', { records: [], profile: 'x' }],
  ])('%s', (_label, content) => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    const text = JSON.stringify(content);
    fs.writeFileSync(file, text, { mode: 0o644 });
    const store = openStore({ home });
    expect(store.notices).toEqual([expect.stringContaining('đã chuyển sang')]);
    const [copy] = corruptCopies(home);
    expect(fs.readFileSync(path.join(home, copy!), 'utf8')).toBe(text);
    // Personal data: owner-only, whatever the original's mode was.
    if (posix) expect(fs.statSync(path.join(home, copy!)).mode & 0o777).toBe(0o600);
    expect(store.list()).toEqual([]);
  });

  it('keeps top-level keys it does not know through a change', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    fs.writeFileSync(file, JSON.stringify({ schemaVersion: 1, records: [], profile: {}, exportedBy: { tool: 'x', at: 1 } }));
    const store = openStore({ home });
    store.setProfile({ className: '12A1' });
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ exportedBy: { tool: 'x', at: 1 }, profile: { className: '12A1' } });
  });

  it('a key nested past any sane depth is not kept to overflow the stack: moved aside', () => {
    const home = tempHome();
    const file = path.join(home, 'data.json');
    fs.writeFileSync(file, `{"schemaVersion":1,"records":[],"deep":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const store = openStore({ home });
    expect(store.notices).toEqual([expect.stringContaining('đã chuyển sang')]);
    store.setProfile({ className: 'A' });
  });
});

describe.runIf(posix)('links are not followed to write another file', () => {
  it('data.json as a link: refused, the target untouched', () => {
    const home = tempHome();
    const victim = path.join(tempHome(), 'victim.txt');
    fs.writeFileSync(victim, 'do not touch');
    fs.symlinkSync(victim, path.join(home, 'data.json'));
    expect(() => openStore({ home })).toThrow(/liên kết \(symlink\)/);
    expect(fs.readFileSync(victim, 'utf8')).toBe('do not touch');
    expect(fs.lstatSync(path.join(home, 'data.json')).isSymbolicLink()).toBe(true);
  });

  it('the folder as a link: refused, naming the real folder', () => {
    const real = tempHome();
    const link = path.join(tempHome(), 'home-link');
    fs.symlinkSync(real, link);
    expect(() => openStore({ home: link })).toThrow(new RegExp(`trỏ tới ${fs.realpathSync(real).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    expect(fs.readdirSync(real)).toEqual([]);
  });

  it('a link planted at the lock name is not read through', () => {
    const home = tempHome();
    fs.symlinkSync('/dev/zero', path.join(home, 'data.json.lock'));
    const store = openStore({ home, lockWaitMs: 500 });
    store.save(store.create(student(), T0));
    expect(openStore({ home }).list()).toHaveLength(1);
  });
});

describe('temporary copies left by a killed write', () => {
  it('are removed by the next write, so a removed student is really gone', () => {
    const home = tempHome();
    const store = openStore({ home });
    const saved = store.save(store.create(student({ name: 'Nguyễn Văn Xoá' }), T0));
    // A write killed after its temporary copy was made: that copy still holds the student.
    const text = fs.readFileSync(store.path, 'utf8');
    fs.writeFileSync(path.join(home, '.data.json.0123456789abcdef.tmp'), text);
    fs.writeFileSync(path.join(home, 'data.json.tmp-1234567'), text);
    expect(store.remove(saved.id)).toBe(true);
    expect(fs.readdirSync(home)).toEqual(['data.json']);
    expect(fs.readFileSync(store.path, 'utf8')).not.toContain('Xoá');
  });
});

describe('folders the tool cannot use get a message, not a spin or an English error', () => {
  it.runIf(process.platform === 'linux')('VSSID_HELPER_HOME=/proc/x ends at once with a message', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [BIN, 'config', 'set', 'className', 'A'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', VSSID_HELPER_HOME: '/proc/x/y' },
      timeout: 10_000,
    });
    expect(Date.now() - started).toBeLessThan(9_000);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/thư mục dữ liệu/);
    expect(result.stderr).not.toMatch(/không mong đợi|ENOENT/);
  });

  it('a name too long for the system', () => {
    const home = path.join(tempHome(), 'x'.repeat(300));
    let error: unknown;
    try {
      openStore({ home });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/quá dài/);
  });
});
