import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { classmate, photo, post, sealed, startTestServer, storedPhotos, type Running } from './helpers.js';

const ping = async (run: Running) => (await fetch(`${run.base}/ping`)).status;
const saved = (run: Running) => openStore({ home: run.home, readOnly: true }).list();

/** A raw request, so the path goes out exactly as written (fetch would resolve "..", say). */
function rawGet(run: Running, requestPath: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(run.base);
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: requestPath }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

describe('collect server: a sending', () => {
  it('saves a new student from collect, with both photos owner-only inside the data folder', async () => {
    const run = await startTestServer();
    const answer = await post(run, sealed(run.key, classmate(1)));
    expect(answer).toMatchObject({ status: 200, reply: { ok: true } });
    const [record] = saved(run);
    expect(record?.fields).toMatchObject({ name: 'Nguyễn Văn An', bhxhCode: '7931000001', phone: '0912345678', province: 'Thành phố Hồ Chí Minh' });
    expect(record?.sources?.name).toBe('collect');
    // No agency chosen for the class yet: a draft, the terminal says what is missing.
    expect(record?.state).toBe('draft');
    const folder = path.join(run.home, 'photos');
    if (process.platform !== 'win32') expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    for (const key of ['frontPhoto', 'backPhoto'] as const) {
      const file = record?.fields[key] as string;
      expect(path.dirname(file)).toBe(folder);
      if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    }
    expect(run.events.map((e) => e.kind)).toEqual(['saved']);
  });

  it('is ready when the class has its agency and everything is confirmed', async () => {
    const run = await startTestServer();
    run.store.setProfile({ receivingAgency: 'BHXH cơ sở Quận 1' });
    await post(run, sealed(run.key, classmate(2)));
    expect(saved(run)[0]?.state).toBe('ready');
  });

  it('a second sending updates the draft, and a new phone is held for the monitor', async () => {
    const run = await startTestServer();
    await post(run, sealed(run.key, classmate(3)));
    const again = await post(run, sealed(run.key, classmate(3, { street: '9 Hàm Nghi', phone: '0987654321' })));
    expect(again.reply).toMatchObject({ ok: true, held: 1 });
    const [record] = saved(run);
    expect(record?.fields).toMatchObject({ street: '9 Hàm Nghi', phone: '0912345678' });
    // The first sending's photos were replaced and deleted: two files, not four.
    expect(storedPhotos(run.home)).toHaveLength(2);
  });

  it('refuses, saving nothing, one that matches a saved student by only one number', async () => {
    const run = await startTestServer();
    await post(run, sealed(run.key, classmate(4)));
    const other = classmate(5, { bhxhCode: '7931000004' });
    const answer = await post(run, sealed(run.key, other));
    expect(answer).toMatchObject({ status: 409, reply: { ok: false } });
    expect(answer.reply?.message).toContain('không khớp');
    expect(saved(run)).toHaveLength(1);
    expect(storedPhotos(run.home)).toHaveLength(2);
  });

  it('answers wrong fields with the CLI’s messages, sealed, and keeps nothing', async () => {
    const run = await startTestServer();
    const answer = await post(run, sealed(run.key, classmate(6, { phone: '912345678' })));
    expect(answer.status).toBe(422);
    expect(answer.reply?.errors?.map((e) => e.field)).toEqual(['phone']);
    expect(saved(run)).toEqual([]);
    expect(storedPhotos(run.home)).toEqual([]);
  });

  it('refuses one photo sent as both sides, and a photo too small to read', async () => {
    const run = await startTestServer();
    const same = photo();
    expect((await post(run, sealed(run.key, classmate(7), [same, same]))).reply?.errors?.[0]?.field).toBe('backPhoto');
    const { jpegImage } = await import('../images.js');
    const tiny = await post(run, sealed(run.key, classmate(7), [jpegImage(200, 120), photo()]));
    expect(tiny.reply?.errors?.[0]).toMatchObject({ field: 'frontPhoto' });
    expect(tiny.reply?.errors?.[0]?.message).not.toContain(run.home);
    expect(saved(run)).toEqual([]);
    expect(storedPhotos(run.home)).toEqual([]);
  });
});

describe('collect server: hostile requests', () => {
  it('a wrong, missing or extended token is a bare 404, traversal included', async () => {
    const run = await startTestServer();
    const token = new URL(run.base).pathname.slice(1);
    for (const p of ['/', '/favicon.ico', `/${token.slice(0, -1)}`, `/${token}x`, `/${token}/../../etc/passwd`, `/${token}/%2e%2e/data.json`, `/${token}/photos/`, `/../${token}`]) {
      expect(await rawGet(run, p), p).toEqual({ status: 404, body: '' });
    }
    expect((await rawGet(run, `/${token}`)).status).toBe(200);
    expect(await ping(run)).toBe(204);
  });

  it('refuses an oversized body (declared or streamed) and goes on serving', async () => {
    const run = await startTestServer({ maxBodyBytes: 100_000 });
    const declared = await post(run, new Uint8Array(200_000));
    expect(declared).toMatchObject({ status: 413 });
    expect(declared.json?.error).toContain('quá lớn');
    const streamed = await new Promise<number>((resolve) => {
      const { port, pathname } = new URL(run.base);
      const req = http.request({ host: '127.0.0.1', port, path: `${pathname}/send`, method: 'POST', headers: { 'Transfer-Encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', () => resolve(-1));
      for (let i = 0; i < 30; i++) req.write(Buffer.alloc(10_000));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(await ping(run)).toBe(204);
    expect((await post(run, sealed(run.key, classmate(8), [photo(), photo()]))).status).toBe(200);
  });

  it('refuses malformed bodies: not sealed, sealed but not a sending', async () => {
    const run = await startTestServer();
    expect((await post(run, new TextEncoder().encode('{"fields":{}}'))).status).toBe(400);
    const { seal } = await import('../../src/core/collect/envelope.js');
    expect((await post(run, seal(run.key, new TextEncoder().encode('not json'), 'send'))).status).toBe(400);
    expect((await post(run, sealed(run.key, { fields: 'x' }))).status).toBe(400);
    expect((await post(run, sealed(run.key, classmate(9), [photo()]))).status).toBe(400);
    expect(saved(run)).toEqual([]);
    expect(run.events.every((e) => e.kind === 'rejected')).toBe(true);
  });

  it('refuses a replayed sending and a tampered one: one student saved', async () => {
    const run = await startTestServer();
    const body = sealed(run.key, classmate(10));
    expect((await post(run, body)).status).toBe(200);
    const replay = await post(run, body);
    expect(replay.status).toBe(400);
    expect(replay.json?.error).toBeTruthy();
    const tampered = sealed(run.key, classmate(11));
    tampered[100] = (tampered[100] ?? 0) ^ 0xff;
    expect((await post(run, tampered)).status).toBe(400);
    // A reply sealed by the laptop is not a sending either.
    expect(saved(run)).toHaveLength(1);
    expect(run.events.filter((e) => e.kind === 'rejected').map((e) => e.kind === 'rejected' && e.reason)).toEqual(['replayed', 'unreadable']);
  });

  it('limits sendings per address per minute, with a message for the phone', async () => {
    const run = await startTestServer({ sendingsPerMinute: 2 });
    await post(run, sealed(run.key, classmate(12)));
    await post(run, sealed(run.key, classmate(13)));
    const third = await post(run, sealed(run.key, classmate(14)));
    expect(third.status).toBe(429);
    expect(third.json?.error).toContain('một phút');
    expect(saved(run)).toHaveLength(2);
  });

  it('drops slow clients holding connections, and serves a real sending meanwhile', async () => {
    const run = await startTestServer({ headersTimeoutMs: 500, requestTimeoutMs: 1000, connectionsPerAddress: 100 });
    const { port, pathname } = new URL(run.base);
    const slow = Array.from({ length: 20 }, () => {
      const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(`POST ${pathname}/send HTTP/1.1\r\nHost: x\r\n`));
      socket.on('error', () => undefined);
      return new Promise<void>((resolve) => socket.on('close', () => resolve()));
    });
    expect((await post(run, sealed(run.key, classmate(15)))).status).toBe(200);
    await Promise.all(slow);
    expect(await ping(run)).toBe(204);
    expect(saved(run)).toHaveLength(1);
  });

  it('closes connections past the limit for one address', async () => {
    const run = await startTestServer({ connectionsPerAddress: 3 });
    const { port } = new URL(run.base);
    const sockets = Array.from({ length: 5 }, () => net.connect(Number(port), '127.0.0.1').on('error', () => undefined));
    await new Promise((r) => setTimeout(r, 300));
    expect(sockets.filter((s) => s.destroyed || s.readyState === 'closed').length).toBeGreaterThanOrEqual(2);
    for (const s of sockets) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await ping(run)).toBe(204);
    expect(run.events.some((e) => e.kind === 'rejected' && e.reason === 'connections')).toBe(true);
  });
});
