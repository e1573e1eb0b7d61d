import { describe, expect, it } from 'vitest';
import { fromBase64Url } from '../../src/core/collect/envelope.js';
import { openStore } from '../../src/store/store.js';
import { tempHome } from '../e2e/helpers.js';
import { KEY, screenOf, Terminal } from '../e2e/pty.js';
import { decodeAll } from '../qr-decode.js';
import { classmate, post, sealed, type Running } from './helpers.js';

describe('collect in a terminal', () => {
  it('shows a QR code of the address it prints, a line per arrival, asks about a new phone or e-mail, and sums up on Ctrl+C', async () => {
    const home = tempHome();
    const term = new Terminal(['collect', '--host', '127.0.0.1'], { home, cols: 110, rows: 60 });
    await term.waitFor(/#k=[\w-]{43}/);
    const url = /http:\/\/127\.0\.0\.1:\d+\/[\w-]+#k=[\w-]{43}/.exec(term.text)?.[0] ?? '';
    expect(decodeAll(await screenOf(term, 110, 60), 'dark')).toEqual([url]);
    expect(term.text).toContain('điểm phát Wi-Fi');

    const [base = '', fragment = ''] = url.split('#');
    const phone = { base, key: fromBase64Url(fragment.slice(2)) as Uint8Array } as Running;
    await post(phone, sealed(phone.key, classmate(51, { name: 'Đỗ Thị Lan' })));
    await term.waitFor(/✔ \d\d:\d\d Đỗ Thị Lan — còn thiếu: Cơ quan BHXH tiếp nhận/);
    await post(phone, sealed(phone.key, classmate(51, { name: 'Đỗ Thị Lan', phone: '0987654321' })));
    await term.waitFor('Đỗ Thị Lan xin đổi Điện thoại di động: 0912345678 → 0987654321.');
    await term.waitFor('Chấp nhận thay đổi này?');
    term.type('c\r');
    await term.waitFor('Đã chấp nhận');
    expect(openStore({ home, readOnly: true }).list()[0]?.fields.phone).toBe('0987654321');

    // Ctrl+C while a question waits stops collect; the unanswered change stays held.
    term.clear();
    await post(phone, sealed(phone.key, classmate(51, { name: 'Đỗ Thị Lan', phone: '0987654321', email: 'lan.do@gmail.com' })));
    await term.waitFor('Chấp nhận thay đổi này?');
    term.type(KEY.ctrlC);
    expect(await term.exited).toBe(0);
    expect(term.text).toContain('Tổng kết: 1 bạn mới, 2 bạn gửi lại, 0 lần bị từ chối, 1 thay đổi số điện thoại/e-mail đang giữ lại.');
    expect(openStore({ home, readOnly: true }).list()[0]?.fields.email).toBe('an@gmail.com');
  }, 30_000);
});
