// Bundles src/ into dist/ with esbuild: one small entry chunk for start-up (commander, the
// command table, output), and one chunk per command and per heavy library, loaded on demand.
// Bundling removes thousands of file look-ups and CommonJS wrappers from every run (`npx`
// users pay for each); type-checking is tsc's job (`npm run typecheck`).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

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
  legalComments: 'linked',
  // CommonJS dependencies bundled into ESM still call require() for Node's built-ins.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});
// Which chunk pulls in which module: test/e2e/startup.test.ts checks that start-up stays light.
writeFileSync(new URL('../build-meta.json', import.meta.url), JSON.stringify(result.metafile));
