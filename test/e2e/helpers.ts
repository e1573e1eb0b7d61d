import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/vssid-helper.js');

export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'vssid-helper-test-'));
}

/** Runs the built CLI as a user's script would: no terminal, stdin closed. */
export function runCli(args: string[], options: { home?: string; env?: NodeJS.ProcessEnv; input?: string } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', VSSID_HELPER_HOME: options.home ?? tempHome(), ...options.env },
    timeout: 15_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
