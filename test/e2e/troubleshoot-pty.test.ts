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

  it('exits 130 on Ctrl+C without a stack trace', async () => {
    const term = new Terminal(['troubleshoot']);
    await term.waitFor('Bạn gặp tình huống nào?');
    term.type(KEY.ctrlC);
    expect(await term.exited).toBe(130);
    expect(term.text).not.toMatch(/\n\s+at /);
  });
});
