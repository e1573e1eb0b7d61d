import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { jpegImage, pngImage } from '../images.js';
import { tempHome } from './helpers.js';
import { KEY, Terminal } from './pty.js';

describe('photos in a terminal', () => {
  it('shows the matches, asks, and saves only on yes; a spinner while HEIC photos convert', async () => {
    const home = tempHome();
    const store = openStore({ home });
    const an = store.create({ name: 'Nguyễn Văn An', bhxhCode: '7931234567' });
    const binh = store.create({ name: 'Trần Thị Bình', bhxhCode: '7931234568' });
    store.saveMany([an, binh]);
    const folder = join(tempHome(), 'zalo');
    mkdirSync(folder);
    writeFileSync(join(folder, 'nguyen_van_an_mat_truoc.jpg'), jpegImage(1600, 1200));
    writeFileSync(join(folder, 'NGUYEN-VAN-AN-MS.png'), pngImage(1200, 900));
    writeFileSync(join(folder, 'IMG_0412 tran thi binh mat truoc.HEIC'), readFileSync(join(import.meta.dirname, '../fixtures/photos/card-640x400.heic')));

    const no = new Terminal(['photos', folder], { home });
    await no.waitFor('Gắn 3 ảnh này vào hồ sơ? (C/k)');
    expect(no.text).toContain(`Nguyễn Văn An (mã ${an.id}) — mặt trước ← nguyen_van_an_mat_truoc.jpg`);
    no.type(`k${KEY.enter}`);
    await no.waitFor('Không gắn ảnh nào.');
    expect(await no.exited).toBe(0);
    expect(openStore({ home }).list()[0]?.fields.frontPhoto).toBeUndefined();

    const yes = new Terminal(['photos', folder], { home });
    await yes.waitFor('(C/k)');
    yes.type(KEY.enter);
    await yes.waitFor('Đang chuyển 1 ảnh HEIC sang JPEG');
    await yes.waitFor('Đã gắn 3 ảnh.', 20_000);
    expect(await yes.exited).toBe(0);
    const [saved, savedBinh] = openStore({ home }).list();
    expect(savedBinh?.fields.frontPhoto).toMatch(/[\\/]photos[\\/][a-z0-9]+-front-[0-9a-f]{16}\.jpg$/);
    expect(saved?.fields.frontPhoto).toBe(join(folder, 'nguyen_van_an_mat_truoc.jpg'));
    expect(saved?.fields.backPhoto).toBe(join(folder, 'NGUYEN-VAN-AN-MS.png'));
  });
});
