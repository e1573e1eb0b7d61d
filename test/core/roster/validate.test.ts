import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  isSavable,
  parseRosterText,
  readRosterFile,
  validateRoster,
  type ExistingStudent,
} from '../../../src/core/roster/index.js';

const path = (name: string) => fileURLToPath(new URL(`../../fixtures/rosters/${name}`, import.meta.url));
const now = new Date('2025-10-01T00:00:00Z');
const HEADER = 'Họ và tên;Mã số BHXH;Số CCCD;Số điện thoại;Tỉnh/Thành phố;Phường/Xã;Số nhà đường';
const validate = (rows: string[], existing: ExistingStudent[] = []) =>
  validateRoster(parseRosterText([HEADER, ...rows].join('\n')), existing, { now });
const fields = (issues: { field: string }[]) => issues.map((issue) => issue.field);

interface Expected {
  line: number;
  ok: boolean;
  errors: string[];
  warnings: string[];
}

describe('validateRoster', () => {
  it('gives the expected verdict for every row of the tricky fixture', async () => {
    const expected = JSON.parse(readFileSync(path('tricky.expected.json'), 'utf8')) as { rows: Expected[] };
    const report = validateRoster(await readRosterFile(path('tricky.csv')), [], { now });
    expect(report.rows.map((row) => ({ line: row.line, ok: row.ok, errors: fields(row.errors), warnings: fields(row.warnings) })))
      .toEqual(expected.rows.map(({ line, ok, errors, warnings }) => ({ line, ok, errors, warnings })));
    expect(report.summary).toEqual({ total: 25, ok: 12, failed: 13 });
    expect(report.notices).toEqual(['Đã bỏ qua 4 dòng trống.']);
    const byLine = new Map(report.rows.map((row) => [row.line, row]));
    expect(byLine.get(8)?.errors[0]?.message).toMatch(/trùng với dòng 2/);
    expect(byLine.get(12)?.values.bhxhCode).toBe('7931234575');
    expect(byLine.get(27)?.values.name).toBe('Nguyễn Thị Ánh Tuyết');
    expect(byLine.get(5)?.errors[0]?.message).toMatch(/Văn bản \(Text\)/);
  });

  it('has exactly the shape of `import --json`, plus the values the command strips', async () => {
    const report = validateRoster(await readRosterFile(path('google-forms.csv')), [], { now });
    expect(Object.keys(report)).toEqual(['rows', 'summary', 'ignoredColumns', 'notices']);
    expect(Object.keys(report.rows[0] ?? {})).toEqual(['line', 'ok', 'errors', 'warnings', 'values']);
    expect(report.summary).toEqual({ total: 4, ok: 3, failed: 1 });
  });

  it('restores a lost leading zero with a warning that says to format the column as text', () => {
    const [row] = validate(['Nguyễn Văn An;7931234567;79205001234;912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc']).rows;
    expect(row?.ok).toBe(true);
    expect(row?.values).toMatchObject({ idNumber: '079205001234', phone: '0912345678' });
    expect(row?.warnings).toHaveLength(2);
    for (const warning of row?.warnings ?? []) expect(warning.message).toMatch(/số 0.*Văn bản \(Text\)/);
  });

  it('reports scientific notation as lost digits, in every spelling', () => {
    for (const value of ['7,93051E+10', '7.93E+10', '8.4912345678E+10', '7,93051e+10', '1E+11']) {
      const [row] = validate([`Nguyễn Văn An;7931234567;${value};0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc`]).rows;
      expect(row?.errors, value).toEqual([{ field: 'idNumber', message: expect.stringMatching(/khoa học.*mất chữ số/) }]);
    }
  });

  it('refuses two values in one cell instead of picking one', () => {
    for (const phone of ['0912345678 / 0987654321', '0912345678; 0987654321', '0912345678, 0987654321',
      '0912345678 và 0987654321', '0912345678 0987654321']) {
      const [row] = validate([`Nguyễn Văn An;7931234567;079205001234;"${phone}";Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc`]).rows;
      expect(fields(row?.errors ?? []), phone).toEqual(['phone']);
      expect(row?.errors[0]?.message).toMatch(/nhiều hơn một giá trị/);
    }
  });

  it('checks against saved students: same BHXH or ID is an error, same phone a warning', () => {
    const existing = [{ id: 'k3f9q2', bhxhCode: '7931234567', idNumber: '001306005678', phone: '0912345678' }];
    const report = validate([
      'Nguyễn Văn An;7931234567;079205001234;0987654321;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
      'Trần Thị Bình;7931234568;001306005678;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
    ], existing);
    const [first, second] = report.rows;
    expect(first?.errors).toEqual([{ field: 'bhxh', message: expect.stringContaining('k3f9q2') }]);
    expect(first?.values.bhxhCode).toBeUndefined();
    expect(isSavable(first ?? { values: {} })).toBe(false);
    expect(fields(second?.errors ?? [])).toEqual(['idNumber']);
    expect(fields(second?.warnings ?? [])).toEqual(['phone']);
    expect(isSavable(second ?? { values: {} })).toBe(true);
    expect(second?.values.idNumber).toBeUndefined();
  });

  it('saves rows whose name and BHXH code are valid, keeping only the valid fields', () => {
    const report = validate(['Nguyễn Văn An;7931234567;;0212345678;;;', 'An;7931234568;;;;;']);
    const [first, second] = report.rows;
    expect(first?.ok).toBe(false);
    expect(isSavable(first ?? { values: {} })).toBe(true);
    expect(first?.values).toEqual({ name: 'Nguyễn Văn An', bhxhCode: '7931234567' });
    expect(fields(first?.errors ?? [])).toEqual(['idNumber', 'phone', 'province', 'ward', 'street']);
    expect(isSavable(second ?? { values: {} })).toBe(false);
  });

  it('does not warn about a number the file has once and a blank optional field', () => {
    const [row] = validateRoster(
      parseRosterText('name,bhxh,idNumber,phone,email,province,district,ward,street\n' +
        'Nguyễn Văn An,7931234567,079205001234,0912345678,,Hà Nội,,Phường Hoàn Kiếm,5 Hàng Bạc\n'),
      [],
      { now },
    ).rows;
    expect(row).toMatchObject({ ok: true, errors: [], warnings: [] });
  });
});
