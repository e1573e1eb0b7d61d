import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderListingFileExists, missingPhotoFiles, nodeFileExists, photosToRedo } from '../../../src/core/fields/photo-presence.js';
import { jpegImage } from '../../images.js';
import { tempFolder } from '../../temp.js';

describe('photos gone since they were checked', () => {
  it('finds a photo deleted or moved, and none once it is back', () => {
    const dir = tempFolder();
    const front = join(dir, 'mat truoc.jpg');
    const back = join(dir, 'mat-sau.jpg');
    writeFileSync(front, jpegImage(1600, 1200));
    writeFileSync(back, jpegImage(1600, 1200));
    const fields = { frontPhoto: front, backPhoto: back, portraitPhoto: '' };
    expect(missingPhotoFiles(fields)).toEqual([]);
    mkdirSync(join(dir, 'khac'));
    renameSync(front, join(dir, 'khac', 'mat truoc.jpg'));
    expect(missingPhotoFiles(fields)).toEqual(['frontPhoto']);
    expect(photosToRedo('ready', fields)).toEqual(['frontPhoto']);
    expect(photosToRedo('submitted', fields)).toEqual([]);
    renameSync(join(dir, 'khac', 'mat truoc.jpg'), front);
    expect(photosToRedo('ready', fields)).toEqual([]);
  });

  it('counts a folder in the photo’s place as missing, and an unreadable place as unknown (not missing)', () => {
    const fields = { frontPhoto: '/a.jpg', backPhoto: '/b.jpg' };
    expect(missingPhotoFiles(fields, (p) => (p === '/a.jpg' ? false : undefined))).toEqual(['frontPhoto']);
    const dir = tempFolder();
    expect(missingPhotoFiles({ frontPhoto: dir })).toEqual(['frontPhoto']);
  });
});

describe('folderListingFileExists: one listing a folder, the same answers as a look at each file', () => {
  it('agrees with nodeFileExists, asking it only for what the listing cannot settle', () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'truoc.jpg'), 'x');
    writeFileSync(join(dir, 'sau.jpg'), 'x');
    mkdirSync(join(dir, 'thu-muc.jpg'));
    symlinkSync(join(dir, 'truoc.jpg'), join(dir, 'lien-ket.jpg'));
    const asked: string[] = [];
    const exists = folderListingFileExists((file) => {
      asked.push(file);
      return nodeFileExists(file);
    });
    const files = ['truoc.jpg', 'sau.jpg', 'mat.jpg', 'thu-muc.jpg', 'lien-ket.jpg'].map((name) => join(dir, name));
    const inMissingFolder = join(dir, 'khong-co', 'anh.jpg');
    for (const file of [...files, inMissingFolder]) expect(exists(file)).toBe(nodeFileExists(file));
    // Listed plain files and a folder that is not there need no look of their own.
    expect(asked.sort()).toEqual([join(dir, 'lien-ket.jpg'), join(dir, 'mat.jpg'), join(dir, 'thu-muc.jpg')].sort());
  });
});
