// Bundles src/ into dist/ with esbuild: one small entry chunk for start-up (commander, the
// command table, output), and one chunk per command and per heavy library, loaded on demand.
// Bundling removes thousands of file look-ups and CommonJS wrappers from every run (`npx`
// users pay for each); type-checking is tsc's job (`npm run typecheck`).
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const result = await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  minify: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});
// Which chunk pulls in which module: test/e2e/startup.test.ts checks that start-up stays light.
writeFileSync(new URL('../build-meta.json', import.meta.url), JSON.stringify(result.metafile));

// The bundle carries other people's code: their licence texts go with it, one file for all.
const packages = new Set();
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
