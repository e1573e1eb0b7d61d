import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pngImage } from '../images.js';
import { runCli, tempHome, writePhotos } from './helpers.js';

const student = (photos: { front: string; back: string }, name: string, bhxh: string, idNumber: string) => [
  'register', '--yes', '--name', name, '--bhxh', bhxh, '--id-number', idNumber, '--front', photos.front, '--back', photos.back,
  '--province', 'Hà Nội', '--ward', 'Phường Hoàn Kiếm', '--street', '5 Hàng Bạc', '--phone', '0912345678',
  '--agency', 'BHXH Thành phố Hà Nội',
];

describe('photos, checked when given and again when shown', () => {
  it('refuses a 20×20 photo, stating the minimum', () => {
    const dir = tempHome();
    const photos = writePhotos(dir);
    fs.writeFileSync(photos.back, pngImage(20, 20));
    const result = runCli(student(photos, 'Nguyễn Văn An', '0112345678', '001204001113'), { home: dir });
    expect(result.code).toBe(1);
    expect(result.stderr.replace(/\s+/g, ' ')).toMatch(/--back.*20×20 điểm ảnh.*ít nhất 300 điểm ảnh/s);
  });

  it('warns when a second student is given the first one’s photo; a deleted photo puts "ready" back to "Cần bổ sung"', () => {
    const dir = tempHome();
    const photos = writePhotos(dir);
    const first = runCli([...student(photos, 'Nguyễn Văn An', '0112345678', '001204001113'), '--json'], { home: dir });
    expect(first.code).toBe(0);
    const { id } = JSON.parse(first.stdout) as { id: string };

    const second = runCli(student(photos, 'Trần Thị Bình', '0112345679', '001304001114'), { home: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`Ảnh này đã dùng cho Nguyễn Văn An (mã ${id})`);

    const ready = runCli(['show', id], { home: dir });
    expect(ready.stdout).toContain(`mã ${id} — Sẵn sàng`);

    const moved = path.join(dir, 'da-chuyen.jpg');
    fs.renameSync(photos.front, moved);
    const shown = runCli(['show', id], { home: dir });
    expect(shown.stdout).toContain(`mã ${id} — Cần bổ sung`);
    expect(shown.stderr).toMatch(/Ảnh mặt trước: tệp ảnh không còn ở chỗ đã kiểm tra/);
    const board = runCli(['status'], { home: dir, env: { COLUMNS: '100' } });
    // The grouped board (issue 11): the student is listed under «Cần bổ sung», not «Sẵn sàng».
    const group = (title: string) => board.stdout.split('\n\n').find((block) => block.startsWith(`${title} (`)) ?? '';
    expect(group('Cần bổ sung')).toContain(id);
    expect(group('Sẵn sàng nhập vào ứng dụng')).not.toContain(id);
    expect(board.stdout).toContain(`vssid-helper status ${id} reopened`);
    const json = JSON.parse(runCli(['status', '--json'], { home: dir }).stdout) as { entries: Array<{ id: string; state: string; missingPhotos?: string[] }> };
    expect(json.entries.find((e) => e.id === id)).toMatchObject({ state: 'ready', missingPhotos: ['frontPhoto'] });

    // Derived, not stored: the photo put back makes the student ready again.
    fs.renameSync(moved, photos.front);
    expect(runCli(['show', id], { home: dir }).stdout).toContain(`mã ${id} — Sẵn sàng`);
  });
});
