import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StudentFields, StudentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { jpegImage, pngImage } from '../images.js';
import { runCli, tempHome } from './helpers.js';
import { flat } from '../flat.js';

const HEIC = readFileSync(join(import.meta.dirname, '../fixtures/photos/card-640x400.heic'));

const STUDENTS: Array<StudentFields & { state?: StudentRecord['state'] }> = [
  { name: 'Nguyễn Văn An', bhxhCode: '7931234567' },
  { name: 'Trần Thị Bình', bhxhCode: '7931234568' },
  { name: 'Phạm Hoài Nam', bhxhCode: '7931234570' },
  { name: 'Phạm Hoài Nam', bhxhCode: '7931234571' },
  { name: 'Lê Thị Cúc', bhxhCode: '7931234572', state: 'submitted' },
];

/** The class in a fresh home; Cúc has sent her form with photos of her own. */
function seed(home: string, cucPhoto: string): StudentRecord[] {
  const store = openStore({ home });
  const records = STUDENTS.map(({ state, ...fields }) => {
    const record = store.create(fields);
    return state === undefined ? record : { ...record, state, fields: { ...fields, frontPhoto: cucPhoto } };
  });
  store.saveMany(records);
  return openStore({ home }).list();
}

/** A Google Forms download (a folder per question), Zalo photos renamed by hand, and the odd ones out. */
function makeFolder(root: string): void {
  const forms = join(root, 'CCCD mặt trước (File responses)');
  mkdirSync(forms, { recursive: true });
  writeFileSync(join(forms, 'IMG_2041 - Nguyễn Văn An.jpg'), jpegImage(1600, 1200));
  writeFileSync(join(root, 'CCCD mặt sau - Nguyễn Văn An.png'), pngImage(1200, 900));
  writeFileSync(join(root, 'tran_thi_binh_MT.jpg'), jpegImage(1600, 1000, { exif: true }));
  // macOS writes names decomposed (NFD).
  writeFileSync(join(root, 'Trần Thị Bình mặt sau.jpg'.normalize('NFD')), jpegImage(1500, 1000));
  writeFileSync(join(root, 'Phạm Hoài Nam mặt trước.jpg'), jpegImage(1600, 1200, { progressive: true }));
  writeFileSync(join(root, 'Pham Hoai Nam 7931234571 truoc.jpg'), jpegImage(1400, 1000));
  writeFileSync(join(root, '7931234571_sau.HEIC'), HEIC);
  writeFileSync(join(root, 'Lê Thị Cúc mặt sau.jpg'), jpegImage(1600, 1200));
  writeFileSync(join(root, 'z4938123456789_2b3c4d5e6f.jpg'), jpegImage(1600, 1200));
  writeFileSync(join(root, 'ghi chú - Nguyễn Văn An mặt trước.txt'), 'không phải ảnh');
}

describe('photos <folder>', () => {
  let home: string;
  let folder: string;
  let records: StudentRecord[];
  const dataFile = () => readFileSync(join(home, 'data.json'), 'utf8');

  beforeAll(() => {
    home = tempHome();
    folder = join(tempHome(), 'anh lop');
    mkdirSync(folder);
    makeFolder(folder);
    const cucPhoto = join(home, '..', 'cuc-truoc.jpg');
    records = seed(home, cucPhoto);
  });

  it('without a terminal and without --yes, says to pass --yes and saves nothing', () => {
    const before = dataFile();
    const result = runCli(['photos', folder], { home });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--yes');
    expect(dataFile()).toBe(before);
  });

  it('--dry-run shows the matches and the misses with their reasons, and saves nothing', () => {
    const before = dataFile();
    // Dragged into a Windows or macOS terminal, the folder comes quoted.
    const result = runCli(['photos', `"${folder}"`, '--dry-run', '--json'], { home });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.stdout);
    const [an, binh, , nam2, cuc] = records as [StudentRecord, StudentRecord, StudentRecord, StudentRecord, StudentRecord];
    const proposed = answer.proposed.map((p: { id: string; side: string; file: string; heic: boolean }) => `${p.id} ${p.side} ${p.file}${p.heic ? ' heic' : ''}`);
    expect(proposed.sort()).toEqual([
      `${an.id} back CCCD mặt sau - Nguyễn Văn An.png`,
      `${an.id} front CCCD mặt trước (File responses)/IMG_2041 - Nguyễn Văn An.jpg`,
      `${binh.id} back Trần Thị Bình mặt sau.jpg`,
      `${binh.id} front tran_thi_binh_MT.jpg`,
      `${nam2.id} back 7931234571_sau.HEIC heic`,
      `${nam2.id} front Pham Hoai Nam 7931234571 truoc.jpg`,
    ].sort());
    expect(answer.kept).toEqual([{ id: cuc.id, name: 'Lê Thị Cúc', state: 'submitted' }]);
    const unmatched = Object.fromEntries(answer.unmatched.map((u: { file: string; reason: string }) => [u.file, u.reason]));
    expect(unmatched).toEqual({
      'Phạm Hoài Nam mặt trước.jpg': 'namesakes',
      'z4938123456789_2b3c4d5e6f.jpg': 'no-student',
      'ghi chú - Nguyễn Văn An mặt trước.txt': 'not-image',
    });
    expect(answer.attached).toEqual([]);
    expect(dataFile()).toBe(before);
    expect(readdirSync(home)).not.toContain('photos');
  });

  it('says in words why a namesake needs a code and why a sent form keeps its photos', () => {
    const result = runCli(['photos', folder, '--dry-run'], { home });
    expect(result.code).toBe(0);
    expect(flat(result.stdout)).toMatch(/Phạm Hoài Nam mặt trước\.jpg: có nhiều học sinh trùng họ tên .*mã số BHXH hoặc số CCCD/);
    expect(flat(result.stderr)).toMatch(/Lê Thị Cúc .*--overwrite/s);
    expect(result.stdout).toContain('Chạy thử (--dry-run): chưa lưu gì.');
  });

  it('--yes attaches them: HEIC converted to a JPEG in the data folder, private; remove deletes it', () => {
    const result = runCli(['photos', folder, '--yes', '--json'], { home });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).attached).toHaveLength(6);
    const saved = new Map(openStore({ home }).list().map((r) => [r.id, r]));
    const [an, binh, nam1, nam2, cuc] = records.map((r) => saved.get(r.id) as StudentRecord) as StudentRecord[] as [StudentRecord, StudentRecord, StudentRecord, StudentRecord, StudentRecord];
    expect(an.fields.frontPhoto).toBe(join(folder, 'CCCD mặt trước (File responses)', 'IMG_2041 - Nguyễn Văn An.jpg'));
    expect(an.fields.backPhoto).toBe(join(folder, 'CCCD mặt sau - Nguyễn Văn An.png'));
    expect(binh.fields.backPhoto).toBe(join(folder, 'Trần Thị Bình mặt sau.jpg'.normalize('NFD')));
    expect(an.sources?.frontPhoto).toBe('import');
    expect(nam1.fields.frontPhoto).toBeUndefined();
    expect(cuc.fields.backPhoto).toBeUndefined();
    const converted = nam2.fields.backPhoto as string;
    expect(converted.startsWith(join(home, 'photos') + '/')).toBe(true);
    expect([...readFileSync(converted).subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(statSync(converted).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'photos')).mode & 0o777).toBe(0o700);

    // Run again: every photo is already there, the converted one too (known by its source's hash).
    const again = runCli(['photos', folder, '--yes'], { home });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Không có ảnh nào để gắn.');
    expect(again.stdout.match(/đã là tệp này/g)).toHaveLength(6);

    expect(runCli(['remove', nam2.id, '--yes'], { home }).code).toBe(0);
    expect(readdirSync(join(home, 'photos'))).toEqual([]);
  });

  it('--overwrite replaces the photos of a student who has sent the form', () => {
    const result = runCli(['photos', folder, '--yes', '--overwrite', '--json'], { home });
    expect(result.code).toBe(0);
    const cuc = records[4] as StudentRecord;
    expect(JSON.parse(result.stdout).attached.map((a: { id: string; side: string }) => `${a.id} ${a.side}`)).toEqual([`${cuc.id} back`]);
    expect(openStore({ home }).get(cuc.id)?.fields.backPhoto).toBe(join(folder, 'Lê Thị Cúc mặt sau.jpg'));
  });
});

describe('purge and stored photos', () => {
  it('deletes the converted photos of the students it removes, and no file of the user', () => {
    const home = tempHome();
    const photos = join(home, 'photos');
    mkdirSync(photos, { mode: 0o700 });
    const kept = join(photos, 'keep01-front-0000000000000000.jpg');
    const gone = join(photos, 'done01-front-1111111111111111.jpg');
    const users = join(tempHome(), 'anh-cua-toi.jpg');
    for (const file of [kept, gone, users]) writeFileSync(file, jpegImage(1600, 1200));
    const store = openStore({ home });
    const done = store.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567', frontPhoto: gone, backPhoto: users });
    const draft = store.create({ name: 'Trần Thị Bình', bhxhCode: '7931234568', frontPhoto: kept });
    store.saveMany([{ ...done, state: 'done', events: [{ type: 'done', at: '2026-03-02T03:00:00.000Z' }] }, draft]);
    const result = runCli(['purge', '--done-before', '30/06/2026', '--yes'], { home });
    expect(result.code).toBe(0);
    expect(readdirSync(photos)).toEqual(['keep01-front-0000000000000000.jpg']);
    expect(statSync(users).isFile()).toBe(true);
  });
});
