import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll } from 'vitest';

export const BIN = resolve(import.meta.dirname, '../../bin/vssid-helper.cjs');

const created: string[] = [];
// Registered by each test file that imports this module, for the folders that file made.
afterAll(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder for VSSID_HELPER_HOME, removed when the test file ends. */
export function tempHome(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vssid-helper-test-'));
  created.push(dir);
  return dir;
}

/** Runs the built CLI as a user's script would: no terminal, stdin closed. */
export function runCli(args: string[], options: { home?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, npm_command: '', npm_lifecycle_event: '', NO_COLOR: '1', VSSID_HELPER_HOME: options.home ?? tempHome(), ...options.env },
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A JPEG front and a PNG back photo (by their bytes) in `dir`; the front's name may hold a space. */
export function writePhotos(dir: string, frontName = 'mat-truoc.jpg'): { front: string; back: string } {
  const front = join(dir, frontName);
  const back = join(dir, 'mat-sau.png');
  writeFileSync(front, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, ...Buffer.from('JFIF test')]));
  writeFileSync(back, Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.from('IHDR test')]));
  return { front, back };
}
