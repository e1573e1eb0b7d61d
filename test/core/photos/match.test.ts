import { describe, expect, it } from 'vitest';
import { matchPhotos, pathWords, type FolderFile } from '../../../src/core/photos/match.js';
import { sideOf } from '../../../src/core/photos/side.js';
import type { ImageKind } from '../../../src/core/fields/photo.js';
import type { StudentRecord } from '../../../src/core/record.js';

const student = (id: string, name: string, bhxhCode?: string, idNumber?: string): StudentRecord => ({
  id, createdAt: '2026-09-01T00:00:00.000Z', updatedAt: '2026-09-01T00:00:00.000Z', state: 'draft',
  fields: { name, ...(bhxhCode ? { bhxhCode } : {}), ...(idNumber ? { idNumber } : {}) }, events: [],
});

const CLASS = [
  student('an0001', 'Nguyễn Văn An', '7931234567', '079204001234'),
  student('binh01', 'Trần Thị Bình', '7931234568', '079304005678'),
  student('sau001', 'Lê Văn Sáu', '7931234569'),
  student('nam001', 'Phạm Hoài Nam', '7931234570', '001204009999'),
  student('nam002', 'Phạm Hoài Nam', '7931234571', '001204008888'),
  student('khang1', 'Võ An Khang'),
  student('an0002', 'Võ An'),
];

/** `null`: bytes of no known image. */
const file = (path: string, kind: ImageKind | null = 'jpeg'): FolderFile => ({ path, kind: kind ?? undefined });

/** Each file's outcome as "id side" or the reason it was not matched. */
function outcome(paths: Array<string | FolderFile>, records = CLASS): Record<string, string> {
  const files = paths.map((p) => (typeof p === 'string' ? file(p) : p));
  const { matches, misses } = matchPhotos(files, records);
  return Object.fromEntries([
    ...matches.map((m) => [m.file.path, `${m.record.id} ${m.side}`]),
    ...misses.map((m) => [m.file.path, m.reason]),
  ]);
}

describe('pathWords', () => {
  it('folds diacritics, case, "_" and "-", drops the extension, keeps folder names', () => {
    expect(pathWords('CCCD MẶT TRƯỚC (File responses)/Nguyễn_Văn-An.JPEG')).toEqual([['cccd', 'mat', 'truoc', 'file', 'responses'], ['nguyen', 'van', 'an']]);
  });

  it('reads NFD names (macOS) as NFC ones', () => {
    const nfc = 'CCCD mặt trước - Nguyễn Văn An.jpg';
    expect(nfc.normalize('NFD')).not.toBe(nfc);
    expect(pathWords(nfc.normalize('NFD'))).toEqual(pathWords(nfc));
  });
});

describe('sideOf', () => {
  it('knows the Vietnamese, unaccented, initial and English words', () => {
    for (const words of [['mat', 'truoc'], ['truoc'], ['front'], ['mt'], ['mattruoc']]) expect(sideOf(words)).toBe('front');
    for (const words of [['mat', 'sau'], ['sau'], ['back'], ['ms'], ['matsau']]) expect(sideOf(words)).toBe('back');
  });

  it('tells words naming neither side from words naming both', () => {
    expect(sideOf(['anh', '1'])).toBeUndefined();
    expect(sideOf(['truoc', 'sau'])).toBe('both');
  });
});

describe('matchPhotos', () => {
  it('matches Google Forms names by the whole name and the side', () => {
    expect(outcome(['CCCD mặt trước - Nguyễn Văn An.jpg', 'CCCD mặt sau - Nguyễn Văn An.jpg', 'CCCD mặt trước - Trần Thị Bình.png'])).toEqual({
      'CCCD mặt trước - Nguyễn Văn An.jpg': 'an0001 front',
      'CCCD mặt sau - Nguyễn Văn An.jpg': 'an0001 back',
      'CCCD mặt trước - Trần Thị Bình.png': 'binh01 front',
    });
  });

  it('matches unaccented, underscored, upper-case and NFD names, and Drive question folders', () => {
    expect(outcome([
      'NGUYEN_VAN_AN_MT.jpg',
      'tran-thi-binh-FRONT.heic',
      'CCCD mặt sau (File responses)/IMG_2041 - Trần Thị Bình.jpg'.normalize('NFD'),
    ].map((p) => file(p, p.endsWith('.heic') ? 'heic' : 'jpeg')))).toEqual({
      'NGUYEN_VAN_AN_MT.jpg': 'an0001 front',
      'tran-thi-binh-FRONT.heic': 'binh01 front',
      ['CCCD mặt sau (File responses)/IMG_2041 - Trần Thị Bình.jpg'.normalize('NFD')]: 'binh01 back',
    });
  });

  it('takes the side from the nearest part of the path that names one', () => {
    expect(outcome([
      'Đăng ký trước 30-9 (File responses)/CCCD mặt sau (File responses)/IMG_1 - Nguyễn Văn An.jpg',
      'Đăng ký trước 30-9 (File responses)/CCCD (File responses)/Nguyễn Văn An.jpg',
      'anh truoc va sau/Trần Thị Bình.jpg',
    ])).toEqual({
      'Đăng ký trước 30-9 (File responses)/CCCD mặt sau (File responses)/IMG_1 - Nguyễn Văn An.jpg': 'an0001 back',
      'Đăng ký trước 30-9 (File responses)/CCCD (File responses)/Nguyễn Văn An.jpg': 'an0001 front',
      'anh truoc va sau/Trần Thị Bình.jpg': 'side-unknown',
    });
  });

  it('matches by the BHXH code or the ID number in the name, with no name at all', () => {
    expect(outcome(['7931234567_truoc.jpg', 'z5123 079204001234 sau.jpg', 'hs7931234568-front.jpg'])).toEqual({
      '7931234567_truoc.jpg': 'an0001 front',
      'z5123 079204001234 sau.jpg': 'an0001 back',
      'hs7931234568-front.jpg': 'binh01 front',
    });
  });

  it('never matches namesakes by name alone, and does with a code', () => {
    const { misses } = matchPhotos([file('Phạm Hoài Nam mặt trước.jpg')], CLASS);
    expect(misses).toEqual([expect.objectContaining({ reason: 'namesakes' })]);
    expect(misses[0]?.candidates.map((r) => r.id)).toEqual(['nam001', 'nam002']);
    expect(outcome(['Phạm Hoài Nam 7931234571 mặt trước.jpg', 'Pham Hoai Nam 001204009999 sau.jpg'])).toEqual({
      'Phạm Hoài Nam 7931234571 mặt trước.jpg': 'nam002 front',
      'Pham Hoai Nam 001204009999 sau.jpg': 'nam001 back',
    });
  });

  it('takes whole names only, the longer name over one inside it', () => {
    expect(outcome(['Van An truoc.jpg', 'An truoc.jpg', 'Võ An Khang mặt trước.jpg', 'Võ An mặt sau.jpg'])).toEqual({
      'Van An truoc.jpg': 'no-student',
      'An truoc.jpg': 'no-student',
      'Võ An Khang mặt trước.jpg': 'khang1 front',
      'Võ An mặt sau.jpg': 'an0002 back',
    });
  });

  it('reads the side outside the student\'s name: Sáu is a name, not "sau"', () => {
    expect(outcome(['Lê Văn Sáu mặt trước.jpg', 'Lê Văn Sáu.jpg', 'Lê Văn Sáu sau.jpg'])).toEqual({
      'Lê Văn Sáu mặt trước.jpg': 'sau001 front',
      'Lê Văn Sáu.jpg': 'side-unknown',
      'Lê Văn Sáu sau.jpg': 'sau001 back',
    });
  });

  it('says why each other file is left out', () => {
    expect(outcome([
      file('Nguyễn Văn An mặt trước.pdf', 'pdf'),
      file('ghi chu.txt', null),
      file('z4938123456789_2b3c4d5e.jpg'),
      file('Nguyễn Văn An.jpg'),
      file('Nguyễn Văn An 7931234568 truoc.jpg'),
      file('Trần Thị Bình - Nguyễn Văn An truoc.jpg'),
      file('7931234567 7931234568 sau.jpg'),
    ])).toEqual({
      'Nguyễn Văn An mặt trước.pdf': 'not-image',
      'ghi chu.txt': 'not-image',
      'z4938123456789_2b3c4d5e.jpg': 'no-student',
      'Nguyễn Văn An.jpg': 'side-unknown',
      'Nguyễn Văn An 7931234568 truoc.jpg': 'many-students',
      'Trần Thị Bình - Nguyễn Văn An truoc.jpg': 'many-students',
      '7931234567 7931234568 sau.jpg': 'many-students',
    });
  });

  it('leaves out both files when two are for the same side of one student', () => {
    expect(outcome(['Nguyễn Văn An truoc.jpg', 'Nguyễn Văn An truoc (1).jpg', 'Nguyễn Văn An sau.jpg'])).toEqual({
      'Nguyễn Văn An truoc.jpg': 'same-side-twice',
      'Nguyễn Văn An truoc (1).jpg': 'same-side-twice',
      'Nguyễn Văn An sau.jpg': 'an0001 back',
    });
  });

  it('matches nobody without a name or codes (a draft not yet named)', () => {
    expect(outcome(['truoc.jpg'], [student('blank1', '')])).toEqual({ 'truoc.jpg': 'no-student' });
  });
});
