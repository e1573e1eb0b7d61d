/** Many commands on the same student or the same setting at once: nothing lost, nothing brought back. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { student } from '../store/helpers.js';
import { BIN, tempHome } from './helpers.js';

const T0 = new Date('2025-03-01T08:00:00.000Z');

function runAsync(args: string[], home: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, NO_COLOR: '1', VSSID_HELPER_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('same-record races (built CLI, 30 processes at once)', () => {
  it('30 support requests on one student: all 30 events kept', async () => {
    const home = tempHome();
    const store = openStore({ home });
    const saved = store.save({ ...store.create(student(), T0), state: 'submitted' }, T0);
    const phones = Array.from({ length: 30 }, (_, i) => `09${String(12_000_000 + i).padStart(8, '0')}`);
    const results = await Promise.all(phones.map((phone) => runAsync(['status', saved.id, 'support-request', phone], home)));
    for (const result of results) expect(result.stderr).not.toMatch(/không mong đợi/);
    expect(results.filter((r) => r.code === 0)).toHaveLength(30);
    const events = openStore({ home }).require(saved.id).events;
    expect(events.map((e) => e.value).sort()).toEqual([...phones].sort());
  }, 60_000);

  it('30 `config add extraDaysOff` at once: all 30 days kept', async () => {
    const home = tempHome();
    const days = Array.from({ length: 30 }, (_, i) => `${String(i + 1).padStart(2, '0')}/07/2026`);
    const results = await Promise.all(days.map((day) => runAsync(['config', 'add', 'extraDaysOff', day], home)));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    expect(openStore({ home }).getProfile().extraDaysOff).toHaveLength(30);
  }, 60_000);

  it('remove while status runs: the removed student never comes back', async () => {
    const home = tempHome();
    const store = openStore({ home });
    const ids = Array.from({ length: 10 }, () => store.save({ ...store.create(student(), T0), state: 'submitted' }, T0).id);
    const runs = ids.flatMap((id) => [
      runAsync(['status', id, 'support-request', '0912000111'], home),
      runAsync(['remove', id, '--yes'], home),
      runAsync(['status', id, 'support-request', '0912000222'], home),
    ]);
    const results = await Promise.all(runs);
    for (const result of results) expect(result.stderr).not.toMatch(/không mong đợi/);
    expect(openStore({ home }).list()).toEqual([]);
  }, 60_000);
});
