import { describe, expect, it } from 'vitest';
import {
  fromBase64Url, newKey, packPayload, seal, toBase64Url, unpackPayload, unseal,
} from '../../../src/core/collect/envelope.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('envelope', () => {
  it('opens what it sealed, and nothing changed, replayed the other way or under another key', () => {
    const key = newKey();
    const sealed = seal(key, bytes('Nguyễn Văn An'), 'send');
    expect(new TextDecoder().decode(unseal(key, sealed, 'send')?.plaintext)).toBe('Nguyễn Văn An');
    const changed = sealed.slice();
    changed[30] = (changed[30] ?? 0) ^ 1;
    expect(unseal(key, changed, 'send')).toBeUndefined();
    expect(unseal(key, sealed, 'reply')).toBeUndefined();
    expect(unseal(newKey(), sealed, 'send')).toBeUndefined();
    expect(unseal(key, sealed.subarray(0, 30), 'send')).toBeUndefined();
  });

  it('each sealing has its own nonce', () => {
    const key = newKey();
    expect(seal(key, bytes('a'), 'send').subarray(0, 24)).not.toEqual(seal(key, bytes('a'), 'send').subarray(0, 24));
  });

  it('base64url round-trips every length, as Node writes it', () => {
    for (let n = 0; n < 40; n++) {
      const data = newKey().subarray(0, n % 33);
      const text = toBase64Url(data);
      expect(text).toBe(Buffer.from(data).toString('base64url'));
      expect(fromBase64Url(text)).toEqual(data);
    }
    expect(fromBase64Url('a+b/')).toBeUndefined();
  });

  it('packs JSON and photos and refuses lengths that do not add up', () => {
    const photos = [bytes('front'), bytes('back!')];
    const packed = packPayload({ a: 1 }, photos);
    expect(unpackPayload(packed)).toEqual({ json: { a: 1, photoLengths: [5, 5] }, photos });
    expect(unpackPayload(packed.subarray(0, packed.length - 1))).toBeUndefined();
    expect(unpackPayload(new Uint8Array([0, 0, 0, 9, 1]))).toBeUndefined();
  });
});
