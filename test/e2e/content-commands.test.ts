import { describe, expect, it } from 'vitest';
import { runCli } from './helpers.js';

describe('the built CLI, content commands', () => {
  it('lists its commands in Vietnamese in --help', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Cách dùng:');
    for (const name of ['troubleshoot', 'guide', 'checklist', 'install']) expect(stdout).toContain(name);
  });

  it('prints its version', () => {
    const { code, stdout } = runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('gives all 8 rows with their facts as JSON', () => {
    const { code, stdout } = runCli(['troubleshoot', '--list', '--json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as { rows: { number: number; situation: string; solution: string }[] };
    expect(data.rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(data.rows[4]?.solution).toContain('Quên mật khẩu');
  });

  it('finds row 5 for "mat khau"', () => {
    const { code, stdout } = runCli(['troubleshoot', 'mat khau']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^5\. Không nhận được mật khẩu/);
    expect(stdout).toContain('Quên mật khẩu');
  });

  it('refuses row 9 with exit 1, a message and no stack trace', () => {
    const { code, stdout, stderr } = runCli(['troubleshoot', '9']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('Không có tình huống số 9');
    expect(stderr).toContain('8. Đăng ký giúp người khác');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a search with no match with exit 1', () => {
    const { code, stderr } = runCli(['troubleshoot', 'xyzzy']);
    expect(code).toBe(1);
    expect(stderr).toContain('Không tìm thấy');
  });

  it('without a terminal and no argument, lists the rows instead of waiting', () => {
    const { code, stdout } = runCli(['troubleshoot']);
    expect(code).toBe(0);
    expect(stdout).toContain('8. Đăng ký giúp người khác được không?');
  });

  it('exits 2 on wrong usage, in Vietnamese', () => {
    const unknown = runCli(['troubleshoot', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Không có tùy chọn «--bogus»');
    expect(runCli(['frobnicate']).code).toBe(2);
  });

  it('shows help, and only help, when run with no command', () => {
    const { code, stdout, stderr } = runCli([]);
    expect(code).toBe(2);
    expect(stdout + stderr).toContain('Các lệnh:');
    expect(stderr).not.toContain('✖');
  });

  it('names the unknown command, suggests the close one, and points to that command’s help', () => {
    const typo = runCli(['regster']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('Không có lệnh «regster»');
    expect(typo.stderr).toContain('Có phải ý bạn là: register?');
    const help = runCli(['help', 'regster']);
    expect(help.code).toBe(2);
    expect(help.stderr).toContain('Không có lệnh «regster»');
    const purge = runCli(['purge']);
    expect(purge.code).toBe(2);
    expect(purge.stderr).toContain('Thiếu tùy chọn bắt buộc «--done-before <ngày>»');
    expect(purge.stderr).toContain('vssid-helper purge --help');
  });

  it('keeps commander’s English out of help texts', () => {
    const { stdout } = runCli(['config', '--help']);
    expect(stdout).toContain('(mặc định: list)');
    expect(stdout).not.toMatch(/default:|Usage:|Options:|display help/);
  });

  it('prints errors without colour under --no-color', () => {
    const { stderr } = runCli(['troubleshoot', '9', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(stderr).toContain('Không có tình huống số 9');
    expect(stderr).not.toContain('\u001b[');
  });

  it('prints the guide within 80 columns', () => {
    const { code, stdout } = runCli(['guide']);
    expect(code).toBe(0);
    expect(stdout).toContain('Bước 4: Ghi nhận');
    expect(stdout).toContain('Quận 3');
    const tooLong = stdout.split('\n').filter((line) => [...line].length > 80 && !line.includes('http'));
    expect(tooLong).toEqual([]);
  });

  it('prints the checklist', () => {
    const { code, stdout } = runCli(['checklist']);
    expect(code).toBe(0);
    expect(stdout).toContain('10 số cuối trên thẻ BHYT');
  });

  it('shows a QR code in install ios (one code at a time), and links with --json', () => {
    const human = runCli(['install', 'ios']);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/[▀▄█]{10}/);
    expect(human.stdout).toContain('iOS 9.0');
    const { links, minimumVersions, highlights } = JSON.parse(runCli(['install', '--json']).stdout);
    expect(links.webRegistration).toBe('https://dichvucong.baohiemxahoi.gov.vn/#/dang-ky');
    expect(minimumVersions).toEqual({ ios: '9.0', android: '4.1' });
    expect(highlights).toHaveLength(5);
  });

  it('writes no colour codes with NO_COLOR or --no-color', () => {
    expect(runCli(['troubleshoot', '5', '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['troubleshoot', '5'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(runCli(['troubleshoot', '5'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });
});

describe('the 2026 update notes and the safety advice, as printed', () => {
  const flat = (s: string) => s.replace(/\s+/g, ' ');

  it('guide, checklist and troubleshoot rows 1 and 7 print "Cập nhật 2026" beside the guide’s words', () => {
    const guide = flat(runCli(['guide']).stdout);
    expect(guide).toContain('Lưu ý nhớ chọn Quận 3');
    expect(guide).toContain('Cập nhật 2026: Từ 1/7/2025 không còn cấp quận/huyện');
    expect(guide).toContain('tphcm.baohiemxahoi.gov.vn — hãy kiểm tra');
    expect(flat(runCli(['checklist']).stdout)).toContain('Cập nhật 2026: CMND hết giá trị sử dụng từ 1/1/2025');
    const row7 = flat(runCli(['troubleshoot', '7']).stdout);
    expect(row7).toContain('vì đang trong thời gian BHXH hỗ trợ');
    expect(row7).toContain('Cập nhật 2026: “Đang trong thời gian BHXH hỗ trợ” là lời của hướng dẫn lúc đó');
    expect(flat(runCli(['troubleshoot', '1']).stdout)).toContain('“thẻ căn cước”');
  });

  it('install says where to install from, what BHXH never asks, and the guide’s versions are old', () => {
    const install = flat(runCli(['install']).stdout);
    expect(install).toContain('iOS 9.0 trở lên');
    expect(install).toContain('Cập nhật 2026: iOS 9.0 và Android 4.1 là yêu cầu của hướng dẫn cũ');
    expect(install).toContain('Chỉ cài VssID từ App Store hoặc Google Play');
    expect(install).toContain('BHXH không bao giờ gọi điện hay nhắn tin đòi mã OTP, mật khẩu hoặc tiền');
    expect(install).toContain('SIM đứng tên chính học sinh');
  });
});
