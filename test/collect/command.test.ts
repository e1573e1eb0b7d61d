import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from '../e2e/helpers.js';

const BIN = join(import.meta.dirname, '../../bin/vssid-helper.cjs');

/** The built CLI without a terminal; resolves when it exits. */
function collect(args: string[], onStarted?: (child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, [BIN, 'collect', '--host', '127.0.0.1', ...args], { env: { ...process.env, VSSID_HELPER_HOME: tempHome() } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    if (onStarted && /#k=/.test(stderr)) {
      onStarted(child);
      onStarted = undefined;
    }
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('collect without a terminal (--json)', () => {
  it('stops by itself after --minutes and prints its summary as JSON', async () => {
    const started = Date.now();
    const result = await collect(['--json', '--minutes', '0,02']);
    expect(result.code).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(JSON.parse(result.stdout)).toMatchObject({ saved: 0, updated: 0, rejected: 0, held: 0 });
    expect(result.stderr).toMatch(/http:\/\/127\.0\.0\.1:\d+\/[\w-]{24}#k=[\w-]{43}/);
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`stops on ${signal}`, async () => {
      const result = await collect(['--json', '--minutes', '10'], (child) => child.kill(signal));
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ saved: 0 });
    });
  }

  it('refuses a port that is not one, saying what it takes', () => {
    const result = runCli(['collect', '--host', '127.0.0.1', '--port', 'abc']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--port cần một số từ 0 đến 65535');
  });
});
