import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkField, photoPairProblem } from '../../../src/core/fields/check.js';
import {
  checkPhotoFile,
  checkRecordPhotos,
  MAX_PHOTO_BYTES,
  photoPairProblems,
  sniffImage,
  type PhotoFiles,
} from '../../../src/core/fields/photo.js';
import { normalizePhotoPath } from '../../../src/core/fields/photo-path.js';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const HEIC = new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0');

describe('normalizePhotoPath', () => {
  const home = '/home/an';
  it.each([
    ['/home/an/Ảnh/cccd truoc.jpg', '/home/an/Ảnh/cccd truoc.jpg'],
    ['  /Users/an/Desktop/CCCD\\ mặt\\ trước.jpg ', '/Users/an/Desktop/CCCD mặt trước.jpg'],
    ["'/home/an/Ảnh CCCD (1).png' ", '/home/an/Ảnh CCCD (1).png'],
    ["'/home/an/It'\\''s.png'", "/home/an/It's.png"],
    ['"C:\\Users\\An\\Pictures\\cccd truoc.jpg"', 'C:\\Users\\An\\Pictures\\cccd truoc.jpg'],
    ['C:\\Users\\An\\cccd.jpg', 'C:\\Users\\An\\cccd.jpg'],
    ['~/Ảnh/cccd.jpg', '/home/an/Ảnh/cccd.jpg'],
    ['~', '/home/an'],
    ['file:///home/an/c%E1%BA%A5p%201.jpg', '/home/an/cấp 1.jpg'],
    ['anh/cccd\\(1\\).jpg', 'anh/cccd(1).jpg'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizePhotoPath(raw, home)).toBe(expected);
  });

  it('is idempotent, even on quote and backslash soup', () => {
    const unit = fc.constantFrom("'", '"', '\\', ' ', 'a', '~', '/', 'file://', '%20', 'C:', '\t');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (raw) => {
        const once = normalizePhotoPath(raw, home);
        expect(normalizePhotoPath(once, home)).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  it('leaves the file name’s Unicode form alone (macOS names may be NFD)', () => {
    const nfd = '/Users/an/ảnh.jpg'.normalize('NFD');
    expect(normalizePhotoPath(nfd, home)).toBe(nfd);
  });
});

describe('sniffImage', () => {
  it('tells formats by their bytes', () => {
    expect(sniffImage(JPEG)).toBe('jpeg');
    expect(sniffImage(PNG)).toBe('png');
    expect(sniffImage(HEIC)).toBe('heic');
    expect(sniffImage(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffImage(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImage(new Uint8Array())).toBeUndefined();
  });
});

describe('checkPhotoFile (real files)', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vssid-photo-'));
    writeFileSync(at('mặt trước.jpg'), JPEG);
    writeFileSync(at('mat-sau.PNG'), PNG);
    writeFileSync(at('png-named.jpg'), PNG);
    writeFileSync(at('iphone.jpg'), HEIC);
    writeFileSync(at('note.jpg'), 'không phải ảnh');
    writeFileSync(at('empty.jpg'), '');
    mkdirSync(at('folder.jpg'));
    symlinkSync(at('mặt trước.jpg'), at('link.jpg'));
    writeFileSync(at('bản sao.jpg'), JPEG);
    // Same size as the front, one byte different.
    writeFileSync(at('other.jpg'), Uint8Array.from([...JPEG.subarray(0, -1), 2]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts JPEG and PNG by content, whatever the name says', () => {
    expect(checkPhotoFile(at('mặt trước.jpg'))).toMatchObject({ ok: true, format: 'jpeg', size: JPEG.length });
    expect(checkPhotoFile(at('mat-sau.PNG'))).toMatchObject({ ok: true, format: 'png' });
    expect(checkPhotoFile(at('png-named.jpg'))).toMatchObject({ ok: true, format: 'png' });
  });

  it('accepts a dragged, escaped path', () => {
    expect(checkPhotoFile(`${at('mặt\\ trước.jpg')} `)).toMatchObject({ ok: true, path: at('mặt trước.jpg') });
  });

  it.each([
    ['missing.jpg', /^Không tìm thấy tệp/],
    ['folder.jpg', /không phải một tệp/],
    ['empty.jpg', /rỗng \(0 byte\)/],
    ['iphone.jpg', /ảnh HEIC/],
    ['note.jpg', /không phải ảnh JPEG hay PNG \(kiểm tra theo nội dung tệp/],
  ])('refuses %s', (name, pattern) => {
    const r = checkPhotoFile(at(name));
    expect(!r.ok && r.message).toMatch(pattern);
  });

  it('through checkField: stores the absolute path, refuses the same file for both sides', () => {
    const front = checkField('frontPhoto', at('mặt trước.jpg'));
    expect(front).toMatchObject({ ok: true, value: at('mặt trước.jpg') });
    const record = { frontPhoto: at('mặt trước.jpg') };
    expect(checkField('backPhoto', at('mat-sau.PNG'), { record })).toMatchObject({ ok: true });
    expect(checkField('backPhoto', at('link.jpg'), { record })).toMatchObject({ ok: false, message: expect.stringContaining('cùng một tệp') });
    expect(checkField('frontPhoto', at('missing.jpg'))).toMatchObject({ ok: false });
    expect(checkField('frontPhoto', at('missing.jpg'), { files: false })).toMatchObject({ ok: true });
  });

  it('refuses a byte-identical copy of the front under another name, not a same-size different photo', () => {
    const record = { frontPhoto: at('mặt trước.jpg') };
    expect(checkField('backPhoto', at('bản sao.jpg'), { record })).toMatchObject({
      ok: false, message: expect.stringContaining('giống hệt nhau'),
    });
    expect(checkField('backPhoto', at('other.jpg'), { record })).toMatchObject({ ok: true });
    expect(photoPairProblem({ ...record, backPhoto: at('bản sao.jpg') })).toContain('giống hệt nhau');
    expect(photoPairProblem({ ...record, backPhoto: at('other.jpg') })).toBeUndefined();
  });

  it('refuses a portrait that is the front or the back, by path or by content', () => {
    const record = { frontPhoto: at('mặt trước.jpg'), backPhoto: at('mat-sau.PNG') };
    expect(checkField('portraitPhoto', at('link.jpg'), { record })).toMatchObject({
      ok: false, message: expect.stringMatching(/^Ảnh chân dung là cùng một tệp với ảnh mặt trước/),
    });
    expect(checkField('portraitPhoto', at('mat-sau.PNG'), { record })).toMatchObject({
      ok: false, message: expect.stringMatching(/^Ảnh chân dung là cùng một tệp với ảnh mặt sau/),
    });
    expect(checkField('portraitPhoto', at('bản sao.jpg'), { record })).toMatchObject({
      ok: false, message: expect.stringMatching(/^Ảnh chân dung giống hệt ảnh mặt trước/),
    });
    expect(checkField('portraitPhoto', at('other.jpg'), { record })).toMatchObject({ ok: true });
    // And the other way round: a front typed after the portrait.
    expect(checkField('frontPhoto', at('other.jpg'), { record: { portraitPhoto: at('other.jpg') } })).toMatchObject({ ok: false });

    const fields = { ...record, portraitPhoto: at('bản sao.jpg') };
    expect(photoPairProblems(fields)).toEqual([
      { field: 'portraitPhoto', other: 'frontPhoto', message: expect.stringContaining('Ảnh chân dung giống hệt') },
    ]);
    expect(checkRecordPhotos(fields)).toEqual([{ field: 'portraitPhoto', message: expect.stringContaining('chân dung') }]);
    // Front and back only, as the wizard's front/back prompts expect.
    expect(photoPairProblem(fields)).toBeUndefined();
  });
});

describe('checkPhotoFile (injected file system)', () => {
  const fake = (size: number, head: Uint8Array = JPEG): PhotoFiles => ({
    stat: () => ({ isFile: true, size }),
    readHead: () => head,
    realPath: (p) => p,
  });

  it('accepts exactly 10 MB and refuses more, saying the size', () => {
    expect(checkPhotoFile('/x/a.jpg', fake(MAX_PHOTO_BYTES))).toMatchObject({ ok: true });
    const r = checkPhotoFile('/x/a.jpg', fake(12.5 * 1024 * 1024));
    expect(!r.ok && r.message).toMatch(/nặng 12,5 MB, quá giới hạn 10 MB/);
  });

  it('compares contents only when the sizes are equal', () => {
    const compared: string[][] = [];
    const files = (sizes: Record<string, number>): PhotoFiles => ({
      stat: (p) => ({ isFile: true, size: sizes[p] ?? 0 }),
      readHead: () => JPEG,
      realPath: (p) => p,
      sameContent: (a, b) => (compared.push([a, b]), true),
    });
    const record = { frontPhoto: '/x/a.jpg' };
    expect(checkField('backPhoto', '/x/b.jpg', { record, files: files({ '/x/a.jpg': 10, '/x/b.jpg': 11 }) })).toMatchObject({ ok: true });
    expect(compared).toEqual([]);
    expect(checkField('backPhoto', '/x/b.jpg', { record, files: files({ '/x/a.jpg': 10, '/x/b.jpg': 10 }) })).toMatchObject({ ok: false });
    expect(compared).toEqual([['/x/b.jpg', '/x/a.jpg']]);
  });

  it('reports a file it cannot read', () => {
    const denied: PhotoFiles = {
      ...fake(10),
      readHead: () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    };
    expect(checkPhotoFile('/x/a.jpg', denied)).toMatchObject({ ok: false, message: expect.stringContaining('EACCES') });
  });
});
