#!/usr/bin/env node
// `collect` under a class's load: N classmates (40) sending at once, each the form and two ~1 MB
// photos, sealed as the page seals them; the time of each answer beside a no-op request (GET
// …/ping) to the same server under the same concurrency. The server is the command's own
// (startCollectServer over a real store in a temporary folder), in a process of its own so the
// phones' work is not counted as the laptop's, on loopback; the per-address limits are lifted
// because every bench "phone" is 127.0.0.1.
// Options: --count N (BENCH_COLLECT_COUNT, default 40), --photo-kb K (default 1000).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fail, importSources, median, ms, remove, setting, tempDir } from './lib.mjs';

const count = Number(setting('--count', 'BENCH_COLLECT_COUNT', '40'));
const photoBytes = Number(setting('--photo-kb', 'BENCH_COLLECT_PHOTO_KB', '1000')) * 1000;
const dir = tempDir();

/** The server, the store and the envelope from src, with the tests' JPEG maker, in one file. */
async function code() {
  return importSources(dir, 'collect-code.mjs', [
    "export { startCollectServer } from './src/collect/server.ts';",
    "export { openStore } from './src/store/store.ts';",
    "export { fromBase64Url, packPayload, seal } from './src/core/collect/envelope.ts';",
    "export { loadWardList } from './src/core/address/index.ts';",
    "export { jpegImage } from './test/images.ts';",
  ]);
}

/** The laptop: the server over a store in `home`, printing its address, until it is sent SIGTERM. */
const serverScript = `
const { startCollectServer, openStore, loadWardList } = await import(${JSON.stringify(pathToFileURL(join(dir, 'collect-code.mjs')).href)});
const server = await startCollectServer({
  host: '127.0.0.1', port: 0, store: openStore({ home: process.argv[2] }), page: { html: '', csp: "default-src 'none'" },
  wardsJson: '{}', wards: await loadWardList(), clock: () => new Date(), onEvent: () => undefined,
  limits: { sendingsPerMinute: 100000, connectionsPerAddress: 100000 },
});
console.log(server.url);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
`;

const { openStore, fromBase64Url, packPayload, seal, jpegImage } = await code();
const home = join(dir, 'home');
writeFileSync(join(dir, 'server.mjs'), serverScript);
const laptop = spawn(process.execPath, [join(dir, 'server.mjs'), home], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let text = '';
  laptop.stdout.on('data', (d) => {
    text += d;
    if (text.includes('\n')) resolve(text.trim());
  });
  laptop.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
});
const server = { close: () => new Promise((resolve) => laptop.once('exit', resolve).kill('SIGTERM')) };
const [base, fragment] = url.split('#');
const key = fromBase64Url(fragment.slice(2));
const photo = () => Buffer.concat([jpegImage(1600, 1000), randomBytes(photoBytes)]);
const sending = (n) => ({
  fields: {
    name: 'Nguyễn Văn An', bhxhCode: String(7931000000 + n), idNumber: `0792050${String(n).padStart(5, '0')}`,
    province: 'TP. Hồ Chí Minh', ward: 'Phường Sài Gòn', street: `${n} Lê Lợi`, email: 'an@gmail.com', phone: '0912345678',
  },
  phoneAgain: '0912345678', idConfirmed: true, commitment: true,
});

/** Each request's own time, all started together. */
async function timed(requests) {
  return Promise.all(requests.map(async (request) => {
    const start = performance.now();
    const response = await request();
    await response.arrayBuffer();
    return { ms: performance.now() - start, status: response.status };
  }));
}

try {
  const bodies = Array.from({ length: count }, (_, i) => seal(key, packPayload(sending(i), [photo(), photo()]), 'send'));
  const pings = await timed(Array.from({ length: count }, () => () => fetch(`${base}/ping`)));
  // The no-op again, started with the sendings: how long a phone opening the page waits meanwhile.
  const [sends, pingsDuring] = await Promise.all([
    timed(bodies.map((body) => () => fetch(`${base}/send`, { method: 'POST', body }))),
    timed(Array.from({ length: count }, () => () => fetch(`${base}/ping`))),
  ]);
  const saved = openStore({ home, readOnly: true }).list().length;
  console.log(`collect: ${count} sendings at once, two photos of ${(photoBytes / 1e6).toFixed(1)} MB each, loopback`);
  console.log('answer   no-op alone   no-op meanwhile   sending (form + photos)');
  for (let i = 0; i < count; i++) {
    console.log(`${String(i + 1).padStart(6)}  ${ms(pings[i].ms)}     ${ms(pingsDuring[i].ms)}         ${ms(sends[i].ms)}  ${sends[i].status}`);
  }
  const line = (label, list) => `${label.padEnd(16)} median ${ms(median(list.map((r) => r.ms)))}  max ${ms(Math.max(...list.map((r) => r.ms)))}`;
  console.log(line('no-op alone', pings));
  console.log(line('no-op meanwhile', pingsDuring));
  console.log(line('sending', sends));
  console.log(`saved: ${saved} of ${count}; refused: ${sends.filter((s) => s.status !== 200).length}`);
  if (saved !== count) fail(`only ${saved} of ${count} saved`);
} finally {
  await server.close();
  remove(dir);
}
