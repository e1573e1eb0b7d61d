import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { convertedPhotoPath, isStoredPhoto, removeStoredPhotos, writeStoredPhoto } from '../../src/flows/stored-photos.js';
import { tempFolder } from '../temp.js';

describe('stored photos', () => {
  it('knows its own files from the user\'s, whatever the path says', () => {
    const data = '/home/an/.config/vssid-helper';
    expect(isStoredPhoto(`${data}/photos/k3f9q2-front-0123.jpg`, data)).toBe(true);
    expect(isStoredPhoto(`${data}/photos/../data.json`, data)).toBe(false);
    expect(isStoredPhoto(`${data}/photos`, data)).toBe(false);
    expect(isStoredPhoto(`${data}/photos-cu/a.jpg`, data)).toBe(false);
    expect(isStoredPhoto('/home/an/Downloads/photos/a.jpg', data)).toBe(false);
  });

  it('names a converted photo by its source, so the same HEIC is one file', () => {
    const a = convertedPhotoPath('/d', 'k3f9q2', 'back', new Uint8Array([1, 2, 3]));
    expect(a).toBe(convertedPhotoPath('/d', 'k3f9q2', 'back', new Uint8Array([1, 2, 3])));
    expect(a).not.toBe(convertedPhotoPath('/d', 'k3f9q2', 'back', new Uint8Array([1, 2, 4])));
    expect(a).toMatch(/^\/d\/photos\/k3f9q2-back-[0-9a-f]{16}\.jpg$/);
  });

  it('removeStoredPhotos deletes the tool\'s copies only, and a missing one is no error', () => {
    const data = tempFolder();
    const mine = convertedPhotoPath(data, 'k3f9q2', 'front', new Uint8Array([9]));
    writeStoredPhoto(data, mine, new Uint8Array([0xff, 0xd8, 0xff]));
    const users = join(data, 'anh', 'sau.jpg');
    mkdirSync(join(data, 'anh'));
    writeFileSync(users, 'x');
    const record = {
      id: 'k3f9q2', createdAt: '', updatedAt: '', state: 'done', events: [],
      fields: { frontPhoto: mine, backPhoto: users, portraitPhoto: join(data, 'photos', 'gone.jpg') },
    } satisfies StudentRecord;
    expect(removeStoredPhotos(record, data)).toEqual([mine]);
    expect(existsSync(mine)).toBe(false);
    expect(existsSync(users)).toBe(true);
  });
});
