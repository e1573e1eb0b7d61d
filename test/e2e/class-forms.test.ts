/**
 * A monitor's morning with a class of 40 from Google Forms: import, two corrections in the sheet,
 * a re-import (changes shown, a field typed in the wizard kept), resubmissions resolved by the
 * timestamp column; the board read in a terminal at 80 and 60 columns; 20 students marked
 * submitted in one command; a printed hint run exactly as printed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Terminal } from './pty.js';
import { openStore } from '../../src/store/store.js';
import { runCli, tempHome, writePhotos } from './helpers.js';

const ROSTER = fileURLToPath(new URL('../fixtures/rosters/class-40-forms.csv', import.meta.url));
const NOW = { VSSID_HELPER_NOW: '2026-09-02T09:00' };
type Students = { students: { id: string; state: string; fields: Record<string, string> }[] };

describe('a class of 40 from Google Forms', () => {
  let home: string;
  let students: Students['students'];
  const run = (args: string[]) => runCli(args, { home, env: NOW });

  beforeAll(() => {
    home = tempHome();
    const first = run(['import', ROSTER]);
    expect(first.code).toBe(0);
    // 42 answers, 2 of them resent later: the newest answer of each is saved.
    expect(first.stdout).toMatch(/Tổng cộng 42 dòng: 40 hợp lệ, 0 có lỗi, 2 được thay bằng câu trả lời mới hơn\./);
    expect(first.stdout).toMatch(/• Dòng 6 · Hoàng Văn Hà: có câu trả lời mới hơn ở dòng 42/);
    students = (JSON.parse(run(['list', '--json']).stdout) as Students).students;
  });

  it('saved the newest answers of the students who resent the form', () => {
    expect(students).toHaveLength(40);
    expect(students.find((s) => s.fields.name === 'Hoàng Văn Hà')?.fields.phone).toBe('091••••004'.replace('091', '098'));
  });

  it('re-imports a corrected sheet: imported fields updated, a typed one kept as a conflict, --dry-run the same', () => {
    // Lê Văn Chi's street is typed in the wizard (with photos, so the record is complete).
    const photos = writePhotos(home);
    const typed = run([
      'register', '--resume', 'le van chi', '--street', '99 Nguyễn Huệ', '--front', photos.front, '--back', photos.back,
      '--agency', 'BHXH Thành phố Hồ Chí Minh', '--yes',
    ]);
    expect(typed.stderr).not.toMatch(/không mong đợi/);
    expect(typed.code).toBe(0);
    const fixed = fs.readFileSync(ROSTER, 'utf8').replace('0912300010', '0988800010').replace('"3 Lê Lợi"', '"3B Lê Lợi"');
    const file = path.join(home, 'sua.csv');
    fs.writeFileSync(file, fixed);
    const dry = run(['import', file, '--dry-run']);
    const real = run(['import', file]);
    expect(real.code).toBe(0);
    for (const out of [dry.stdout, real.stdout]) {
      expect(out).toMatch(/Dòng 12 · Nguyễn Thị Oanh \(đã lưu, mã \w{6}\)\n {2}✔ Điện thoại di động: 091••••010 ⇒ 098••••010/);
      expect(out.replace(/\s+/g, ' ')).toContain('⚠ Số nhà, đường: giữ 99 Nguyễn Huệ (đã gõ trong lúc đăng ký); tệp ghi 3B Lê Lợi.');
    }
    expect(dry.stdout.replace(/\s+/g, ' ')).toMatch(/40 dòng là học sinh đã lưu: 1 sẽ được cập nhật, 1 có mục khác với bản đã gõ \(giữ nguyên\), 39 không đổi\./);
    expect(typed.code).toBe(0);
    const after = (JSON.parse(run(['list', '--json']).stdout) as Students).students;
    expect(after.find((s) => s.fields.name === 'Nguyễn Thị Oanh')?.fields.phone).toBe('098••••010');
    expect(after.find((s) => s.fields.name === 'Lê Văn Chi')?.fields.street).toBe('99 Nguyễn Huệ');
    expect(after).toHaveLength(40);
  });

  it('marks 20 students submitted in one command, reporting the one refusal', () => {
    // Twenty reviewed students (made ready here through the store: the wizard is tested elsewhere).
    const store = openStore({ home });
    const ready = store.list().filter((r) => r.state === 'draft').slice(0, 20).map((r) => ({
      ...r, state: 'ready' as const, events: [...r.events, { type: 'ready' as const, at: '2026-09-02T01:00:00.000Z' }],
    }));
    store.saveMany(ready);
    const ids = ready.map((r) => r.id);
    const result = run(['status', 'submitted', ...ids, 'zzzzzz']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/đã ghi cho 20\/21 học sinh/);
    expect(result.stdout).toMatch(/✖ zzzzzz: Không tìm thấy học sinh/);
    const states = (JSON.parse(run(['list', '--json', '--state', 'submitted']).stdout) as Students).students;
    expect(states.map((s) => s.id).sort()).toEqual([...ids].sort());
  });

  it.each([80, 60])('the whole board (--all) at %i columns: groups, one line per student, nothing wider, no word split', async (cols) => {
    const terminal = new Terminal(['status', '--all'], { home, env: NOW, cols });
    expect(await terminal.exited).toBe(0);
    const lines = terminal.text.split(/\r?\n/).map((line) => line.replace(/\s+$/, ''));
    expect(lines.filter((line) => [...line].length > cols)).toEqual([]);
    expect(lines).toContain('Chờ tin nhắn số hồ sơ (20)');
    // One line per waiting student (the 20 fit a line each, even at 60 columns).
    expect(lines.filter((line) => /^ {2}◌ \w{6} {2}.*· gửi lúc/.test(line))).toHaveLength(20);
    expect(lines.some((line) => /^Cần bổ sung \(\d+\)$/.test(line))).toBe(true);
    expect(terminal.text.match(/register --resume <mã>/g)).toHaveLength(1);
    // A student's line names them whole.
    expect(terminal.text).toContain('Nguyễn Văn An');
  });

  it('a printed hint runs as printed: with npx the hints say npx, and the plain command works', () => {
    const viaNpx = runCli(['status'], { home, env: { ...NOW, npm_command: 'exec', npm_lifecycle_event: 'npx' } });
    expect(viaNpx.stdout).toContain('→ npx vssid-helper register --resume <mã>');
    const hint = /→ (vssid-helper status <mã> file-number <số hồ sơ>)/.exec(run(['status']).stdout)?.[1];
    expect(hint).toBeDefined();
    const id = students[0]?.id as string;
    const args = (hint as string).replace('<mã>', id).replace('<số hồ sơ>', 'HS-2026-1').split(' ').slice(1);
    const done = run(args);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('Đã có số hồ sơ');
  });
});
