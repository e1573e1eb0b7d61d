/** Nothing from a roster or the store reaches the terminal as control codes (issue 10, item 6). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';

const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const NOW = { VSSID_HELPER_NOW: '2026-03-02T09:00:00+07:00' };

describe('control codes and bidi overrides from a roster', () => {
  const home = tempHome();
  const osc52 = '\u001b]52;c;ZWNobyBwd25lZA==\u0007';
  const roster = join(home, 'lop.csv');
  writeFileSync(
    roster,
    [
      `Họ và tên,Mã số BHXH,Số điện thoại,Địa chỉ,Ghi chú${osc52}`,
      `Nguyễn Văn An${osc52},7931234567,0912345678,Số 12\u202e đường Lê Lợi,x`,
      `Trần Thị \u2066Bình\u2069,7931234568,0912345679,Số 14 đường Lê Lợi\u001b[2J,y`,
    ].join('\r\n'),
  );

  it('import removes them, names the lines, and prints none', () => {
    const result = runCli(['import', roster], { home, env: NOW });
    expect(result.stdout + result.stderr).not.toMatch(UNSAFE);
    expect(result.stdout).toMatch(/Dòng 2, 3 có ký tự điều khiển ẩn/);
    expect(readFileSync(join(home, 'data.json'), 'utf8')).not.toMatch(/\\u001b|\\u202e|\\u2066|\u202e|\u2066/);
  });

  it('list, show, status, config list and export print none, even from a hand-edited store', () => {
    const file = join(home, 'data.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.records[0].fields.name = `Lê Văn Cường${osc52}`;
    data.records[0].fields.street = 'Số 1\u202e đường X';
    data.profile.className = '12A1\u001b[2J';
    data.profile.receivingAgency = 'BHXH \u202eQuận 3';
    writeFileSync(file, JSON.stringify(data));
    const id = data.records[0].id as string;
    for (const args of [['list'], ['show', id], ['status'], ['config', 'list'], ['export'], ['export', '--format', 'json'], ['list', '--json'], ['show', id, '--json']]) {
      const result = runCli(args, { home, env: NOW });
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect(result.stdout + result.stderr, args.join(' ')).not.toMatch(UNSAFE);
    }
    // Shown, not hidden: the user can see something odd is there.
    expect(runCli(['show', id], { home, env: NOW }).stdout).toContain('⟨ESC⟩]52');
  });
});
