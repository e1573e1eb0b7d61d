import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRoster, RosterError, validateRoster } from '../../../src/core/roster/index.js';
import { buildXlsx, buildZip } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rosters/${name}`, import.meta.url));

async function refusal(bytes: Uint8Array): Promise<RosterError> {
  const error: unknown = await parseRoster(bytes).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(RosterError);
  return error as RosterError;
}

describe('.xlsx workbooks (read-excel-file)', () => {
  it('reads the first sheet as Excel wrote it: shared and rich strings, numbers, row numbers as lines', async () => {
    const parsed = await parseRoster(fixture('class.xlsx'));
    expect(parsed).toMatchObject({ format: 'xlsx', encoding: 'xlsx' });
    expect(parsed.rows).toEqual([
      {
        line: 4,
        index: 1,
        cells: {
          name: 'Nguyễn Văn An', bhxh: '7931234567', idNumber: '79205001234', phone: '912345678',
          province: 'Thành phố Hồ Chí Minh', ward: 'Phường Võ Thị Sáu', street: '12 Lê Lợi & 14 Lê Lợi',
        },
      },
      {
        line: 6,
        index: 2,
        cells: {
          name: 'Trần Thị Bình', bhxh: '7931234568', idNumber: '001306005678', phone: '987654321',
          province: 'Hà Nội', ward: 'Phường Hoàn Kiếm', street: 'Số 5 ngõ 10',
        },
      },
    ]);
    expect(parsed.notices).toContain('Đã bỏ qua 1 dòng phía trên dòng tiêu đề (tiêu đề ở dòng 3).');
  });

  it('gets lost leading zeros back with a warning, as for CSV', async () => {
    const report = validateRoster(await parseRoster(fixture('class.xlsx')), [], { now: new Date('2025-10-01') });
    expect(report.summary).toEqual({ total: 2, ok: 2, failed: 0, replaced: 0 });
    expect(report.rows[0]?.values).toMatchObject({ phone: '0912345678', idNumber: '079205001234' });
    expect(report.rows[0]?.warnings.map((w) => w.field).filter((f) => f !== 'email')).toEqual(['idNumber', 'phone']);
  });

  it('reads prefixed (strict OOXML) workbooks', async () => {
    const parsed = await parseRoster(buildXlsx([['Họ và tên', 'SĐT'], ['Lê Văn Cường', '0358123456']], 'x:'));
    expect(parsed.rows).toEqual([{ line: 2, index: 1, cells: { name: 'Lê Văn Cường', phone: '0358123456' } }]);
  });

  it('refuses a zip that is not a workbook, and a damaged workbook', async () => {
    expect((await refusal(buildZip({ 'word/document.xml': '<w:document/>' }))).message).toMatch(/không phải bảng tính Excel/);
    const workbook = buildXlsx([['Họ và tên'], ['Lê Văn Cường']]);
    expect((await refusal(workbook.subarray(0, workbook.length - 30))).message).toMatch(/bị hỏng/);
    expect((await refusal(buildXlsx([['Họ và tên']]))).message).toMatch(/chỉ có dòng tiêu đề/);
  });
});
