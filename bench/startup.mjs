// Start-up benchmark: how long the built CLI takes to answer, against a bare `node -e 0`
// measured in the same run, alternating, so a busy machine slows both alike.
// Usage: npm run build && node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from '@lydell/node-pty';

const runs = Number(process.argv[2] ?? 15);
const bin = new URL('../bin/vssid-helper.cjs', import.meta.url).pathname;
const home = mkdtempSync(join(tmpdir(), 'vssid-bench-'));
const env = { ...process.env, VSSID_HELPER_HOME: home, NO_COLOR: '1' };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeCommand(args) {
  const start = performance.now();
  spawnSync(process.execPath, args, { env, stdio: 'ignore' });
  return performance.now() - start;
}

/** Launch to the first prompt on screen, in a pseudo-terminal as a person would see it. */
function timeFirstPrompt(args, expected) {
  return new Promise((resolve) => {
    const start = performance.now();
    const term = spawn(process.execPath, [bin, ...args], { env, cols: 100, rows: 40 });
    let screen = '';
    term.onData((data) => {
      screen += data;
      if (screen.includes(expected)) {
        const elapsed = performance.now() - start;
        term.kill();
        resolve(elapsed);
      }
    });
  });
}

const cases = [
  ['--help', () => timeCommand([bin, '--help'])],
  ['troubleshoot 5', () => timeCommand([bin, 'troubleshoot', '5'])],
  ['list (empty store)', () => timeCommand([bin, 'list'])],
  ['register: first prompt', () => timeFirstPrompt(['register'], 'chưa?')],
];

const bare = [];
const results = new Map(cases.map(([name]) => [name, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, measure] of cases) {
    bare.push(timeCommand(['-e', '0']));
    results.get(name).push(await measure());
  }
}
rmSync(home, { recursive: true, force: true });

const baseline = median(bare);
console.log(`node ${process.version}, ${runs} runs each, medians`);
console.log(`${'node -e 0 (baseline)'.padEnd(26)} ${baseline.toFixed(1).padStart(7)} ms  1.00x`);
for (const [name, values] of results) {
  const value = median(values);
  console.log(`${name.padEnd(26)} ${value.toFixed(1).padStart(7)} ms  ${(value / baseline).toFixed(2)}x`);
}
