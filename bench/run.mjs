#!/usr/bin/env node
// Import speed: `import <file> --dry-run --json` on generated 10k/100k-row rosters vs `node -e 0`.
// Run after `npm run build`. `--core` times parse + validate in-process instead (the roster core
// from dist/, or bundled from src/core/roster with esbuild when the build emits no such file).
// Options: --runs N (CLI runs per size, default 7), --sizes 10000,100000, --keep (keep temp files).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rosterCsv } from './roster-gen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const sizes = option('--sizes', '10000,100000').split(',').map(Number);
const runs = Number(option('--runs', '7'));
const dir = mkdtempSync(join(tmpdir(), 'vssid-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

try {
  if (args.includes('--core')) await core();
  else await cli();
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}

/**
 * The roster core as one importable file: dist/core/roster/index.js when the build emits one,
 * else bundled from src/core/roster with esbuild, minified like the product build.
 */
async function rosterModule() {
  const built = join(root, 'dist', 'core', 'roster', 'index.js');
  if (existsSync(built)) return built;
  const outfile = join(dir, 'roster-core.mjs');
  const { build } = await import('esbuild');
  await build({
    entryPoints: [join(root, 'src', 'core', 'roster', 'index.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

async function cli() {
  const bin = join(root, 'bin', 'vssid-helper.cjs');
  if (!existsSync(join(root, 'dist', 'main.js'))) return fail('dist/main.js is missing: run `npm run build` first.');
  const home = join(dir, 'home');
  const sample = join(dir, 'probe.csv');
  writeFileSync(sample, rosterCsv(1));
  const probe = spawnSync(process.execPath, [bin, 'import', sample, '--dry-run', '--json'], {
    env: { ...process.env, VSSID_HELPER_HOME: home, NO_COLOR: '1' },
  });
  const label = 'import';
  const command = (file) => [bin, 'import', file, '--dry-run', '--json'];
  if (!Array.isArray(jsonOrUndefined(String(probe.stdout))?.rows)) {
    return fail(`\`import --dry-run --json\` printed no report for a one-row roster (exit ${probe.status}):\n` +
      String(probe.stderr).trim().slice(0, 300));
  }
  const hasTime = existsSync('/usr/bin/time');
  if (!hasTime) console.log('(no /usr/bin/time: peak RSS not measured)');
  const timed = (argv) => {
    const command = hasTime ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...argv]] : [process.execPath, argv];
    const start = performance.now();
    const result = spawnSync(command[0], command[1], {
      env: { ...process.env, VSSID_HELPER_HOME: home, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
    const wall = performance.now() - start;
    const rss = hasTime ? Number(String(result.stderr).trim().split('\n').at(-1)) : NaN;
    return { wall, rss, status: result.status, stderr: String(result.stderr) };
  };
  const results = [];
  for (const size of sizes) {
    const file = join(dir, `roster-${size}.csv`);
    writeFileSync(file, rosterCsv(size));
    const base = [];
    const imp = [];
    for (let i = 0; i < runs; i++) {
      base.push(timed(['-e', '0']));
      const run = timed(command(file));
      // Every generated row is valid, so anything but 0 is a failure, not a verdict.
      if (run.status !== 0) return fail(`${label} exited ${run.status}:\n${run.stderr.slice(0, 600)}`);
      imp.push(run);
    }
    const row = {
      size,
      base: median(base.map((r) => r.wall)),
      wall: median(imp.map((r) => r.wall)),
      baseRss: median(base.map((r) => r.rss)),
      rss: Math.max(...imp.map((r) => r.rss)),
    };
    results.push(row);
    console.log(`${String(size).padStart(7)} rows: ${label} ${ms(row.wall)} (${(row.wall / row.base).toFixed(1)}× node -e 0 = ${ms(row.base)}), ` +
      `peak RSS ${mb(row.rss)} (node -e 0: ${mb(row.baseRss)}), exit ${imp[0].status}`);
  }
  linearity(results.map((r) => ({ size: r.size, time: r.wall - r.base })), `${label} minus node start-up`);
  const small = results.find((r) => r.size === 10000);
  if (small) console.log(`target 10k ≤ 8× node -e 0: ${small.wall / small.base <= 8 ? 'met' : 'NOT met'}`);
}

async function core() {
  const entry = await rosterModule();
  let start = performance.now();
  const roster = await import(pathToFileURL(entry).href);
  console.log(`import of ${entry.slice(entry.lastIndexOf('/') + 1)} (zod, libphonenumber …): ${ms(performance.now() - start)}`);
  const results = [];
  for (const size of sizes) {
    const file = join(dir, `roster-${size}.csv`);
    writeFileSync(file, rosterCsv(size));
    const parse = [];
    const validate = [];
    let report;
    for (let i = 0; i < Math.max(3, Math.min(runs, 5)); i++) {
      start = performance.now();
      const parsed = await roster.readRosterFile(file);
      parse.push(performance.now() - start);
      start = performance.now();
      report = roster.validateRoster(parsed, []);
      validate.push(performance.now() - start);
    }
    const row = { size, parse: median(parse), validate: median(validate) };
    results.push(row);
    console.log(`${String(size).padStart(7)} rows: read+parse ${ms(row.parse)}, validate ${ms(row.validate)} ` +
      `(${((row.parse + row.validate) * 1000 / size).toFixed(1)} µs/row), ok ${report.summary.ok}/${report.summary.total}, ` +
      `heap ${mb(process.memoryUsage().heapUsed / 1024)}, rss ${mb(process.memoryUsage().rss / 1024)}`);
  }
  linearity(results.map((r) => ({ size: r.size, time: r.parse + r.validate })), 'parse + validate');
}

function linearity(rows, what) {
  const [a, b] = [rows.find((r) => r.size === 10000), rows.find((r) => r.size === 100000)];
  if (a && b) console.log(`linearity (${what}), 100k/10k: ${(b.time / a.time).toFixed(1)} (10.0 = linear)`);
}

function jsonOrUndefined(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fail(message) {
  console.error(message);
  process.exitCode = 1;
}
