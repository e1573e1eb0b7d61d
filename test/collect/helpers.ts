/** A collect server on loopback over a fresh store, and a phone's sending made as the page makes it. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { loadWardList } from '../../src/core/address/index.js';
import wardData from '../../src/core/address/ward-source.js';
import { fromBase64Url, packPayload, seal, unseal } from '../../src/core/collect/envelope.js';
import type { Submission } from '../../src/core/collect/submission.js';
import { collectPage } from '../../src/collect/page-html.js';
import type { Limits } from '../../src/collect/limits.js';
import { startCollectServer, type CollectEvent, type CollectPage } from '../../src/collect/server.js';
import { openStore, type Store } from '../../src/store/store.js';
import { jpegImage } from '../images.js';
import { tempFolder } from '../temp.js';

const running: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of running.splice(0)) await close();
});

let page: CollectPage | undefined;
const wards = await loadWardList();
const wardsJson = JSON.stringify(wardData);

export interface Running {
  home: string;
  store: Store;
  /** http://127.0.0.1:port/token, without the fragment. */
  base: string;
  key: Uint8Array;
  url: string;
  events: CollectEvent[];
}

export async function startTestServer(limits: Partial<Limits> = {}): Promise<Running> {
  page ??= await collectPage();
  const home = tempFolder('vssid-collect-');
  const store = openStore({ home });
  const events: CollectEvent[] = [];
  const server = await startCollectServer({
    host: '127.0.0.1', port: 0, store, page, wardsJson, wards, clock: () => new Date(), limits, onEvent: (e) => events.push(e),
  });
  running.push(server.close);
  const [base = '', fragment = ''] = server.url.split('#');
  return { home, store, base, key: fromBase64Url(fragment.slice(2)) as Uint8Array, url: server.url, events };
}

/** A JPEG the CLI accepts (1200×800), with `padding` random bytes after its end, as a big photo has. */
export const photo = (padding = 64): Buffer => Buffer.concat([jpegImage(1200, 800), randomBytes(padding)]);

let serial = 0;
/** A classmate with numbers of their own: `n` picks them. */
export function classmate(n = serial++, fields: Submission['fields'] = {}): Submission {
  const all = {
    name: 'Nguyễn Văn An',
    bhxhCode: String(7931000000 + n),
    idNumber: `0792050${String(n).padStart(5, '0')}`,
    province: 'TP. Hồ Chí Minh',
    ward: 'Phường Sài Gòn',
    street: `${n + 1} Lê Lợi`,
    email: 'an@gmail.com',
    phone: '0912345678',
    ...fields,
  };
  return { fields: all, phoneAgain: all.phone, idConfirmed: true, commitment: true };
}

export const sealed = (key: Uint8Array, submission: object, photos: Uint8Array[] = [photo(), photo()]) =>
  seal(key, packPayload({ ...submission }, photos), 'send');

export interface Answer {
  status: number;
  json?: { error?: string };
  reply?: { ok: boolean; message?: string; errors?: Array<{ field: string; message: string }>; ready?: boolean; held?: number; kept?: number };
}

export async function post(run: Running, body: Uint8Array, pathEnd = '/send'): Promise<Answer> {
  const response = await fetch(run.base + pathEnd, { method: 'POST', body: Buffer.from(body), headers: { 'Content-Type': 'application/octet-stream' } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if ((response.headers.get('content-type') ?? '').startsWith('application/json')) {
    return { status: response.status, json: JSON.parse(new TextDecoder().decode(bytes)) };
  }
  const opened = unseal(run.key, bytes, 'reply');
  return { status: response.status, reply: opened && JSON.parse(new TextDecoder().decode(opened.plaintext)) };
}

/** Files in the photos folder (none when it was never made). */
export const storedPhotos = (home: string): string[] => {
  const folder = path.join(home, 'photos');
  return fs.existsSync(folder) ? fs.readdirSync(folder) : [];
};
