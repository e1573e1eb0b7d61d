import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome, writePhotos } from './helpers.js';

type Row = { line: number; ok: boolean; warnings: { field: string; message: string }[] };
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const records = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8')).records as Array<Record<string, any>>;

function registerFlags(dir: string, overrides: Record<string, string>): string[] {
  const { front, back } = writePhotos(dir);
  const values: Record<string, string> = {
    '--name': 'Nguyễn Văn An', '--bhxh': '7931234567', '--id-number': '079204001234', '--front': front, '--back': back,
    '--province': 'TP HCM', '--street': '12 Lê Lợi', '--phone': '0912345678',
    '--agency': 'BHXH Thành phố Hồ Chí Minh', ...overrides,
  };
  return Object.entries(values).flatMap(([flag, value]) => [flag, value]);
}

describe('register --yes against the official ward list', () => {
  it('a former ward with its former district becomes today’s ward, saying both', () => {
    const dir = tempHome();
    const result = runCli(['register', '--yes', ...registerFlags(dir, { '--ward': 'P.1', '--district': 'Q3' })], { home: dir });
    expect(result.code).toBe(0);
    expect(oneLine(result.stdout)).toContain('Phường 1 (Quận 3, trước 1/7/2025) ⇒ Phường Bàn Cờ');
    expect(records(dir)[0]?.fields).toMatchObject({ ward: 'Phường Bàn Cờ', district: '' });
  });

  it('an unknown ward is kept with a warning, not refused', () => {
    const dir = tempHome();
    const result = runCli(['register', '--yes', ...registerFlags(dir, { '--ward': 'Phường Mới Lập' })], { home: dir });
    expect(result.code).toBe(0);
    expect(oneLine(result.stdout)).toContain('“Phường Mới Lập” không có trong danh sách phường/xã của Thành phố Hồ Chí Minh');
    expect(records(dir)[0]?.fields.ward).toBe('Phường Mới Lập');
  });
});

describe('import against the official ward list', () => {
  const roster = [
    'Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Quận/Huyện,Phường/Xã,"Số nhà, đường"',
    'Nguyễn Văn An,7931234567,079205001234,0912345678,TP. Hồ Chí Minh,Quận 1,Phường Bến Nghé,12 Lê Lợi',
    'Trần Thị Bình,7931234568,001306005678,0987654321,TP. Hồ Chí Minh,Quận 3,Phường 1,5 Trần Quốc Thảo',
    'Lê Văn Cường,7931234569,079205001235,0358123456,TP. Hồ Chí Minh,Quận Gò Vấp,Phường 1,3 Nguyễn Du',
    'Phạm Thị Dung,7931234570,079306004321,0703123456,TP. Hồ Chí Minh,,Phường 1,9 Lý Tự Trọng',
    'Võ Văn Em,7931234571,079205001236,0703123457,Hà Nội,Quận Cầu Giấy,Phường Dịch Vọng,1 Xuân Thủy',
    'Đỗ Thị Giang,7931234572,079305001237,0703123458,TP. Hồ Chí Minh,,Phường Sài Gòn,7 Hàm Nghi',
    'Hồ Văn Hải,7931234573,079205001238,0703123459,TP. Hồ Chí Minh,,Phường Mới Lập,1 Đường Mới',
  ].join('\n');

  function run(dir: string, args: string[] = []) {
    const file = path.join(dir, 'lop.csv');
    fs.writeFileSync(file, roster);
    return runCli(['import', file, '--json', ...args], { home: dir });
  }
  const wardWarnings = (rows: Row[], line: number) =>
    rows.find((r) => r.line === line)?.warnings.filter((w) => w.field === 'ward').map((w) => oneLine(w.message)) ?? [];

  it('maps former wards (the district column tells same-named ones apart), warns per row, never errs on the ward', () => {
    const dir = tempHome();
    const result = run(dir);
    expect(result.code).toBe(0);
    const rows = (JSON.parse(result.stdout) as { rows: Row[] }).rows;
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(wardWarnings(rows, 2)).toEqual([expect.stringContaining('Phường Bến Nghé (Quận 1, trước 1/7/2025) ⇒ Phường Sài Gòn')]);
    expect(wardWarnings(rows, 3)).toEqual([expect.stringContaining('Phường 1 (Quận 3, trước 1/7/2025) ⇒ Phường Bàn Cờ')]);
    expect(wardWarnings(rows, 4)).toEqual([expect.stringContaining('Phường 1 (Quận Gò Vấp, trước 1/7/2025) ⇒ Phường Hạnh Thông')]);
    expect(wardWarnings(rows, 5)).toEqual([expect.stringMatching(/Trước 1\/7\/2025 có \d+ “Phường 1” khác nhau.*Quận 3 ⇒ Phường Bàn Cờ/)]);
    expect(wardWarnings(rows, 6)).toEqual([expect.stringContaining('nay được chia vào nhiều phường/xã: Phường Cầu Giấy, Phường Nghĩa Đô')]);
    expect(wardWarnings(rows, 7)).toEqual([]);
    expect(wardWarnings(rows, 8)).toEqual([expect.stringContaining('“Phường Mới Lập” không có trong danh sách')]);
    const byName = new Map(records(dir).map((r) => [r.fields.name, r.fields]));
    expect(byName.get('Nguyễn Văn An')).toMatchObject({ ward: 'Phường Sài Gòn' });
    expect(byName.get('Nguyễn Văn An')?.district).toBeUndefined();
    expect(byName.get('Trần Thị Bình')).toMatchObject({ ward: 'Phường Bàn Cờ' });
    expect(byName.get('Phạm Thị Dung')).toMatchObject({ ward: 'Phường 1' });
    expect(byName.get('Võ Văn Em')).toMatchObject({ ward: 'Phường Dịch Vọng', district: 'Quận Cầu Giấy' });
  });

  it('a ward added with config is known to the next import', () => {
    const dir = tempHome();
    const added = runCli(['config', 'add', 'extraWards', 'TP HCM: Phường Mới Lập'], { home: dir });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Thành phố Hồ Chí Minh: Phường Mới Lập');
    const rows = (JSON.parse(run(dir, ['--dry-run']).stdout) as { rows: Row[] }).rows;
    expect(wardWarnings(rows, 8)).toEqual([]);
  });

  it('config refuses a ward without its province', () => {
    const dir = tempHome();
    const refused = runCli(['config', 'add', 'extraWards', 'Phường Mới Lập'], { home: dir });
    expect(refused.code).toBe(1);
    expect(oneLine(refused.stderr)).toContain('Ghi tỉnh/thành phố, dấu hai chấm, rồi tên phường/xã');
  });
});

describe('register --already-registered', () => {
  it('records the student as done without the form; the board and the list say so', () => {
    const dir = tempHome();
    const result = runCli(['register', '--already-registered', '--name', 'Trần Thị Bình', '--bhxh', '7931234568'], { home: dir });
    expect(result.code).toBe(0);
    const [record] = records(dir);
    expect(record).toMatchObject({ state: 'done', fields: { name: 'Trần Thị Bình', bhxhCode: '7931234568' } });
    expect(record?.events.map((e: { type: string }) => e.type)).toEqual(['already-registered']);
    expect(oneLine(result.stdout)).toContain('tên đăng nhập là mã số BHXH');
    expect(runCli(['list'], { home: dir }).stdout).toContain('Hoàn tất (có tài khoản từ trước)');
    expect(oneLine(runCli(['status'], { home: dir }).stdout)).toContain('Hoàn tất (có tài khoản từ trước)');
    expect(oneLine(runCli(['status', '--json'], { home: dir }).stdout)).toContain('Đã có tài khoản VssID từ trước');
  });

  it('needs at least the name and the BHXH code', () => {
    const dir = tempHome();
    const result = runCli(['register', '--already-registered', '--name', 'Trần Thị Bình'], { home: dir });
    expect(result.code).toBe(1);
    expect(oneLine(result.stderr)).toContain('cần ít nhất họ tên và mã số BHXH');
    expect(fs.existsSync(path.join(dir, 'data.json')) ? records(dir) : []).toEqual([]);
  });

  it('status <id> already-registered records a saved draft the same way', () => {
    const dir = tempHome();
    const file = path.join(dir, 'lop.csv');
    fs.writeFileSync(file, 'Họ và tên,Mã số BHXH\nTrần Thị Bình,7931234568\n');
    runCli(['import', file], { home: dir });
    const [draft] = records(dir);
    const result = runCli(['status', draft?.id, 'đã có tài khoản'], { home: dir });
    expect(result.code).toBe(0);
    expect(records(dir)[0]?.state).toBe('done');
  });
});
