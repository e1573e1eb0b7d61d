import { describe, expect, it } from 'vitest';
import { KEY, Terminal } from './pty.js';

describe('troubleshoot in a terminal', () => {
  it('filters the select by typing, without diacritics, and shows the chosen answer', async () => {
    const term = new Terminal(['troubleshoot']);
    await term.waitFor('Bạn gặp tình huống nào?');
    await term.waitFor('8. Đăng ký giúp người khác');
    term.type('mat khau');
    // The cursor on row 5 means the list has been filtered (row 5 is also in the unfiltered list).
    await term.waitFor(/❯ 5\. Không nhận được mật khẩu/);
    term.clear();
    term.type(KEY.enter);
    expect(await term.exited).toBe(0);
    expect(term.text).toContain('Quên mật khẩu');
    expect(term.text).toContain('72 giờ');
  });

  it('a bare number picks that row, not another row that mentions the number', async () => {
    const term = new Terminal(['troubleshoot']);
    await term.waitFor('8. Đăng ký giúp người khác');
    term.type('3');
    await term.waitFor(/❯ 3\. Đăng ký sai số điện thoại/);
    term.clear();
    term.type(KEY.enter);
    expect(await term.exited).toBe(0);
    expect(term.text).toContain('gửi e-mail đến');
    expect(term.text).not.toContain('3x4');
  });

  it('says in Vietnamese when nothing matches, and lets the search go on', async () => {
    const term = new Terminal(['troubleshoot']);
    await term.waitFor('8. Đăng ký giúp người khác');
    term.type('xyzzy');
    await term.waitFor('Không có tình huống nào khớp; thử từ khóa khác');
    expect(term.text).not.toContain('No results');
    // Enter on the message chooses nothing; clearing the word brings the rows back.
    term.type(KEY.enter);
    for (let i = 0; i < 5; i++) term.type(KEY.backspace);
    term.type('mat khau');
    await term.waitFor(/❯ 5\. Không nhận được mật khẩu/);
    term.clear();
    term.type(KEY.enter);
    expect(await term.exited).toBe(0);
    expect(term.text).toContain('Quên mật khẩu');
  });

  it('acts on the row shown even when the words and Enter arrive together (pasted)', async () => {
    const term = new Terminal(['troubleshoot']);
    await term.waitFor('8. Đăng ký giúp người khác');
    term.clear();
    term.type(`mat khau${KEY.enter}`);
    expect(await term.exited).toBe(0);
    // What follows the answered prompt: the chosen row's answer, not row 1's.
    const answer = term.text.split('✔').at(-1) ?? '';
    expect(answer).toContain('Quên mật khẩu');
    expect(answer).not.toContain('Có thể chụp CMND cũ');
  });

  it('exits 130 on Ctrl+C without a stack trace', async () => {
    const term = new Terminal(['troubleshoot']);
    await term.waitFor('Bạn gặp tình huống nào?');
    term.type(KEY.ctrlC);
    expect(await term.exited).toBe(130);
    expect(term.text).not.toMatch(/\n\s+at /);
  });
});
