/** One rule in every command: the e-mail, students who had an account, namesakes. */
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the same rule everywhere', () => {
  it('purge removes a student recorded as having had an account, once done before the date', () => {
    const home = tempHome();
    const at = { home, env: { VSSID_HELPER_NOW: '2026-03-02T09:00' } };
    expect(runCli(['register', '--already-registered', '--name', 'Trần Thị Bình', '--bhxh', '7931234568'], at).code).toBe(0);
    const purged = runCli(['purge', '--done-before', '2026-03-05', '--yes', '--json'], { home, env: { VSSID_HELPER_NOW: '2026-03-10T09:00' } });
    expect(JSON.parse(purged.stdout)).toMatchObject({ removed: 1 });
    expect(runCli(['list', '--json'], { home }).stdout).toContain('"students": []');
  });

  it('list says a missing e-mail in “Còn thiếu”, as show and the board do', () => {
    const home = tempHome();
    const csv = `${home}/lop.csv`;
    writeFileSync(csv, 'Họ và tên,Mã số BHXH\nNguyễn Văn An,7931234567\n');
    expect(runCli(['import', csv], { home }).code).toBe(1);
    const list = runCli(['list', '--missing', 'email'], { home, env: { COLUMNS: '200' } });
    expect(list.code).toBe(0);
    expect(flat(list.stdout)).toContain('e-mail');
    const json = JSON.parse(runCli(['list', '--json'], { home }).stdout) as { students: { missing: string[] }[] };
    expect(json.students[0]?.missing).toContain('email');
  });

  it('two classmates with the same name are told apart, and the advice is the id, not the full name', () => {
    const home = tempHome();
    const csv = `${home}/lop.csv`;
    writeFileSync(csv, 'Họ và tên,Mã số BHXH,Số CCCD\nNguyễn Văn An,7931234567,079204001234\nNguyễn Văn An,7931239999,079305001235\n');
    runCli(['import', csv], { home });
    const show = runCli(['show', 'Nguyễn Văn An'], { home });
    expect(show.code).toBe(1);
    expect(flat(show.stderr)).toContain('Nguyễn Văn An (sinh 2004, BHXH …4567)');
    expect(flat(show.stderr)).toContain('Nguyễn Văn An (sinh 2005, BHXH …9999)');
    expect(show.stderr).not.toContain('gõ đủ họ tên');
    const list = runCli(['list'], { home, env: { COLUMNS: '200' } });
    expect(flat(list.stdout)).toContain('sinh 2004, BHXH …4567');
  });

  it('status <event> with no student says which students it needs; a typo gets a suggestion', () => {
    const home = tempHome();
    const csv = `${home}/lop.csv`;
    writeFileSync(csv, 'Họ và tên,Mã số BHXH\nNguyễn Văn An,7931234567\n');
    runCli(['import', csv], { home });
    const alone = runCli(['status', 'submitted'], { home });
    expect(alone.code).toBe(2);
    expect(flat(alone.stderr)).toContain('«submitted» là một sự kiện: cần ghi cho học sinh nào?');
    expect(flat(alone.stderr)).toContain('status submitted <mã…>');
    const done = runCli(['status', 'already-registered'], { home });
    expect(flat(done.stderr)).toContain('Nguyễn Văn An');
    const typo = runCli(['status', 'Nguyễn Văn An', 'submited'], { home });
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('Có phải «submitted»');
  });
});

describe('messages fit the width on a pipe, words whole', () => {
  it('an import refusal and its hint wrap at 80 columns between words', () => {
    const home = tempHome();
    const result = runCli(['import', 'khong-co-tep-nay.csv'], { home, cwd: home });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(result.stderr.replace(/\s+/g, ' ')).toContain('(có thể kéo thả tệp vào cửa sổ dòng lệnh để dán đúng đường dẫn)');
  });
});
