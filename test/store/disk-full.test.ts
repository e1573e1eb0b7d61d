/**
 * A nearly full disk never leaves a cut-off data file: on a 256 KB tmpfs holding a class of 300,
 * the disk is filled to many sizes of free space, and a change either lands whole or is refused
 * with the old file untouched. Needs root (mount); skipped elsewhere with the reason printed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { openStore } from '../../src/store/store.js';
import { BIN } from '../e2e/helpers.js';
import { student } from './helpers.js';

const T0 = new Date('2025-03-01T08:00:00.000Z');

function tryMount(): { dir?: string; reason?: string } {
  if (process.platform !== 'linux') return { reason: 'tmpfs mounts need Linux' };
  if (process.getuid?.() !== 0) return { reason: 'mounting a small tmpfs needs root' };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vssid-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    fs.rmdirSync(dir);
    return { reason: `mount -t tmpfs was refused: ${(mounted.stderr || mounted.error?.message || '').trim()}` };
  }
  return { dir };
}

const mount = tryMount();
if (mount.reason) console.log(`disk-full tests skipped: ${mount.reason}`);

afterAll(() => {
  if (mount.dir === undefined) return;
  spawnSync('umount', [mount.dir]);
  fs.rmSync(mount.dir, { recursive: true, force: true });
});

/** Fills the disk completely, then frees `free` bytes (to the page) by shortening the filler. */
function fillLeaving(dir: string, free: number): void {
  const filler = path.join(dir, 'filler');
  fs.rmSync(filler, { force: true });
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  const size = fs.fstatSync(fd).size;
  fs.ftruncateSync(fd, Math.max(0, size - free));
  fs.closeSync(fd);
}

describe.skipIf(mount.dir === undefined)('a nearly full disk (256 KB tmpfs)', () => {
  const home = path.join(mount.dir ?? '', 'home');
  let before = '';

  beforeAll(() => {
    const store = openStore({ home });
    store.saveMany(Array.from({ length: 300 }, () => store.create(student({ street: 'Số 12 đường Nguyễn Trãi' }), T0)), T0);
    before = fs.readFileSync(store.path, 'utf8');
  });

  it('a change either lands whole or is refused with the old file kept, at every free size', () => {
    const file = path.join(home, 'data.json');
    let refused = 0;
    for (const free of [0, 512, 1024, 2048, 4096, 6144, 8192, 12_288, 16_384, 24_576, 32_768, 49_152, 65_536]) {
      fillLeaving(mount.dir as string, free);
      const store = openStore({ home });
      const name = `Lớp ${free}`;
      try {
        store.setProfile({ className: name });
        expect(openStore({ home }).getProfile().className).toBe(name);
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).message).toMatch(/ổ đĩa đã đầy/);
        expect((error as UserError).message).toMatch(/Không có gì thay đổi/);
        refused++;
      }
      // Whole and readable either way: the class is all there.
      const onDisk = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(onDisk.records).toHaveLength(300);
      // No temporary copy or lock left behind.
      expect(fs.readdirSync(home).sort()).toEqual(['data.json']);
    }
    // The sweep did reach a full disk.
    expect(refused).toBeGreaterThan(0);
    fs.rmSync(path.join(mount.dir as string, 'filler'), { force: true });
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).records).toEqual(JSON.parse(before).records);
  });

  it('an event written in place (one student) either lands or is refused with the old file kept, at every free size', () => {
    const file = path.join(home, 'data.json');
    let refused = 0;
    for (const free of [0, 1024, 4096, 8192, 65_536]) {
      fillLeaving(mount.dir as string, free);
      const store = openStore({ home });
      const target = store.list()[7]!;
      const was = fs.readFileSync(file, 'utf8');
      const at = new Date(T0.getTime() + free).toISOString();
      try {
        store.update(target.id, (r) => ({ ...r, events: [...r.events, { type: 'support-request', at, value: '0912345678' }] }), T0);
        expect(openStore({ home }).peek(target.id)?.events.at(-1)?.at).toBe(at);
      } catch (error) {
        expect(error).toBeInstanceOf(UserError);
        expect((error as UserError).message).toMatch(/ổ đĩa đã đầy/);
        expect(fs.readFileSync(file, 'utf8')).toBe(was);
        refused++;
      }
      // The store still holds the whole class, as the file does.
      expect(store.list()).toHaveLength(300);
      expect(fs.readdirSync(home).sort()).toEqual(['data.json']);
    }
    expect(refused).toBeGreaterThan(0);
    fs.rmSync(path.join(mount.dir as string, 'filler'), { force: true });
  });

  it('the CLI says in Vietnamese that the disk is full and nothing changed (exit 1)', () => {
    fillLeaving(mount.dir as string, 2048);
    const file = path.join(home, 'data.json');
    const was = fs.readFileSync(file, 'utf8');
    const result = spawnSync(process.execPath, [BIN, 'config', 'set', 'className', 'X'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', VSSID_HELPER_HOME: home },
    });
    fs.rmSync(path.join(mount.dir as string, 'filler'), { force: true });
    expect(result.status).toBe(1);
    expect(result.stderr.replace(/\s+/g, ' ')).toMatch(/ổ đĩa đã đầy/);
    expect(result.stdout).not.toMatch(/Đã lưu/);
    expect(fs.readFileSync(file, 'utf8')).toBe(was);
  });
});
