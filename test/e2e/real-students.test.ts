/** Issue 9 through the built CLI: real students are never blocked or misled. */
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { seedClass, NOW } from './class-fixture.js';
import { runCli, tempHome, writePhotos } from './helpers.js';

const flat = (text: string) => text.replace(/\s+/g, ' ');

function flags(dir: string, overrides: Record<string, string> = {}): string[] {
  const { front, back } = writePhotos(dir);
  const values: Record<string, string> = {
    '--name': 'Nguyễn Văn An', '--bhxh': '7931234567', '--id-number': '079204001234', '--front': front, '--back': back,
    '--province': 'TP HCM', '--ward': 'Phường Bến Nghé', '--street': '12 Lê Lợi', '--phone': '0912345678',
    '--email': 'an@gmail.com', '--agency': 'BHXH Thành phố Hồ Chí Minh', ...overrides,
  };
  return Object.entries(values).flatMap(([flag, value]) => (value === '' ? [] : [flag, value]));
}

describe('register: real prefixes, cards, names, e-mails, agencies', () => {
  it.each([['0894641177', '0894'], ['0521234567', '0521'], ['0551234567', '0551']])('accepts %s, warning about the block', (phone, block) => {
    const home = tempHome();
    const { code, stdout, stderr } = runCli(['register', '--yes', ...flags(home, { '--phone': phone })], { home });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(flat(stdout)).toContain(`dãy ${block}… chưa có trong danh sách số đã cấp mà công cụ biết; kiểm tra lại với chủ thuê bao`);
    expect(openStore({ home }).list()[0]).toMatchObject({ state: 'ready', fields: { phone } });
  });

  it('a BHYT card: the issuing province said; 00 refused; an unknown group warned', () => {
    const home = tempHome();
    const ok = runCli(['register', '--yes', ...flags(home, { '--bhxh': 'XX4797931234567' })], { home });
    expect(ok.code).toBe(0);
    expect(flat(ok.stdout)).toContain('thẻ do BHXH TP. Hồ Chí Minh cấp');
    expect(flat(ok.stdout)).toContain('Mã đối tượng “XX”');
    const bad = runCli(['register', '--yes', ...flags(tempHome(), { '--bhxh': 'SV4007931234567' })], { home: tempHome() });
    expect(bad.code).toBe(1);
    expect(flat(bad.stderr)).toContain('mã tỉnh 00');
  });

  it('names: another script refused, Ð turned into Đ, ethnic-minority names kept', () => {
    const cyrillic = runCli(['register', '--yes', ...flags(tempHome(), { '--name': 'Иван Петров' })], { home: tempHome() });
    expect(cyrillic.code).toBe(1);
    expect(flat(cyrillic.stderr)).toContain('không phải chữ Latinh');
    const home = tempHome();
    const eth = runCli(['register', '--yes', ...flags(home, { '--name': '\u00D0ỗ Văn An' })], { home });
    expect(eth.code).toBe(0);
    expect(openStore({ home }).list()[0]?.fields.name).toBe('Đỗ Văn An');
    for (const name of ["H'Hen Niê", 'Y-Ngông Niê Kđăm']) {
      const dir = tempHome();
      expect(runCli(['register', '--yes', ...flags(dir, { '--name': name })], { home: dir }).code).toBe(0);
    }
  });

  it('e-mail: "an.nguyen@gmail" is told the ending is missing; a typo gets a suggestion', () => {
    const missing = runCli(['register', '--yes', ...flags(tempHome(), { '--email': 'an.nguyen@gmail' })], { home: tempHome() });
    expect(missing.code).toBe(1);
    expect(flat(missing.stderr)).toContain('thiếu phần đuôi của tên miền (ví dụ .com, .vn); có phải an.nguyen@gmail.com?');
    const home = tempHome();
    const typo = runCli(['register', '--yes', ...flags(home, { '--email': 'an@gmial.com' })], { home });
    expect(typo.code).toBe(0);
    expect(flat(typo.stdout)).toContain('có phải an@gmail.com?');
  });

  it('agency: none by default; the card suggests its BHXH; a phone refused; another province warned', () => {
    const home = tempHome();
    const none = runCli(['register', '--yes', ...flags(home, { '--agency': '', '--bhxh': 'SV4487931234567' })], { home });
    expect(none.code).toBe(1);
    expect(flat(none.stderr)).toContain('Chưa có cơ quan BHXH tiếp nhận');
    expect(flat(none.stderr)).toContain('--agency "BHXH Thành phố Đà Nẵng" (theo mã tỉnh trên thẻ BHYT)');
    expect(openStore({ home }).list()).toHaveLength(0);
    const phone = runCli(['register', '--yes', ...flags(tempHome(), { '--agency': '0912 345 678' })], { home: tempHome() });
    expect(phone.code).toBe(1);
    expect(flat(phone.stderr)).toContain('là một số điện thoại, không phải cơ quan BHXH');
    const other = tempHome();
    const far = runCli(['register', '--yes', ...flags(other, { '--agency': 'BHXH tỉnh Gia Lai' })], { home: other });
    expect(far.code).toBe(0);
    expect(flat(far.stdout)).toContain('thuộc Gia Lai, còn địa chỉ của học sinh ở Thành phố Hồ Chí Minh');
    const vague = runCli(['register', '--yes', ...flags(tempHome(), { '--agency': 'Phường Bến Nghé' })], { home: tempHome() });
    expect(flat(vague.stdout)).toContain('không nêu cơ quan BHXH nào');
  });

  it('config set receivingAgency offers the new agency to students not yet submitted', () => {
    const home = tempHome();
    const ids = seedClass(home);
    const env = { VSSID_HELPER_NOW: NOW };
    const asked = runCli(['config', 'set', 'receivingAgency', 'BHXH Thành phố Hồ Chí Minh'], { home, env });
    expect(asked.code).toBe(0);
    expect(flat(asked.stdout + asked.stderr)).toMatch(/\d+ học sinh chưa ghi nhận vẫn ghi cơ quan tiếp nhận cũ/);
    const done = runCli(['config', 'set', 'receivingAgency', 'BHXH Thành phố Hồ Chí Minh', '--yes'], { home, env });
    expect(flat(done.stdout)).toMatch(/Đã cập nhật cơ quan tiếp nhận cho \d+ học sinh chưa ghi nhận/);
    const store = openStore({ home });
    for (const record of store.list()) {
      const expected = record.state === 'draft' || record.state === 'ready' ? 'BHXH Thành phố Hồ Chí Minh' : 'BHXH Quận 3, TP. Hồ Chí Minh';
      expect(record.fields.receivingAgency, record.state).toBe(expected);
    }
    expect(store.require(ids.noFileNumber).fields.receivingAgency).toBe('BHXH Quận 3, TP. Hồ Chí Minh');
  });
});

describe('dates: a Friday submission entered on Monday; 80 hours after a Friday-afternoon SMS', () => {
  it('records Friday’s events on a record typed in on Monday, with the due date from Friday', () => {
    const home = tempHome();
    const monday = { VSSID_HELPER_NOW: '2026-11-30T10:00' };
    expect(runCli(['register', '--yes', ...flags(home)], { home, env: monday }).code).toBe(0);
    const id = openStore({ home }).list()[0]!.id;
    const submitted = runCli(['status', id, 'submitted', '--at', '27/11/2026 16:00'], { home, env: monday });
    expect(submitted.stderr).toBe('');
    expect(submitted.code).toBe(0);
    const sms = runCli(['status', id, 'file-number', 'HS 987654', '--at', '27/11/2026 16:01'], { home, env: monday });
    expect(sms.code).toBe(0);
    expect(flat(sms.stdout)).toContain('HS987654');
    expect(flat(sms.stdout)).toContain('hết ngày Thứ Tư 02/12/2026');
    const early = runCli(['status', id, 'password', '--at', '27/11/2026 15:00'], { home, env: monday });
    expect(early.code).toBe(1);
    expect(flat(early.stderr)).toContain('sớm hơn sự kiện trước đó');
    const today = runCli(['status', id, 'password', '--at', '09:30'], { home, env: monday });
    expect(today.code).toBe(0);
    expect(openStore({ home }).require(id).events.at(-1)?.at).toBe(new Date('2026-11-30T09:30+07:00').toISOString());
  });

  it('the board, its summary and troubleshoot 5 agree at +80 h', () => {
    const home = tempHome();
    const friday = { VSSID_HELPER_NOW: '2026-12-04T16:00' };
    expect(runCli(['register', '--yes', ...flags(home)], { home, env: friday }).code).toBe(0);
    const id = openStore({ home }).list()[0]!.id;
    runCli(['status', id, 'submitted', '--at', '04/12/2026 15:00'], { home, env: friday });
    runCli(['status', id, 'file-number', '987654', '--at', '04/12/2026 15:00'], { home, env: friday });
    const at80h = { VSSID_HELPER_NOW: '2026-12-07T23:00' };
    const board = flat(runCli(['status'], { home, env: at80h }).stdout);
    const phrase = 'đã 72 giờ: có thể thử Quên mật khẩu; hạn chính thức 09/12/2026';
    expect(board).toContain(phrase);
    expect(board).toContain('0 quá hạn');
    expect(board).toContain('trong đó 1 đã 72 giờ');
    const row5 = runCli(['troubleshoot', '5', '--student', id], { home, env: at80h });
    expect(flat(row5.stdout)).toContain(phrase);
    expect(flat(row5.stdout)).not.toContain('Quá hạn');
    const json = JSON.parse(runCli(['troubleshoot', '5', '--student', id, '--json'], { home, env: at80h }).stdout);
    expect(json.action).toMatchObject({ phase: 'forgot-worth-trying', dueDate: '2026-12-09', overdue: false });
    const overdue = flat(runCli(['status'], { home, env: { VSSID_HELPER_NOW: '2026-12-10T08:00' } }).stdout);
    expect(overdue).toContain('1 quá hạn');
  });
});
