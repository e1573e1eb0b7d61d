#!/usr/bin/env node
// Import: `import <file> --dry-run --json` on generated rosters (10k and 100k rows by default),
// time as a ratio to `node -e 0` measured in the same run, and the child's peak memory.
// `--core` times parse + validate in-process instead (the roster core bundled from src).
// Options: --runs N (BENCH_RUNS, default 5), --sizes 10000,100000 (BENCH_IMPORT_SIZES), --keep.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { alternate, bin, fail, mb, median, ms, printTable, remove, root, runNode, setting, tempDir } from './lib.mjs';
import { rosterCsv } from './roster-gen.mjs';

const args = process.argv.slice(2);
const sizes = setting('--sizes', 'BENCH_IMPORT_SIZES', '10000,100000').split(',').map(Number);
const runs = Number(setting('--runs', 'BENCH_RUNS', '5'));
const dir = tempDir();
const GOAL = { rows: 100_000, mb: 200 };

try {
  if (args.includes('--core')) await core();
  else await cli();
} finally {
  if (!args.includes('--keep')) remove(dir);
}

async function cli() {
  const env = { VSSID_HELPER_HOME: join(dir, 'home') };
  const peaks = new Map();
  const cases = sizes.map((size) => {
    const file = join(dir, `roster-${size}.csv`);
    writeFileSync(file, rosterCsv(size));
    peaks.set(size, []);
    return {
      name: `import ${size} rows (--dry-run)`,
      size,
      run: () => {
        const run = runNode([bin, 'import', file, '--dry-run', '--json'], { env, peak: true });
        // Every generated row is valid: anything but 0, or no report, is a failure, not a verdict.
        if (run.status !== 0) fail(`import of ${size} rows exited ${run.status}:\n${run.stderr.slice(0, 600)}`);
        const report = JSON.parse(run.stdout);
        if (report.summary?.total !== size) fail(`import of ${size} rows reported ${report.summary?.total} rows`);
        peaks.get(size).push(run.rss);
        return run.wall;
      },
    };
  });
  const basePeaks = [];
  const base = () => {
    const run = runNode(['-e', '0'], { peak: true });
    basePeaks.push(run.rss);
    return run.wall;
  };
  const result = await alternate(cases, { runs, base });
  printTable(`Import — ${runs} runs each, medians; peak RSS is the highest run (node -e 0: ${mb(median(basePeaks))})`, result,
    (row) => `  peak RSS ${mb(Math.max(...peaks.get(cases.find((c) => c.name === row.name).size)))}`);
  const timed = result.rows.map((row, i) => ({ size: cases[i].size, time: row.time - result.baseline }));
  linearity(timed, 'import minus node start-up');
  // Issue 14's memory goal, on the highest of the runs.
  if (peaks.has(GOAL.rows)) {
    const peak = Math.max(...peaks.get(GOAL.rows)) / 1024 / 1024;
    console.log(`peak RSS at ${GOAL.rows} rows: ${peak.toFixed(0)} MB (goal from issue 14: ≤ ${GOAL.mb} MB, ${peak <= GOAL.mb ? 'met' : 'not met'})`);
  }
}

/** The roster core as one importable file, bundled from src/core/roster like the product build. */
async function rosterModule() {
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

async function core() {
  const entry = await rosterModule();
  let start = performance.now();
  const roster = await import(pathToFileURL(entry).href);
  console.log(`import of the roster core (libphonenumber, csv-parse …): ${ms(performance.now() - start)}`);
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
      `heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`);
  }
  linearity(results.map((r) => ({ size: r.size, time: r.parse + r.validate })), 'parse + validate');
}

/** The time per row at the largest size against the smallest: 1.0 is linear. */
function linearity(rows, what) {
  if (rows.length < 2) return;
  const [a, b] = [rows[0], rows.at(-1)];
  console.log(`linearity (${what}): ${(b.time / b.size / (a.time / a.size)).toFixed(2)} × the time per row of ${a.size} rows at ${b.size} (1.00 = linear)`);
}
