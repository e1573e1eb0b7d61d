'use strict';
// A second Windows program beside the CLI, run by node.exe under Wine (smoke.mjs):
//   open <file> <ready> <releaseMs>  keeps <file> open (as an antivirus scan or Excel does) until
//       the CLI's temporary file for it has stood for <releaseMs>, then closes it and says whether
//       the temporary file was still there (the CLI's rename over <file> had not gone through).
//   lock <lockfile> <ready> <holdMs>  holds the store's lock as a running command would, then ends
//       without removing it, as a killed command does.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const [mode, target, ready, ms] = process.argv.slice(2);
const wait = (delay) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delay);
const deadline = Date.now() + 60_000;

if (mode === 'open') {
  const fd = fs.openSync(target, 'r');
  fs.writeFileSync(ready, String(process.pid));
  const prefix = `.${path.basename(target)}.`;
  const temporary = () => fs.readdirSync(path.dirname(target)).find((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  let seen;
  while ((seen = temporary()) === undefined && Date.now() < deadline) wait(2);
  wait(Number(ms));
  const stillThere = seen !== undefined && fs.existsSync(path.join(path.dirname(target), seen));
  fs.closeSync(fd);
  console.log(JSON.stringify({ pid: process.pid, sawTemporary: seen !== undefined, blockedWhileOpen: stillThere }));
} else if (mode === 'lock') {
  const owner = JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() });
  fs.writeFileSync(target, owner, { flag: 'wx' });
  fs.writeFileSync(ready, String(process.pid));
  wait(Number(ms));
  let intact = false;
  try {
    intact = fs.readFileSync(target, 'utf8') === owner;
  } catch {
    // Gone: someone took the lock from a live process.
  }
  console.log(JSON.stringify({ pid: process.pid, lockIntactWhileAlive: intact }));
} else {
  console.error(`unknown mode ${mode}`);
  process.exitCode = 2;
}
