import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { classmate, photo, post, sealed, startTestServer } from './helpers.js';

/** A TCP relay in front of the server that keeps every byte that crosses it, both ways. */
async function tap(target: URL): Promise<{ port: number; bytes: () => Buffer; close: () => void }> {
  const seen: Buffer[] = [];
  const relay = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    client.on('data', (d: Buffer) => seen.push(Buffer.from(d)));
    upstream.on('data', (d: Buffer) => seen.push(Buffer.from(d)));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address() as net.AddressInfo;
  return { port: address.port, bytes: () => Buffer.concat(seen), close: () => relay.close() };
}

describe('collect on the wire', () => {
  it('a whole sending and its answer carry no field value and no photo byte in clear', async () => {
    const run = await startTestServer();
    const relay = await tap(new URL(run.base));
    const base = run.base.replace(/:\d+\//, `:${relay.port}/`);
    const sending = classmate(31, { name: 'Trần Thị Bích Ngọc', email: 'bichngoc.tran@gmail.com', phone: '0987654321', street: '27 Nguyễn Đình Chiểu' });
    const photos = [photo(300_000), photo(300_000)];
    const answer = await post({ ...run, base }, sealed(run.key, sending, photos));
    relay.close();
    expect(answer.status).toBe(200);
    expect(openStore({ home: run.home, readOnly: true }).list()).toHaveLength(1);

    const wire = relay.bytes();
    expect(wire.length).toBeGreaterThan(600_000);
    const values = [...Object.values(sending.fields), 'Thành phố Hồ Chí Minh', '7931000031', '079205000031'].filter((v) => v && v.length >= 4);
    for (const value of values) {
      expect(wire.includes(Buffer.from(value, 'utf8')), value).toBe(false);
      expect(wire.includes(Buffer.from(value.normalize('NFD'), 'utf8')), value).toBe(false);
    }
    // Windows of each photo, from its JPEG header to its last bytes.
    for (const p of photos) {
      for (let at = 0; at + 24 <= p.length; at += 9973) expect(wire.includes(p.subarray(at, at + 24)), `photo bytes at ${at}`).toBe(false);
    }
    // The key never crosses the network: it lives in the fragment.
    expect(wire.includes(Buffer.from(run.url.split('#k=')[1] ?? 'missing'))).toBe(false);
  });
});
