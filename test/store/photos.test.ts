import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { convertedPhotoPath, isStoredPhoto, removeStoredPhotos, writeConvertedPhoto } from '../../src/store/photos.js';
import { tempFolder } from '../temp.js';

describe('stored photos', () => {
  it('knows its own files from the user\'s, whatever the path says', () => {
    const store = '/home/an/.config/vssid-helper/data.json';
    const data = '/home/an/.config/vssid-helper';
    expect(isStoredPhoto(store, `${data}/photos/k3f9q2-front-0123.jpg`)).toBe(true);
    expect(isStoredPhoto(store, `${data}/photos/../data.json`)).toBe(false);
    expect(isStoredPhoto(store, `${data}/photos`)).toBe(false);
    expect(isStoredPhoto(store, `${data}/photos-cu/a.jpg`)).toBe(false);
    expect(isStoredPhoto(store, '/home/an/Downloads/photos/a.jpg')).toBe(false);
  });

  it('names a converted photo by its source, so the same HEIC is one file', () => {
    const a = convertedPhotoPath('/d/data.json', 'k3f9q2', 'back', new Uint8Array([1, 2, 3]));
    expect(a).toBe(convertedPhotoPath('/d/data.json', 'k3f9q2', 'back', new Uint8Array([1, 2, 3])));
    expect(a).not.toBe(convertedPhotoPath('/d/data.json', 'k3f9q2', 'back', new Uint8Array([1, 2, 4])));
    expect(a).toMatch(/^\/d\/photos\/k3f9q2-back-[0-9a-f]{16}\.jpg$/);
  });

  it('writes owner-only, refuses a link in place of the folder', () => {
    const data = tempFolder();
    const store = join(data, 'data.json');
    const file = convertedPhotoPath(store, 'k3f9q2', 'front', new Uint8Array([9]));
    writeConvertedPhoto(store, file, new Uint8Array([0xff, 0xd8, 0xff]));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(data, 'photos')).mode & 0o777).toBe(0o700);
    const other = tempFolder();
    writeFileSync(join(other, 'photos'), 'a file where the folder should be');
    expect(() => writeConvertedPhoto(join(other, 'data.json'), join(other, 'photos', 'x.jpg'), new Uint8Array([1]))).toThrow(/không ghi ảnh vào đó/);
  });

  it('removeStoredPhotos deletes the tool\'s copies only, and a missing one is no error', () => {
    const data = tempFolder();
    const store = join(data, 'data.json');
    const mine = convertedPhotoPath(store, 'k3f9q2', 'front', new Uint8Array([9]));
    writeConvertedPhoto(store, mine, new Uint8Array([0xff, 0xd8, 0xff]));
    const users = join(data, 'anh', 'sau.jpg');
    mkdirSync(join(data, 'anh'));
    writeFileSync(users, 'x');
    const record = {
      id: 'k3f9q2', createdAt: '', updatedAt: '', state: 'done', events: [],
      fields: { frontPhoto: mine, backPhoto: users, portraitPhoto: join(data, 'photos', 'gone.jpg') },
    } satisfies StudentRecord;
    removeStoredPhotos(store, [record]);
    expect(existsSync(mine)).toBe(false);
    expect(existsSync(users)).toBe(true);
  });
});
