/**
 * The sealed envelope a sending travels in, the same code on the phone and on the laptop:
 * XChaCha20-Poly1305 from @noble/ciphers (audited, maintained; pure JavaScript, because a page
 * served over plain http on a LAN is not a "secure context" and gets no WebCrypto subtle API).
 * A random 24-byte nonce per message is safe with XChaCha's long nonces. The key is 32 random
 * bytes that reach the phone only in the URL's fragment (#k=…), which browsers never send.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { randomBytes } from '@noble/ciphers/utils.js';

export const KEY_BYTES = 32;
export const NONCE_BYTES = 24;

/** Bound to its direction, so a laptop's answer can never be replayed to it as a sending. */
export type Direction = 'send' | 'reply';
const AAD: Record<Direction, Uint8Array> = {
  send: new TextEncoder().encode('vssid-collect/send'),
  reply: new TextEncoder().encode('vssid-collect/reply'),
};

export const newKey = (): Uint8Array => randomBytes(KEY_BYTES);

/** The nonce, then the ciphertext with its 16-byte tag. */
export function seal(key: Uint8Array, plaintext: Uint8Array, direction: Direction): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const box = xchacha20poly1305(key, nonce, AAD[direction]).encrypt(plaintext);
  const sealed = new Uint8Array(NONCE_BYTES + box.length);
  sealed.set(nonce);
  sealed.set(box, NONCE_BYTES);
  return sealed;
}

/** Undefined when the bytes were not sealed with this key for this direction, or were changed. */
export function unseal(key: Uint8Array, sealed: Uint8Array, direction: Direction): { nonce: Uint8Array; plaintext: Uint8Array } | undefined {
  if (sealed.length < NONCE_BYTES + 16) return undefined;
  const nonce = sealed.slice(0, NONCE_BYTES);
  try {
    return { nonce, plaintext: xchacha20poly1305(key, nonce, AAD[direction]).decrypt(sealed.subarray(NONCE_BYTES)) };
  } catch {
    return undefined;
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Base64url without padding (RFC 4648 §5), as a URL carries the key. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += ALPHABET[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (value >> bits) & 0xff;
    }
  }
  return bytes;
}

/**
 * A sending's plaintext: 4 bytes (big-endian) giving the JSON's length, the JSON (UTF-8), then
 * the photos' bytes one after another, their lengths in the JSON's `photoLengths`. Binary, so a
 * 1 MB photo costs 1 MB, not the third more of base64.
 */
export function packPayload(json: Record<string, unknown>, photos: readonly Uint8Array[]): Uint8Array {
  const head = new TextEncoder().encode(JSON.stringify({ ...json, photoLengths: photos.map((p) => p.length) }));
  const out = new Uint8Array(4 + head.length + photos.reduce((sum, p) => sum + p.length, 0));
  new DataView(out.buffer).setUint32(0, head.length);
  out.set(head, 4);
  let at = 4 + head.length;
  for (const photo of photos) {
    out.set(photo, at);
    at += photo.length;
  }
  return out;
}

export function unpackPayload(bytes: Uint8Array): { json: Record<string, unknown>; photos: Uint8Array[] } | undefined {
  if (bytes.length < 4) return undefined;
  const length = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (4 + length > bytes.length) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(4, 4 + length)));
  } catch {
    return undefined;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const lengths = (json as Record<string, unknown>).photoLengths;
  if (!Array.isArray(lengths) || !lengths.every((n) => Number.isSafeInteger(n) && n >= 0)) return undefined;
  let at = 4 + length;
  const photos: Uint8Array[] = [];
  for (const n of lengths as number[]) {
    if (at + n > bytes.length) return undefined;
    photos.push(bytes.subarray(at, at + n));
    at += n;
  }
  return at === bytes.length ? { json: json as Record<string, unknown>, photos } : undefined;
}
