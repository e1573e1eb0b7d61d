import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { NOW, seedClass } from './class-fixture.js';
import { runCli, tempHome } from './helpers.js';

const dataFile = (home: string) => readFileSync(join(home, 'data.json'), 'utf8');
/** Wrapped text as one line. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('troubleshoot on saved students', () => {
  let home: string;
  let ids: ReturnType<typeof seedClass>;
  const run = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { home, env: { VSSID_HELPER_NOW: NOW, ...env } });
  const record = (id: string) => openStore({ home }).require(id);
  beforeEach(() => {
    home = tempHome();
    ids = seedClass(home);
  });

  it('row 2 reopens a submitted record and removes the phone so the wizard asks it again', () => {
    const { code, stdout } = run(['troubleshoot', '2', '--student', ids.noFileNumber]);
    expect(code).toBe(0);
    expect(stdout).toContain('2. Đã đăng ký nhưng không nhận được tin nhắn');
    expect(stdout).toContain('Đã ghi nhận → Nháp');
    expect(stdout).toContain('Số điện thoại cũ 0912000005');
    expect(stdout).toContain(`  vssid-helper register --resume ${ids.noFileNumber}`);
    const after = record(ids.noFileNumber);
    expect(after.state).toBe('draft');
    expect(after.fields.phone).toBeUndefined();
    expect(after.events.at(-1)).toMatchObject({ type: 'reopened', value: '0912000005' });
  });

  it('row 2 refuses a student who already has the file number, and changes nothing', () => {
    const before = dataFile(home);
    const { code, stderr } = run(['troubleshoot', '2', '--student', ids.dueToday]);
    expect(code).toBe(1);
    expect(stderr).toContain('tình huống 2 không áp dụng');
    expect(stderr).toContain(`troubleshoot 5 --student ${ids.dueToday}`);
    expect(dataFile(home)).toBe(before);
  });

  it('row 3 marks the wrong phone, reopens, and the e-mail lists every marked student', () => {
    const marked = run(['troubleshoot', '3', '--student', ids.dueToday]);
    expect(marked.code).toBe(0);
    expect(flat(marked.stdout)).toContain('số đã đăng ký nhầm: 0912000002');
    expect(marked.stdout).toContain(`vssid-helper register --resume ${ids.dueToday}`);
    const after = record(ids.dueToday);
    expect(after.state).toBe('draft');
    expect(after.fields.phone).toBeUndefined();
    // Marking twice adds nothing.
    const again = run(['troubleshoot', '3', '--student', ids.dueToday]);
    expect(again.stdout).toContain('đã được đánh dấu');
    expect(record(ids.dueToday).events).toHaveLength(after.events.length);

    const { code, stdout } = run(['troubleshoot', '3', '--email']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Đến: ngocyen0917@gmail\.com\nTiêu đề: Đề nghị hỗ trợ đăng ký lại VssID do sai số điện thoại \(3 học sinh\)\n/);
    for (const [name, bhxh, wrong, right] of [
      ['Vũ Văn An', '7900000107', '0911111111', '0933333333'],
      ['Võ Văn Bình', '7900000108', '0922222222', 'chưa có'],
      ['Lê Văn Chi', '7900000102', '0912000002', 'chưa có'],
    ]) {
      expect(stdout).toMatch(new RegExp(`\\d\\. ${name}\\n   Mã số BHXH: ${bhxh}\\n   Số điện thoại đã đăng ký nhầm: ${wrong}\\n   Số điện thoại đúng: ${right}\\n`));
    }
  });

  it('row 3 after row 2 still knows the wrong phone', () => {
    run(['troubleshoot', '2', '--student', ids.noFileNumber]);
    const { code, stdout } = run(['troubleshoot', '3', '--student', ids.noFileNumber]);
    expect(code).toBe(0);
    expect(flat(stdout)).toContain('số đã đăng ký nhầm: 0912000005');
  });

  it('the e-mail goes to the profile address, names the class, and is written to a file', () => {
    expect(run(['config', 'set', 'supportEmail', 'HoTro@Truong.edu.vn']).code).toBe(0);
    expect(run(['config', 'set', 'className', '12A1']).code).toBe(0);
    const out = join(home, 'email.txt');
    const { code, stdout } = run(['troubleshoot', '3', '--email', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Đã ghi e-mail vào ${out}`);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^Đến: hotro@truong\.edu\.vn\nTiêu đề: .* – lớp 12A1 \(2 học sinh\)/);
    expect(text).toContain('Em là lớp trưởng lớp 12A1');
    // No overwrite without --force.
    const again = run(['troubleshoot', '3', '--email', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('đã có');
    expect(run(['troubleshoot', '3', '--email', '--out', out, '--force']).code).toBe(0);
  });

  it('row 4 shows the account page as a QR code and the 72 hours', () => {
    const { code, stdout } = run(['troubleshoot', '4', '--student', ids.all[9]!]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/[▀▄█]{10}/);
    expect(stdout).toContain('https://dichvucong.baohiemxahoi.gov.vn/#/tai-khoan');
    expect(stdout).toContain('72 giờ');
    expect(stdout).toContain('10:00 27/02/2026');
  });

  it('row 5 says how long since submitting and whether to wait', () => {
    const late = JSON.parse(run(['troubleshoot', '5', '--student', ids.dueToday, '--json']).stdout);
    expect(late.action).toMatchObject({ advice: 'forgot-password', dueDate: '2026-02-24', overdue: false });
    expect(Math.round(late.action.hoursSinceSubmitted)).toBe(289);
    const waiting = tempHome();
    const store = openStore({ home: waiting });
    const r = store.create({ name: 'Mai Anh Thư', bhxhCode: '7900008888' });
    store.save({ ...r, state: 'file-number', events: [
      { type: 'submitted', at: '2026-02-23T02:00:00.000Z' },
      { type: 'file-number', at: '2026-02-23T02:01:00.000Z', value: '9' },
    ] });
    const { stdout } = runCli(['troubleshoot', '5', '--student', r.id], { home: waiting, env: { VSSID_HELPER_NOW: NOW } });
    expect(flat(stdout)).toContain('đã ghi nhận đăng ký được 25 giờ');
    expect(flat(stdout)).toContain('Nếu đến 09:00 26/02/2026 vẫn chưa có');
    expect(flat(stdout)).toContain('hết ngày 26/02/2026');
  });

  it.each([
    [['troubleshoot', '6', '--student', 'x'], /Tình huống 6 không thay đổi gì/],
    [['troubleshoot', '5', '--student', 'zzzzzz'], /Không tìm thấy học sinh/],
    [['troubleshoot', '--student', 'x'], /Cần ghi số tình huống/],
    [['troubleshoot', '5', '--email'], /--email chỉ dùng với tình huống 3/],
    [['troubleshoot', '3', '--out', 'a.txt'], /--out chỉ dùng kèm --email/],
  ])('refuses %j with exit 1 and changes nothing', (args, message) => {
    const before = dataFile(home);
    const { code, stderr } = run(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(dataFile(home)).toBe(before);
  });

  it('no marked students: says so and how to mark one', () => {
    const empty = tempHome();
    const { code, stderr } = runCli(['troubleshoot', '3', '--email', '--out', join(empty, 'x.txt')], { home: empty });
    expect(code).toBe(1);
    expect(stderr).toContain('Chưa có học sinh nào được đánh dấu');
    expect(stderr).toContain('troubleshoot 3 --student <mã>');
    expect(existsSync(join(empty, 'x.txt'))).toBe(false);
  });

  it('keeps rows without a student as they were', () => {
    writeFileSync(join(home, 'unused'), '');
    const { code, stdout } = run(['troubleshoot', '5']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^5\. Không nhận được mật khẩu/);
  });
});
