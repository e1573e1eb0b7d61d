import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PhotoMatch } from '../../../src/core/photos/match.js';
import type { PhotoSide } from '../../../src/core/photos/side.js';
import type { StudentRecord } from '../../../src/core/record.js';
import { planPhotos } from '../../../src/flows/photos/plan.js';
import { jpegImage } from '../../images.js';
import { tempFolder } from '../../temp.js';

const student = (id: string, state: StudentRecord['state'], fields: StudentRecord['fields'] = {}): StudentRecord => ({
  id, createdAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-09-01T00:00:00.000Z', state, fields: { name: id, ...fields }, events: [],
});

function setup() {
  const dir = tempFolder();
  const at = (name: string) => join(dir, name);
  writeFileSync(at('a.jpg'), jpegImage(1600, 1200));
  writeFileSync(at('b.jpg'), jpegImage(1600, 1000));
  writeFileSync(at('copy-of-a.jpg'), jpegImage(1600, 1200));
  writeFileSync(at('small.jpg'), jpegImage(200, 120));
  writeFileSync(at('x.heic'), 'not read here');
  const match = (record: StudentRecord, side: PhotoSide, name: string): PhotoMatch => ({
    record, side, by: 'name', file: { path: name, kind: name.endsWith('.heic') ? 'heic' : 'jpeg' },
  });
  return { at, match };
}

describe('planPhotos', () => {
  it('keeps the photos of a student past "ready" unless told to overwrite', () => {
    const { at, match } = setup();
    const sent = student('sent01', 'submitted', { frontPhoto: '/old/front.jpg' });
    const matches = [match(sent, 'front', 'a.jpg')];
    const kept = planPhotos(matches, (f) => at(f.path), () => undefined, false);
    expect(kept.kept.map((r) => r.id)).toEqual(['sent01']);
    expect(kept.attach).toEqual([]);
    const replaced = planPhotos(matches, (f) => at(f.path), () => undefined, true);
    expect(replaced.attach.map((a) => [a.record.id, a.side, a.replaces])).toEqual([['sent01', 'front', true]]);
  });

  it('runs the CLI\'s photo checks: too small, and the back a copy of the front', () => {
    const { at, match } = setup();
    const an = student('an0001', 'draft');
    const binh = student('binh01', 'ready', { frontPhoto: at('b.jpg') });
    const plan = planPhotos(
      [match(an, 'front', 'a.jpg'), match(an, 'back', 'copy-of-a.jpg'), match(binh, 'back', 'small.jpg')],
      (f) => at(f.path), () => undefined, false,
    );
    // Which of two identical pictures is the wrong one is not for the tool to guess: both are refused.
    expect(plan.attach).toEqual([]);
    expect(plan.refused.map((r) => [r.file.path, r.message])).toEqual([
      ['a.jpg', expect.stringContaining('giống hệt nhau')],
      ['copy-of-a.jpg', expect.stringContaining('giống hệt nhau')],
      ['small.jpg', expect.stringContaining('quá nhỏ')],
    ]);
  });

  it('knows a photo already attached, a HEIC one by the JPEG made from it', () => {
    const { at, match } = setup();
    const an = student('an0001', 'draft', { frontPhoto: at('a.jpg'), backPhoto: '/data/photos/an0001-back-1.jpg' });
    const plan = planPhotos(
      [match(an, 'front', 'a.jpg'), match(an, 'back', 'x.heic')],
      (f) => at(f.path), () => '/data/photos/an0001-back-1.jpg', false,
    );
    expect(plan.already.map((a) => a.side)).toEqual(['front', 'back']);
    expect(plan.attach).toEqual([]);
    // A HEIC file that cannot be read is tried (and its failure said) at conversion, never "already there".
    const fresh = student('binh01', 'draft');
    const unread = planPhotos([match(fresh, 'back', 'x.heic')], (f) => at(f.path), () => undefined, false);
    expect(unread.attach.map((a) => [a.side, a.heic, a.replaces])).toEqual([['back', true, false]]);
  });
});
