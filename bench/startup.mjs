#!/usr/bin/env node
// Start-up: how long the built CLI takes to answer, as a ratio to a bare `node -e 0` measured in
// the same run (bench/lib.mjs). The store is empty: bench/store.mjs measures full ones.
// Usage: npm run build && node bench/startup.mjs [--runs N]   (or BENCH_RUNS=N)
import { spawn } from '@lydell/node-pty';
import { alternate, bin, fail, printTable, remove, runNode, setting, tempDir } from './lib.mjs';

const runs = Number(setting('--runs', 'BENCH_RUNS', '15'));
const home = tempDir();
const env = { VSSID_HELPER_HOME: home };

/** A command that must answer with exit 0: a broken one would otherwise look fast. */
const command = (...args) => () => {
  const run = runNode([bin, ...args], { env });
  if (run.status !== 0) fail(`\`${args.join(' ')}\` exited ${run.status}:\n${run.stderr.slice(0, 600)}`);
  return run.wall;
};

/** Launch to the first prompt on screen, in a pseudo-terminal as a person would see it. */
function firstPrompt(args, expected) {
  return () =>
    new Promise((resolve, reject) => {
      const start = performance.now();
      const term = spawn(process.execPath, [bin, ...args], {
        env: { ...process.env, NO_COLOR: '1', ...env },
        cols: 100,
        rows: 40,
      });
      let screen = '';
      const timer = setTimeout(() => {
        term.kill();
        reject(new Error(`no prompt "${expected}" within 20 s; the screen showed:\n${screen.slice(-500)}`));
      }, 20_000);
      term.onData((data) => {
        screen += data;
        // Escape sequences (cursor moves, styles) may sit between words of the prompt.
        if (!screen.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').includes(expected)) return;
        const elapsed = performance.now() - start;
        clearTimeout(timer);
        term.kill();
        resolve(elapsed);
      });
    });
}

try {
  const result = await alternate(
    [
      { name: '--help', run: command('--help') },
      { name: 'troubleshoot 5', run: command('troubleshoot', '5') },
      { name: 'list (empty store)', run: command('list') },
      { name: 'status (empty store)', run: command('status') },
      // The wizard's first question (issue 12: «Học sinh này đã có tài khoản VssID chưa (…)?»).
      { name: 'register: first prompt (pty)', run: firstPrompt(['register'], 'đã có tài khoản VssID chưa') },
    ],
    { runs },
  );
  printTable(`Start-up — node ${process.version}, ${runs} runs each, medians`, result);
} finally {
  remove(home);
}
