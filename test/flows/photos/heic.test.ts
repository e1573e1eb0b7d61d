import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { heicToJpeg } from '../../../src/flows/photos/heic.js';
import { sniffImage } from '../../../src/core/fields/photo.js';
import { jpegSize } from '../../../src/core/fields/photo-size.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/photos', name));
const HEIC = fixture('card-640x400.heic');
// Pixels that do not compress: a lower quality makes a smaller file.
const GRAINY = fixture('noise-96x64.heic');

describe('heicToJpeg', () => {
  it('turns an iPhone-format photo into a JPEG of the same size in pixels', async () => {
    expect(sniffImage(HEIC)).toBe('heic');
    const jpeg = await heicToJpeg(HEIC, Infinity);
    expect(sniffImage(jpeg)).toBe('jpeg');
    expect(jpegSize((position, length) => jpeg.subarray(position, position + length))).toEqual({ width: 640, height: 400 });
  });

  it('converts once more, smaller, when the first JPEG is over the limit', async () => {
    const first = await heicToJpeg(GRAINY, Infinity);
    const smaller = await heicToJpeg(GRAINY, first.length - 1);
    expect(sniffImage(smaller)).toBe('jpeg');
    expect(smaller.length).toBeLessThan(first.length);
  });

  it('refuses what is not HEIC, with an error the command reports', async () => {
    await expect(heicToJpeg(new Uint8Array(64), Infinity)).rejects.toThrow();
  });
});
