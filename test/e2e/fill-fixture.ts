/**
 * Two ready students for `fill`, made as a monitor makes them: `register --yes` with real photos
 * (so every check ran), then the first one's phone typed a second time, as the wizard records it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { runCli, writePhotos } from './helpers.js';

export const STUDENTS = [
  {
    name: 'Nguyễn Văn An', bhxh: '7931234567', idNumber: '079204001234', phone: '0912345678', email: 'an.nguyen@gmail.com',
    province: 'TP HCM', ward: 'Phường Sài Gòn', street: '12 Lê Lợi', agency: 'BHXH Thành phố Hồ Chí Minh – BHXH cơ sở Sài Gòn',
  },
  {
    name: 'Trần Thị Bình', bhxh: '7931234568', idNumber: '079305004321', phone: '0987654321', email: '',
    province: 'Hà Nội', ward: 'Phường Hoàn Kiếm', street: '5 Hàng Bài', agency: 'BHXH TP. Hà Nội – BHXH cơ sở Hoàn Kiếm',
  },
] as const;

/** Registers both in `home` (photos in folders of their own under it); returns the saved records, in order. */
export function seedReady(home: string, options: { confirmSecondPhone?: boolean } = {}): StudentRecord[] {
  for (const [n, s] of STUDENTS.entries()) {
    const folder = join(home, `anh-${n + 1}`);
    mkdirSync(folder);
    const { front, back } = writePhotos(folder, n === 0 ? 'mat truoc.jpg' : 'mat-truoc.jpg');
    const made = runCli([
      'register', '--yes', '--name', s.name, '--bhxh', s.bhxh, '--id-number', s.idNumber, '--front', front, '--back', back,
      '--province', s.province, '--ward', s.ward, '--street', s.street, '--phone', s.phone, '--email', s.email,
      '--agency', s.agency, '--submission', 'reception',
    ], { home });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
  }
  const store = openStore({ home });
  const [first, second] = store.list() as [StudentRecord, StudentRecord];
  store.update(first.id, (r) => ({ ...r, phoneConfirmed: r.fields.phone as string }));
  if (options.confirmSecondPhone) store.update(second.id, (r) => ({ ...r, phoneConfirmed: r.fields.phone as string }));
  return openStore({ home }).list();
}
