/**
 * `vssid-helper guide | head`: the reader leaves early. The command stops quietly (exit 0, no
 * stack trace), though stdout and stderr are made only when first used.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, runCli, tempHome } from './helpers.js';

// A class whose list is far more than a pipe holds (64 KB): the command is still writing when the reader leaves.
let home: string;
beforeAll(() => {
  home = tempHome();
  const roster = join(home, 'lop.csv');
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hải', 'Hoa', 'Huy', 'Lan', 'Linh'];
  const rows = Array.from({ length: 1500 }, (_, i) => `Nguyễn Văn ${given[i % given.length]},79${String(i).padStart(8, '0')}`);
  writeFileSync(roster, `Họ và tên,Mã số BHXH\n${rows.join('\n')}\n`);
  runCli(['import', roster], { home });
  expect(runCli(['list'], { home }).stdout.length).toBeGreaterThan(100_000);
}, 60_000);

function readFirstChunkThenLeave(args: string[]): Promise<{ code: number | null; stderr: string; first: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', VSSID_HELPER_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let stderr = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stderr, first }));
  });
}

describe('a reader that leaves early', () => {
  it.each([[['list']], [['export']]])('%j: exit 0, no error', async (args) => {
    const result = await readFirstChunkThenLeave(args);
    expect(result.first.length).toBeGreaterThan(0);
    expect(result.code).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at |không mong đợi/);
  }, 30_000);
});
