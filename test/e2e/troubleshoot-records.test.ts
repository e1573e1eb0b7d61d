import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RECORD_PASSWORD_HINT } from '../../src/core/tracking/messages.js';
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

  // Issue 9: row 2 now needs its cause; 'wrong-phone' is the former behaviour.
  it('row 2 --cause wrong-phone reopens a submitted record and removes the phone so the wizard asks it again', () => {
    const { code, stdout } = run(['troubleshoot', '2', '--student', ids.noFileNumber, '--cause', 'wrong-phone', '--yes']);
    expect(code).toBe(0);
    expect(stdout).toContain('2. Đã đăng ký nhưng không nhận được tin nhắn');
    expect(stdout).toContain('Đã ghi nhận → Nháp');
    expect(stdout).toContain('Số điện thoại cũ 091••••005');
    expect(stdout).not.toContain('0912000005');
    expect(stdout).toContain(`  vssid-helper register --resume ${ids.noFileNumber}`);
    const after = record(ids.noFileNumber);
    expect(after.state).toBe('draft');
    expect(after.fields.phone).toBeUndefined();
    expect(after.events.at(-1)).toMatchObject({ type: 'reopened', value: '0912000005' });
  });

  it('row 2 refuses a student who already has the file number, and changes nothing', () => {
    const before = dataFile(home);
    const { code, stderr } = run(['troubleshoot', '2', '--student', ids.dueToday, '--cause', 'failed', '--yes']);
    expect(code).toBe(1);
    expect(stderr).toContain('tình huống 2 không áp dụng');
    expect(stderr).toContain(`troubleshoot 5 --student ${ids.dueToday}`);
    expect(dataFile(home)).toBe(before);
  });

  it.each([
    ['2', '091••••005 khỏi hồ sơ', ['--cause', 'wrong-phone']],
    ['3', 'số đã đăng ký nhầm: 091••••005', []],
  ])('row %s without a terminal says what it would change, needs --yes, and changes nothing', (row, change, extra) => {
    const before = dataFile(home);
    const { code, stdout, stderr } = run(['troubleshoot', row, '--student', ids.noFileNumber, ...extra]);
    expect(code).toBe(1);
    expect(flat(stdout)).toContain(`Tình huống ${row} sẽ thay đổi hồ sơ của Huỳnh Văn Khoa (mã ${ids.noFileNumber}):`);
    expect(flat(stdout)).toContain(change);
    expect(flat(stdout)).toContain('Đã ghi nhận → Nháp');
    expect(stderr).toContain('--yes');
    expect(dataFile(home)).toBe(before);
    // --json cannot ask either; it says so, and stdout holds only the error as JSON, no half report.
    const json = run(['troubleshoot', row, '--student', ids.noFileNumber, ...extra, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ error: { message: expect.any(String), exitCode: 1 } });
    expect(json.stderr).toContain('--yes');
    expect(dataFile(home)).toBe(before);
  });

  it('row 3 refuses once the file-number SMS came (it proves the phone), pointing to row 5', () => {
    const before = dataFile(home);
    const { code, stderr } = run(['troubleshoot', '3', '--student', ids.dueToday, '--yes']);
    expect(code).toBe(1);
    expect(flat(stderr)).toContain('tình huống 3 không áp dụng');
    expect(stderr).toContain(`troubleshoot 5 --student ${ids.dueToday}`);
    expect(dataFile(home)).toBe(before);
  });

  it('row 5 for a student past 72 hours with the file number does not send them to row 2, which would refuse', () => {
    const { stdout } = run(['troubleshoot', '5', '--student', ids.dueToday]);
    expect(stdout).not.toContain(`troubleshoot 2 --student ${ids.dueToday}`);
    expect(stdout).toContain(`vssid-helper status ${ids.dueToday} reopened`);
  });

  it('row 3 marks the wrong phone, reopens, and the e-mail lists every marked student', () => {
    const marked = run(['troubleshoot', '3', '--student', ids.justSubmitted, '--yes']);
    expect(marked.code).toBe(0);
    expect(flat(marked.stdout)).toContain('số đã đăng ký nhầm: 091••••006');
    expect(marked.stdout).toContain(`vssid-helper register --resume ${ids.justSubmitted}`);
    const after = record(ids.justSubmitted);
    expect(after.state).toBe('draft');
    expect(after.fields.phone).toBeUndefined();
    // Marking twice adds nothing.
    const again = run(['troubleshoot', '3', '--student', ids.justSubmitted]);
    expect(again.stdout).toContain('đã được đánh dấu');
    expect(record(ids.justSubmitted).events).toHaveLength(after.events.length);

    // Issue 9: the guide's private address only when the monitor says so.
    const refused = run(['troubleshoot', '3', '--email']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(flat(refused.stderr)).toContain('Lớp chưa chọn địa chỉ hỗ trợ: ngocyen0917@gmail.com là địa chỉ trong hướng dẫn gốc');
    expect(refused.stderr).toContain('config set supportEmail');
    const { code, stdout } = run(['troubleshoot', '3', '--email', '--use-guide-address']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Đến: ngocyen0917@gmail\.com\nTiêu đề: Đề nghị hỗ trợ đăng ký lại VssID do sai số điện thoại \(3 học sinh\)\n/);
    for (const [name, bhxh, wrong, right] of [
      ['Vũ Văn An', '7900000107', '0911111111', '0933333333'],
      ['Võ Văn Bình', '7900000108', '0922222222', 'chưa có'],
      ['Phan Văn Yến', '7900000106', '0912000006', 'chưa có'],
    ]) {
      expect(stdout).toMatch(new RegExp(`\\d\\. ${name}\\n   Mã số BHXH: ${bhxh}\\n   Số điện thoại đã đăng ký nhầm: ${wrong}\\n   Số điện thoại đúng: ${right}\\n`));
    }
  });

  it('row 2 without --cause and without a terminal asks for the cause, and changes nothing', () => {
    const before = dataFile(home);
    const { code, stderr } = run(['troubleshoot', '2', '--student', ids.noFileNumber, '--yes']);
    expect(code).toBe(1);
    expect(flat(stderr)).toContain('Tình huống 2 có hai nguyên nhân');
    expect(stderr).toContain(`--cause failed`);
    expect(stderr).toContain(`--cause wrong-phone`);
    expect(dataFile(home)).toBe(before);
    expect(run(['troubleshoot', '2', '--student', ids.noFileNumber, '--cause', 'maybe']).code).toBe(2);
  });

  it('row 2 --cause failed keeps the phone, which the student can register with again', () => {
    const { code, stdout } = run(['troubleshoot', '2', '--student', ids.noFileNumber, '--cause', 'failed', '--yes']);
    expect(code).toBe(0);
    expect(flat(stdout)).toContain('Số điện thoại 091••••005 được giữ trong hồ sơ');
    const after = record(ids.noFileNumber);
    expect(after.state).toBe('draft');
    expect(after.fields.phone).toBe('0912000005');
    expect(after.events.at(-1)).toEqual({ type: 'reopened', at: expect.any(String) });
    // The same number typed again is not refused.
    const again = run(['register', '--resume', ids.noFileNumber, '--phone', '0912000005', '--yes']);
    expect(again.stderr).not.toContain('số đăng ký nhầm');
  });

  it('row 2 --cause wrong-phone: the number is refused afterwards unless --phone-is-right states it was checked', () => {
    expect(run(['troubleshoot', '2', '--student', ids.noFileNumber, '--cause', 'wrong-phone', '--yes']).code).toBe(0);
    const refused = run(['register', '--resume', ids.noFileNumber, '--phone', '0912000005', '--yes']);
    expect(refused.code).toBe(1);
    expect(flat(refused.stderr)).toContain('0912000005 đã được ghi là số đăng ký nhầm');
    expect(refused.stderr).toContain('--phone-is-right');
    const allowed = run(['register', '--resume', ids.noFileNumber, '--phone', '0912000005', '--phone-is-right', '--yes']);
    expect(allowed.stderr).not.toContain('số đăng ký nhầm');
    expect(record(ids.noFileNumber).fields.phone).toBe('0912000005');
  });

  it('row 3 after row 2 still knows the wrong phone', () => {
    run(['troubleshoot', '2', '--student', ids.noFileNumber, '--cause', 'wrong-phone', '--yes']);
    const { code, stdout } = run(['troubleshoot', '3', '--student', ids.noFileNumber, '--yes']);
    expect(code).toBe(0);
    expect(flat(stdout)).toContain('số đã đăng ký nhầm: 091••••005');
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
    expect(flat(run(['status']).stdout)).toContain('E-mail hỗ trợ đổi số điện thoại (mục 3) đang dùng: hotro@truong.edu.vn (do lớp đặt).');
    expect(flat(run(['config', 'list']).stdout)).toContain('E-mail hỗ trợ (mục 3) đang dùng: hotro@truong.edu.vn, do lớp đặt.');
    expect(JSON.parse(run(['status', '--json']).stdout).supportEmail).toEqual({ address: 'hotro@truong.edu.vn', source: 'class' });
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
    // Issue 9: the 72 hours count from the file-number SMS, in the board's own words.
    expect(flat(stdout)).toContain('Từ 09:01 26/02/2026 (72 giờ sau tin nhắn số hồ sơ)');
    expect(flat(stdout)).toContain('hạn chính thức hết ngày 26/02/2026');
    const board = JSON.parse(runCli(['status', '--json'], { home: waiting, env: { VSSID_HELPER_NOW: NOW } }).stdout);
    // The board's next step is the same deadline wording plus how to record the password.
    const nextStep: string = board.entries[0].nextStep;
    expect(nextStep.endsWith(` ${RECORD_PASSWORD_HINT}`)).toBe(true);
    expect(flat(stdout)).toContain(flat(nextStep.slice(0, -RECORD_PASSWORD_HINT.length - 1)));
  });

  it.each([
    [['troubleshoot', '6', '--student', 'x'], /Tình huống 6 không thay đổi gì/],
    [['troubleshoot', '5', '--student', 'zzzzzz'], /Không tìm thấy học sinh/],
    [['troubleshoot', '--student', 'x'], /Cần ghi số tình huống/],
  ])('refuses %j with exit 1 and changes nothing', (args, message) => {
    const before = dataFile(home);
    const { code, stderr } = run(args);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(dataFile(home)).toBe(before);
  });

  it.each([
    [['troubleshoot', '5', '--email'], /--email chỉ dùng với tình huống 3/],
    [['troubleshoot', '3', '--out', 'a.txt'], /--out chỉ dùng kèm --email/],
  ])('refuses options that do not go together, %j, as wrong usage (exit 2), changing nothing', (args, message) => {
    const before = dataFile(home);
    const { code, stderr } = run(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(dataFile(home)).toBe(before);
  });

  it('board and config list say the guide address is not chosen by the class', () => {
    expect(flat(run(['status']).stdout)).toContain('lớp chưa đặt địa chỉ riêng; ngocyen0917@gmail.com là địa chỉ của hướng dẫn gốc');
    expect(flat(run(['config', 'list']).stdout)).toContain('E-mail hỗ trợ (mục 3): lớp chưa đặt địa chỉ riêng. ngocyen0917@gmail.com');
    // Stored as the guide's own address (a class file copies defaults): still not chosen.
    expect(run(['config', 'set', 'supportEmail', 'ngocyen0917@gmail.com']).code).toBe(0);
    expect(run(['troubleshoot', '3', '--email']).code).toBe(1);
    expect(JSON.parse(run(['config', 'list', '--json']).stdout).supportEmail).toEqual({ address: 'ngocyen0917@gmail.com', source: 'guide' });
  });

  it('no marked students: says so and how to mark one', () => {
    const empty = tempHome();
    const { code, stderr } = runCli(['troubleshoot', '3', '--email', '--out', join(empty, 'x.txt')], { home: empty });
    expect(code).toBe(1);
    expect(stderr).toContain('Chưa có học sinh nào được đánh dấu');
    expect(stderr).toContain('troubleshoot 3 --student <mã>');
    expect(existsSync(join(empty, 'x.txt'))).toBe(false);
  });

  it('row 3 shows the support address set in config; row 5 reads right on its own', () => {
    expect(run(['troubleshoot', '3']).stdout).toContain('ngocyen0917@gmail.com');
    expect(run(['config', 'set', 'supportEmail', 'hotro@truong.edu.vn']).code).toBe(0);
    const row3 = run(['troubleshoot', '3']);
    expect(flat(row3.stdout)).toContain('gửi e-mail đến hotro@truong.edu.vn');
    expect(row3.stdout).not.toContain('ngocyen0917');
    const listed = JSON.parse(run(['troubleshoot', '--list', '--json']).stdout) as { rows: Array<{ number: number; solution: string; links: string[] }> };
    expect(listed.rows.find((r) => r.number === 3)).toMatchObject({ links: ['mailto:hotro@truong.edu.vn'] });
    expect(flat(run(['troubleshoot', '5']).stdout)).toContain('xem tình huống 2');
  });

  it('showing a row creates no store where there is none', () => {
    const empty = join(tempHome(), 'nothing-here');
    const { code, stdout } = runCli(['troubleshoot', '3'], { home: empty });
    expect(code).toBe(0);
    expect(stdout).toContain('ngocyen0917@gmail.com');
    expect(existsSync(empty)).toBe(false);
  });

  it('keeps rows without a student as they were', () => {
    writeFileSync(join(home, 'unused'), '');
    const { code, stdout } = run(['troubleshoot', '5']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^5\. Không nhận được mật khẩu/);
  });
});
