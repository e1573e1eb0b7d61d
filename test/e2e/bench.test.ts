import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The bench scripts on tiny sizes, one run each: they must run end to end and print every row,
 * so `npm run bench` cannot silently break again. Timings are the machine's; none is asserted.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

function bench(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [`bench/${script}`, '--runs', '1', '--warmup', '0', ...args], { cwd: root, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** A table row: its label, a time in ms, and a ratio to node -e 0. */
const row = (label: string) => new RegExp(`^${label.replace(/[<>]/g, '\\$&')}\\s+\\d+ ms\\s+\\d+\\.\\d\\d×`, 'm');

describe('npm run bench', () => {
  it('start-up: --help, troubleshoot 5, list, status and the first prompt of register, against node -e 0', () => {
    const out = bench('startup.mjs');
    for (const label of ['node -e 0 \\(baseline\\)', '--help', 'troubleshoot 5', 'list \\(empty store\\)', 'status \\(empty store\\)', 'register: first prompt \\(pty\\)']) {
      expect(out).toMatch(row(label));
    }
  }, 60_000);

  it('import: time and peak memory per size, and linearity', () => {
    const out = bench('import.mjs', '--sizes', '20,200');
    expect(out).toMatch(/^import 20 rows \(--dry-run\)\s+\d+ ms\s+\d+\.\d\d×\s+peak RSS \d+ MB$/m);
    expect(out).toMatch(/^import 200 rows \(--dry-run\)\s+\d+ ms\s+\d+\.\d\d×\s+peak RSS \d+ MB$/m);
    expect(out).toMatch(/^linearity \(import minus node start-up\): \d+\.\d\d/m);
  }, 60_000);

  it('stores: show, status <id> <event>, list and status per store size, against the goals for a class of 40', () => {
    const out = bench('store.mjs', '--sizes', '3,40');
    const line = (command: string, size: string) => `^${command.replace(/[<>]/g, '\\$&')}\\s+${size}\\s+\\d+ ms\\s+\\d+\\.\\d\\d×`;
    for (const command of ['show <id>', 'status <id> <event>', 'list', 'status']) {
      expect(out).toMatch(new RegExp(`${line(command, '3')}$`, 'm'));
      expect(out).toMatch(new RegExp(`${line(command, '40')}  \\(≤ 2\\.2×: (met|not met)\\)$`, 'm'));
    }
  }, 60_000);

  it('collect: each answer of N sendings at once beside a no-op to the same server, all saved', () => {
    const result = spawnSync(process.execPath, ['bench/collect.mjs', '--count', '3', '--photo-kb', '50'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\s+3\s+\d+ ms\s+\d+ ms\s+\d+ ms {2}200$/m);
    expect(result.stdout).toContain('saved: 3 of 3; refused: 0');
  }, 60_000);
});
