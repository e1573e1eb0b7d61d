// The page `collect` serves to classmates' phones: one HTML document, its script (the browser
// entry src/collect-page/main.ts, which imports the core rules as they are) and its style inline,
// allowed by their SHA-256 hashes in a strict Content-Security-Policy. Built by scripts/build.mjs
// into the bundle, and run directly by the tests (src/collect/page-html.ts).
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCollectPage() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/collect-page/main.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // Phones of 2020 on (iOS 14.5, Chrome 80), and the in-app browsers (Zalo's, Facebook's) built on their WebViews.
    target: ['es2020', 'safari14.1', 'chrome80'],
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
    define: { 'process.env': '{}', 'process.argv': '[]' },
    plugins: [nodeBuiltinsAbsent()],
  });
  // Inside <script>, "</script" would end it early; "<\/script" is the same text to JavaScript.
  const script = result.outputFiles[0].text.replaceAll('</script', '<\\/script');
  const style = readFileSync(`${root}/src/collect-page/page.css`, 'utf8');
  const html = readFileSync(`${root}/src/collect-page/page.html`, 'utf8')
    .replace('/*STYLE*/', () => style)
    .replace('/*SCRIPT*/', () => script);
  const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
  const csp = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    'img-src blob:',
    "connect-src 'self'",
    "form-action 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return { html, csp };
}

/**
 * The field checks import node:fs and node:path for photo files, which the page never reads
 * (it checks the pictures it makes itself): in the browser those imports are empty stand-ins.
 */
function nodeBuiltinsAbsent() {
  return {
    name: 'node-builtins-absent',
    setup(b) {
      b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'absent' }));
      b.onLoad({ filter: /.*/, namespace: 'absent' }, () => ({
        contents: 'const absent = () => { throw new Error("not in a browser"); };\nmodule.exports = new Proxy({}, { get: (_, key) => key === "__esModule" ? false : absent });',
        loader: 'js',
      }));
    },
  };
}
