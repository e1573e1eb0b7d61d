// What the bench scripts share: alternating runs against `node -e 0`, medians, peak memory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const bin = join(root, 'bin', 'vssid-helper.cjs');
const peakProbe = join(root, 'bench', 'peak-rss.cjs');

/** `--name value` from the command line, else the environment variable, else the default. */
export function setting(name, envName, fallback) {
  const args = process.argv.slice(2);
  const at = args.indexOf(name);
  if (at !== -1 && args[at + 1] !== undefined) return args[at + 1];
  return process.env[envName] ?? fallback;
}

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const ms = (x) => `${x.toFixed(0).padStart(6)} ms`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'vssid-bench-'));
}

export const remove = (dir) => rmSync(dir, { recursive: true, force: true });

/**
 * One run of `node <args>`: wall time, exit code, and the child's own peak RSS (getrusage's
 * maxRSS, written by a tiny preload at exit: no /usr/bin/time needed, same on every platform).
 */
export function runNode(args, { env = {}, peak = false, input } = {}) {
  const dir = peak ? tempDir() : undefined;
  const file = dir && join(dir, 'peak');
  const start = performance.now();
  const result = spawnSync(process.execPath, peak ? ['-r', peakProbe, ...args] : args, {
    env: { ...process.env, NO_COLOR: '1', ...env, ...(file ? { VSSID_BENCH_PEAK_FILE: file } : {}) },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    input,
    maxBuffer: 256 * 1024 * 1024,
  });
  const wall = performance.now() - start;
  let rss = NaN;
  if (file) {
    try {
      rss = Number(readFileSync(file, 'utf8'));
    } catch {
      // No file: the child died before its exit handler; rss stays unknown.
    }
    remove(dir);
  }
  return { wall, rss, status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * Each case against `node -e 0`, alternating (base, case, base, case …) so a busy machine slows
 * both alike; `warmup` rounds first (--warmup / BENCH_WARMUP, default 2), not counted. A case is `{ name, run: () => ms | Promise<ms> }`.
 */
export async function alternate(cases, { runs, warmup = Number(setting('--warmup', 'BENCH_WARMUP', '2')), base = () => runNode(['-e', '0']).wall }) {
  const bare = [];
  const times = new Map(cases.map((c) => [c.name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const c of cases) {
      const b = base();
      const t = await c.run();
      if (round >= warmup) {
        bare.push(b);
        times.get(c.name).push(t);
      }
    }
  }
  const baseline = median(bare);
  return { baseline, rows: cases.map((c) => ({ name: c.name, time: median(times.get(c.name)), ratio: median(times.get(c.name)) / baseline })) };
}

export function printTable(title, { baseline, rows }, extra = () => '') {
  console.log(`\n${title}`);
  console.log(`${'node -e 0 (baseline)'.padEnd(34)} ${ms(baseline)}  1.00×`);
  for (const row of rows) console.log(`${row.name.padEnd(34)} ${ms(row.time)}  ${row.ratio.toFixed(2)}×${extra(row)}`);
}

export function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * The source modules named in `lines` (export lines, paths from the repository's root) bundled
 * into one file in `dir` and imported: a bench uses the project's own code, built from src.
 */
export async function importSources(dir, name, lines) {
  const outfile = join(dir, name);
  const { build } = await import('esbuild');
  await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}
