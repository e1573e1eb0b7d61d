import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXPORT_HEADERS } from '../../src/core/export/index.js';
import { NOW, seedClass } from './class-fixture.js';
import { runCli, tempHome } from './helpers.js';

const dataFile = (home: string) => readFileSync(join(home, 'data.json'), 'utf8');

/** A minimal RFC 4180 reader, as a spreadsheet would split the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('export, config and purge on a class of 40', () => {
  let home: string;
  let ids: ReturnType<typeof seedClass>;
  const run = (args: string[]) => runCli(args, { home, env: { VSSID_HELPER_NOW: NOW } });
  beforeEach(() => {
    home = tempHome();
    ids = seedClass(home);
  });

  it('exports a CSV that Excel reads: BOM, CRLF, Vietnamese headers, leading zeros kept', () => {
    const out = join(home, 'lop.csv');
    const { code, stdout, stderr } = run(['export', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Đã xuất 40 học sinh ra ${out}`);
    expect(stderr).toContain('--mask');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(41);
    expect(rows[0]).toEqual(EXPORT_HEADERS);
    expect(rows[0]?.slice(0, 5)).toEqual(['Mã', 'Đối tượng đăng ký', 'Họ và tên', 'Mã số BHXH', 'Số CMND/CCCD/Hộ chiếu']);
    const col = (name: string) => rows[0]!.indexOf(name);
    const an = rows.find((r) => r[0] === ids.overdueBeforeTet)!;
    expect(an[col('Họ và tên')]).toBe('Nguyễn Văn An');
    expect(an[col('Số CMND/CCCD/Hộ chiếu')]).toBe('="079204010000"');
    expect(an[col('Điện thoại di động')]).toBe('="0912000000"');
    expect(an[col('Cơ quan BHXH tiếp nhận')]).toBe('BHXH Quận 3, TP. Hồ Chí Minh');
    expect(an[col('Trạng thái')]).toBe('Đã có số hồ sơ');
    expect(an[col('Số hồ sơ')]).toBe('HS-0001');
    expect(an[col('Nhận số hồ sơ lúc')]).toBe('2026-02-10 09:00');
    expect(an[col('Hạn nhận mật khẩu')]).toBe('2026-02-13');
  });

  it('--mask hides ID and phone digits; JSON is the class file, marked as masked', () => {
    const { code, stdout, stderr } = run(['export', '--format', 'json', '--mask']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const file = JSON.parse(stdout) as { format: string; masked: boolean; students: Array<{ id: string; fields: Record<string, string>; passwordDueDate?: string }> };
    expect(file).toMatchObject({ format: 'vssid-helper-class', version: 1, masked: true });
    const data = file.students;
    expect(data).toHaveLength(40);
    expect(data[0]?.fields.idNumber).toBe('•••••••••000');
    expect(data[0]?.fields.phone).toBe('091••••000');
    expect(stdout).not.toMatch(/0\d{9}/);
    expect(data.find((r) => r.id === ids.smsDuringTet)?.passwordDueDate).toBe('2026-02-26');
  });

  it('refuses an unknown format (usage, exit 2) and an existing file without --force', () => {
    const bad = run(['export', '--format', 'xlsx']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Không có dạng xuất «xlsx»');
    const out = join(home, 'x.csv');
    writeFileSync(out, 'keep me');
    const exists = run(['export', '--out', out]);
    expect(exists.code).toBe(1);
    expect(exists.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(run(['export', '--out', out, '--force']).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Họ và tên');
  });

  it('config: set, get, add, remove, reset, and list shows where the data is', () => {
    expect(run(['config', 'set', 'className', '12A1']).stdout).toContain('Đã lưu Tên lớp: 12A1');
    expect(run(['config', 'get', 'className']).stdout).toBe('12A1\n');
    expect(run(['config', 'set', 'submissionMethod', 'bưu chính']).code).toBe(0);
    expect(run(['config', 'get', 'submissionMethod']).stdout).toBe('postal\n');
    expect(run(['config', 'set', 'extraDaysOff', '2026-02-23', '2026-02-24']).code).toBe(0);
    expect(run(['config', 'add', 'extraDaysOff', '2026-02-25']).code).toBe(0);
    expect(run(['config', 'remove', 'extraDaysOff', '2026-02-23']).code).toBe(0);
    expect(JSON.parse(run(['config', 'get', 'extraDaysOff', '--json']).stdout)).toEqual({ key: 'extraDaysOff', value: ['2026-02-24', '2026-02-25'] });
    const list = run(['config', 'list']);
    expect(list.stdout).toContain(join(home, 'data.json'));
    expect(list.stdout).toContain('17/02/2026  Tết Nguyên đán');
    expect(list.stdout).toContain('25/02/2026  Ngày nghỉ bổ sung');
    expect(run(['config', 'reset', 'className']).code).toBe(0);
    expect(run(['config', 'get', 'className']).stdout).toBe('\n');
  });

  it('config: days off in Vietnamese order are stored ISO; examples add rather than replace', () => {
    const added = run(['config', 'add', 'extraDaysOff', '03/03/2026']);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('2026-03-03');
    expect(run(['config', 'get', 'extraDaysOff']).stdout).toBe('2026-03-03\n');
    // `set` replaces the list: it says which days went, and how to add instead.
    const replaced = run(['config', 'set', 'extraDaysOff', '04/03/2026']);
    expect(replaced.stderr).toContain('đã bỏ: 2026-03-03');
    expect(replaced.stderr).toContain('config add extraDaysOff');
    const missing = run(['config', 'add', 'extraDaysOff']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('vssid-helper config add extraDaysOff 23/02/2026');
    expect(missing.stderr).not.toContain('config set extraDaysOff');
  });

  it.each([
    [['config', 'set', 'supportEmail', 'not-an-email'], /Địa chỉ thư điện tử «not-an-email» không hợp lệ/],
    [['config', 'set', 'submissionMethod', 'fax'], /Không đổi «submissionMethod»/],
    [['config', 'set', 'extraDaysOff', '2026-02-30'], /«2026-02-30» không phải ngày hợp lệ/],
    [['config', 'set', 'colour', 'red'], /Không có mục cấu hình «colour». Các mục: className, receivingAgency/],
    [['config', 'set', 'className'], /Thiếu giá trị/],
    [['config', 'add', 'className', 'x'], /chỉ dùng cho các danh sách: extraDaysOff, removedDaysOff \(ngày nghỉ\)/],
    [['config', 'reset'], /--yes/],
    [['purge', '--done-before', '31/02/2026'], /không phải ngày hợp lệ/],
    // The calendar computes 1800–2199: other years are refused in Vietnamese, with the range.
    [['config', 'add', 'extraDaysOff', '01/01/1700'], /«01\/01\/1700» thuộc năm 1700: .*từ năm 1800 đến năm 2199/],
    [['config', 'set', 'removedDaysOff', '2300-01-01'], /năm 2300: .*từ năm 1800 đến năm 2199/],
    [['purge', '--done-before', '01/01/1700'], /từ năm 1800 đến năm 2199/],
    [['purge', '--done-before', '30/06/2026'], /--yes/],
    [['purge', '--done-before', '2026-06-30'], /--yes/],
  ])('refuses %j with exit 1 and changes nothing', (args, message) => {
    const before = dataFile(home);
    const { code, stderr } = run(args);
    expect(code).toBe(1);
    expect(stderr.replace(/\s+/g, ' ')).toMatch(message);
    expect(stderr).not.toContain('không mong đợi');
    expect(dataFile(home)).toBe(before);
  });

  it('config list shows the days off of the year in Vietnam, not in UTC', () => {
    // 05:00 on 1 January 2027 in Vietnam is still 2026 in UTC.
    const list = runCli(['config', 'list'], { home, env: { VSSID_HELPER_NOW: '2027-01-01T05:00' } });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Ngày nghỉ năm 2027');
    expect(list.stdout).toContain('01/01/2027  Tết Dương lịch');
  });

  it('purge removes only students done before the date', () => {
    const { code, stdout } = run(['purge', '--done-before', '2026-02-01', '--yes']);
    expect(code).toBe(0);
    expect(stdout).toContain('Đã xóa 8 học sinh hoàn tất trước ngày 01/02/2026.');
    const board = JSON.parse(run(['status', '--json']).stdout) as { summary: { total: number; done: number } };
    expect(board.summary).toMatchObject({ total: 32, done: 6 });
    expect(run(['purge', '--done-before', '2026-02-01', '--yes']).stdout).toContain('không xóa gì');
    expect(JSON.parse(run(['purge', '--done-before', '2026-03-01', '--yes', '--json']).stdout)).toMatchObject({ removed: 6 });
  });
});
