import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/core/fields/check.js';
import { checkPhotoFile, nodePhotoFiles } from '../../../src/core/fields/photo.js';
import { MIN_PHOTO_SIDE } from '../../../src/core/fields/photo-quality.js';
import { imageSize, jpegSize, pngSize, type ReadAt } from '../../../src/core/fields/photo-size.js';
import { jpegImage, pngImage } from '../../images.js';
import { tempFolder } from '../../temp.js';

const reader = (bytes: Uint8Array): ReadAt => (position, length) => bytes.subarray(position, position + length);

function photoFile(name: string, bytes: Uint8Array): string {
  const file = join(tempFolder(), name);
  writeFileSync(file, bytes);
  return file;
}

describe('image size from the header', () => {
  it('reads a PNG’s IHDR', () => {
    expect(pngSize(reader(pngImage(1200, 800)))).toEqual({ width: 1200, height: 800 });
    expect(pngSize(reader(pngImage(20, 20)))).toEqual({ width: 20, height: 20 });
  });

  it('reads a baseline and a progressive JPEG’s frame', () => {
    expect(jpegSize(reader(jpegImage(1280, 960)))).toEqual({ width: 1280, height: 960 });
    expect(jpegSize(reader(jpegImage(3000, 4000, { progressive: true })))).toEqual({ width: 3000, height: 4000 });
  });

  it('skips an EXIF block before the frame, even one holding a thumbnail’s frame header', () => {
    const bytes = jpegImage(1600, 1200, { exif: true });
    // The decoy 16×16 frame inside EXIF comes first in the file; the real one is after it.
    expect(bytes.indexOf(Buffer.from([0xff, 0xc0]))).toBeLessThan(bytes.lastIndexOf(Buffer.from([0xff, 0xc0])));
    expect(jpegSize(reader(bytes))).toEqual({ width: 1600, height: 1200 });
  });

  it('finds no size in a file cut before its frame, or with image data and no frame', () => {
    const whole = jpegImage(1600, 1200, { exif: true });
    const sof = whole.lastIndexOf(Buffer.from([0xff, 0xc0]));
    expect(jpegSize(reader(whole.subarray(0, sof + 4)))).toBeUndefined();
    expect(jpegSize(reader(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9])))).toBeUndefined();
    expect(pngSize(reader(pngImage(10, 10).subarray(0, 20)))).toBeUndefined();
    expect(imageSize('jpeg', reader(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00])))).toBeUndefined();
  });

  it('never throws on any bytes after a JPEG or PNG signature, and stops quickly', () => {
    const tail = fc.uint8Array({ maxLength: 200 });
    fc.assert(
      fc.property(tail, fc.boolean(), (bytes, png) => {
        const head = png ? Buffer.from('\x89PNG\r\n\x1a\n', 'latin1') : Buffer.from([0xff, 0xd8]);
        const size = imageSize(png ? 'png' : 'jpeg', reader(Buffer.concat([head, bytes])));
        if (size !== undefined) expect(size.width * size.height).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads real files from disk through the node reader', () => {
    const file = photoFile('mat truoc.jpg', jpegImage(4032, 3024, { exif: true, progressive: true }));
    const read: ReadAt = (position, length) => nodePhotoFiles.readAt!(file, position, length);
    expect(jpegSize(read)).toEqual({ width: 4032, height: 3024 });
  });
});

describe('checkPhotoFile: a photo the app can read', () => {
  it('refuses a tiny photo, saying its size and the minimum', () => {
    const file = photoFile('nho.png', pngImage(20, 20));
    expect(checkPhotoFile(file)).toEqual({ ok: false, message: expect.stringMatching(/20×20 điểm ảnh.*ít nhất 300/) });
    const thumbnail = photoFile('thu-nho.jpg', jpegImage(400, MIN_PHOTO_SIDE - 1));
    expect(checkPhotoFile(thumbnail)).toMatchObject({ ok: false });
    expect(checkPhotoFile(photoFile('du.jpg', jpegImage(450, MIN_PHOTO_SIDE)))).toMatchObject({ ok: true, warnings: [] });
  });

  it('accepts a phone photo in either orientation, 4:3 or 16:9, with no warning', () => {
    for (const [w, h] of [[4032, 3024], [3024, 4032], [1920, 1080], [1080, 1920], [1586, 1000]] as const) {
      const check = checkPhotoFile(photoFile(`p${w}x${h}.jpg`, jpegImage(w, h, { exif: true })));
      expect(check, `${w}×${h}`).toMatchObject({ ok: true, dimensions: { width: w, height: h }, warnings: [] });
    }
  });

  it('warns, and accepts, a nearly square crop or a screenshot-long shape', () => {
    for (const [w, h] of [[1000, 1000], [1080, 2340]] as const) {
      const check = checkPhotoFile(photoFile(`o${w}.png`, pngImage(w, h)));
      expect(check, `${w}×${h}`).toMatchObject({ ok: true, warnings: [expect.stringContaining('tỉ lệ khác hẳn')] });
    }
  });

  it('warns about a very large file, a real 6 MB PNG', () => {
    const bytes = pngImage(1900, 1150, { noise: true });
    expect(bytes.length).toBeGreaterThan(6 * 1000 * 1000);
    const check = checkPhotoFile(photoFile('lon.png', bytes));
    expect(check).toMatchObject({ ok: true, warnings: [expect.stringMatching(/nặng 6,\d MB/)] });
  });

  it('warns when the header holds no size (a damaged or unfinished copy), and the wizard shows it', () => {
    const whole = jpegImage(1600, 1200);
    const cut = photoFile('dang-chep.jpg', whole.subarray(0, 30));
    expect(checkPhotoFile(cut)).toMatchObject({ ok: true, warnings: [expect.stringContaining('Không đọc được kích thước')] });
    expect(checkField('frontPhoto', cut)).toMatchObject({ ok: true, warnings: [expect.stringContaining('bị hỏng')] });
  });
});
