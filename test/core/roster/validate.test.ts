import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXPORT_HEADERS, exportRecord, exportRow, toCsv } from '../../../src/core/export/index.js';
import type { StudentRecord } from '../../../src/core/record.js';
import {
  isSavable,
  parseRoster,
  parseRosterText,
  readRosterFile,
  RowChecker,
  validateRoster,
  type ExistingStudent,
} from '../../../src/core/roster/index.js';
import { loadWardList } from '../../../src/core/address/index.js';

const path = (name: string) => fileURLToPath(new URL(`../../fixtures/rosters/${name}`, import.meta.url));
const now = new Date('2025-10-01T00:00:00Z');
const HEADER = 'Họ và tên;Mã số BHXH;Số CCCD;Số điện thoại;Tỉnh/Thành phố;Phường/Xã;Số nhà đường';
// Every row with an e-mail: a blank one is a warning of its own (tested apart), not what these tests are about.
const validate = (rows: string[], existing: ExistingStudent[] = []) =>
  validateRoster(parseRosterText([`${HEADER};E-mail`, ...rows.map((row) => `${row};hs@gmail.com`)].join('\n')), existing, { now });
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
    // With the ward list, as `import` runs it: the fixture's pre-2025 wards are warned about.
    const report = validateRoster(await readRosterFile(path('tricky.csv')), [], { now, wards: await loadWardList() });
    expect(report.rows.map((row) => ({ line: row.line, ok: row.ok, errors: fields(row.errors), warnings: fields(row.warnings) })))
      .toEqual(expected.rows.map(({ line, ok, errors, warnings }) => ({ line, ok, errors, warnings })));
    expect(report.summary).toEqual({ total: 25, ok: 13, failed: 12, replaced: 0 });
    expect(report.notices).toEqual(['Đã bỏ qua 4 dòng trống.']);
    const byLine = new Map(report.rows.map((row) => [row.line, row]));
    expect(byLine.get(8)?.errors[0]?.message).toMatch(/trùng với dòng 2/);
    expect(byLine.get(12)?.values.bhxhCode).toBe('7931234575');
    expect(byLine.get(27)?.values.name).toBe('Nguyễn Thị Ánh Tuyết');
    expect(byLine.get(5)?.errors[0]?.message).toMatch(/Văn bản \(Text\)/);
  });

  it('gives the same report when each row is checked as it is read (RowChecker, as `import` runs it)', async () => {
    const wards = await loadWardList();
    const existing: ExistingStudent[] = [{ id: 'an-1', bhxhCode: '7931234567', idNumber: '079205001234', fields: { name: 'Nguyễn Văn An' } }];
    for (const name of ['tricky.csv', 'google-forms.csv']) {
      const bytes = readFileSync(path(name));
      const checker = new RowChecker(now);
      const streamed = checker.finish(await parseRoster(bytes, checker.check), existing, wards);
      expect(streamed).toEqual(validateRoster(await parseRoster(bytes), existing, { now, wards }));
    }
  });

  it('has exactly the shape of `import --json`, plus the values the command strips', async () => {
    const report = validateRoster(await readRosterFile(path('google-forms.csv')), [], { now });
    expect(Object.keys(report)).toEqual(['rows', 'summary', 'ignoredColumns', 'notices']);
    expect(Object.keys(report.rows[0] ?? {})).toEqual(['line', 'index', 'label', 'ok', 'errors', 'warnings', 'values', 'name']);
    expect(report.summary).toEqual({ total: 4, ok: 3, failed: 1, replaced: 0 });
  });

  it('restores a lost leading zero with a warning that says to format the column as text', () => {
    const [row] = validate(['Nguyễn Văn An;7931234567;79205001234;912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc']).rows;
    expect(row?.ok).toBe(true);
    expect(row?.values).toMatchObject({ idNumber: '079205001234', phone: '0912345678' });
    expect(row?.warnings).toHaveLength(2);
    for (const warning of row?.warnings ?? []) expect(warning.message).toMatch(/số 0.*Văn bản \(Text\)/);
  });

  it('gives a 9-digit BHXH code its 0 back when 0 + its first digit is a province code (Hà Nội 01)', () => {
    const [hanoi, tuyenQuang, lost] = validate([
      'Nguyễn Văn An;112345678;079205001234;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
      'Trần Thị Bình;812345679;079305001235;0912345679;Tuyên Quang;Phường Minh Xuân;7 Lê Lợi',
      'Lê Văn Cường;712345670;079205001236;0912345670;Hà Nội;Phường Hoàn Kiếm;9 Hàng Bạc',
    ]).rows;
    expect(hanoi).toMatchObject({ ok: true, errors: [] });
    expect(hanoi?.values.bhxhCode).toBe('0112345678');
    expect(hanoi?.warnings).toEqual([{ field: 'bhxh', message: expect.stringMatching(/số 0 ở đầu \(0112345678\).*Văn bản \(Text\)/) }]);
    expect(tuyenQuang?.values.bhxhCode).toBe('0812345679');
    // "07…" is no province's code: the missing digit is unknown, so the cell stays refused.
    expect(lost?.errors).toEqual([{ field: 'bhxh', message: expect.stringContaining('chỉ có 9') }]);
    expect(lost?.values.bhxhCode).toBeUndefined();
  });

  it('gives a 10-digit CCCD its two zeros back when the 12 digits decode to a province', () => {
    const [hanoi, haGiang, unknown, ninePrefix] = validate([
      'Nguyễn Văn An;7931234567;1204001113;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
      'Trần Thị Bình;7931234568;2305001114;0912345679;Tuyên Quang;Phường Hà Giang 1;7 Lê Lợi',
      // 003… and 009… are no province's code: neither is a CCCD, so nothing is restored.
      'Lê Văn Cường;7931234569;3204001115;0912345670;Hà Nội;Phường Hoàn Kiếm;9 Hàng Bạc',
      'Phạm Thị Dung;7931234570;9123456789;0912345671;Hà Nội;Phường Hoàn Kiếm;11 Hàng Bạc',
    ]).rows;
    expect(hanoi).toMatchObject({ ok: true, errors: [] });
    expect(hanoi?.values.idNumber).toBe('001204001113');
    expect(hanoi?.warnings).toEqual([
      { field: 'idNumber', message: expect.stringMatching(/2 số 0 ở đầu \(001204001113, .*Hà Nội\).*Văn bản \(Text\)/) },
    ]);
    expect(haGiang?.values.idNumber).toBe('002305001114');
    expect(haGiang?.warnings[0]?.message).toContain('Hà Giang');
    for (const row of [unknown, ninePrefix]) {
      expect(fields(row?.errors ?? [])).toEqual(['idNumber']);
      expect(row?.values.idNumber).toBeUndefined();
    }
  });

  it('does not repair lost zeros into an impossible person: a future birth year or no such province is an error', () => {
    const [future, noProvince, fine] = validate([
      // "001234567890" would be born in 2034; "003…" is no province; "079…" is a person.
      'Nguyễn Văn An;7931234567;1234567890;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
      'Trần Thị Bình;7931234568;03204001115;0912345679;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
      'Lê Văn Cường;7931234569;79205001236;0912345670;Hà Nội;Phường Hoàn Kiếm;9 Hàng Bạc',
    ]).rows;
    expect(future?.errors).toEqual([{ field: 'idNumber', message: expect.stringMatching(/001234567890.*năm sinh 2034 chưa tới.*không tự sửa/) }]);
    expect(future?.warnings.map((w) => w.field)).not.toContain('idNumber');
    expect(noProvince?.errors).toEqual([{ field: 'idNumber', message: expect.stringMatching(/003204001115.*mã tỉnh 003 không có/) }]);
    expect(fine?.values.idNumber).toBe('079205001236');
  });

  it('takes the 12-digit personal ID number as BHXH code, and warns when it is not the row’s own ID number', () => {
    const [own, other, lostZero] = validate([
      'Nguyễn Văn An;079205001234;079205001234;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
      'Trần Thị Bình;079305001299;079305001235;0912345679;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
      'Lê Văn Cường;79205001236;079205001236;0912345670;Hà Nội;Phường Hoàn Kiếm;9 Hàng Bạc',
    ]).rows;
    expect(own).toMatchObject({ ok: true, errors: [] });
    expect(own?.values.bhxhCode).toBe('079205001234');
    expect(other?.warnings).toContainEqual({ field: 'bhxh', message: expect.stringContaining('khác số CCCD «079305001235»') });
    expect(lostZero?.values.bhxhCode).toBe('079205001236');
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
    expect(first?.values).toEqual({ name: 'Nguyễn Văn An', bhxhCode: '7931234567', email: 'hs@gmail.com' });
    expect(fields(first?.errors ?? [])).toEqual(['idNumber', 'phone', 'province', 'ward', 'street']);
    expect(isSavable(second ?? { values: {} })).toBe(false);
  });

  it('does not warn about a number the file has once or a blank district; a blank e-mail is the one warning', () => {
    const [row] = validateRoster(
      parseRosterText('name,bhxh,idNumber,phone,email,province,district,ward,street\n' +
        'Nguyễn Văn An,7931234567,079205001234,0912345678,,Hà Nội,,Phường Hoàn Kiếm,5 Hàng Bạc\n'),
      [],
      { now },
    ).rows;
    expect(row).toMatchObject({ ok: true, errors: [], warnings: [{ field: 'email', message: expect.stringContaining('thiếu e-mail: không nhận được mã OTP') }] });
  });
  it('warns about a name typed without diacritics, and still accepts the row', () => {
    const [row] = validate(['nguyen   van binh;7931234567;079205001234;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc']).rows;
    expect(row).toMatchObject({ ok: true, errors: [], warnings: [{ field: 'name', message: expect.stringContaining('chưa có dấu') }] });
    expect(row?.values.name).toBe('nguyen van binh');
  });
});

describe('validateRoster, saved students judged with what is saved', () => {
  it('a student already done (an account from before) lacks none of the form’s fields, and is not told about an e-mail', () => {
    const existing: ExistingStudent[] = [{ id: 'k3f9q2', bhxhCode: '7931234567', state: 'done', fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567' } }];
    const [row] = validateRoster(parseRosterText(`${HEADER}\nNguyễn Văn An;7931234567;;;;;`), existing, { now }).rows;
    expect(row).toMatchObject({ ok: true, errors: [], warnings: [], alreadySaved: 'k3f9q2' });
  });

  it('a draft still lacks what it lacks, and a saved e-mail silences the blank e-mail cell', () => {
    const existing: ExistingStudent[] = [{ id: 'k3f9q2', bhxhCode: '7931234567', state: 'draft', fields: { name: 'Nguyễn Văn An', email: 'an@gmail.com' } }];
    const [row] = validateRoster(parseRosterText(`${HEADER}\nNguyễn Văn An;7931234567;;;;;`), existing, { now }).rows;
    expect(row?.ok).toBe(false);
    expect(fields(row?.errors ?? [])).toEqual(['idNumber', 'phone', 'province', 'ward', 'street']);
    expect(fields(row?.warnings ?? [])).toEqual([]);
  });
});

describe('validateRoster, a roster imported again', () => {
  const ROW = 'Nguyễn Văn An;7931234567;079205001234;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc';
  const savedFields = {
    name: 'Nguyễn Văn An', bhxhCode: '7931234567', idNumber: '079205001234', phone: '0912345678',
    province: 'Thành phố Hà Nội', ward: 'Phường Hoàn Kiếm', street: '5 Hàng Bạc',
  };
  const saved = (fields: Record<string, string> = savedFields): ExistingStudent => ({
    id: 'k3f9q2', bhxhCode: fields.bhxhCode, idNumber: fields.idNumber, phone: fields.phone, fields,
  });

  it('reports a row that is a saved student (same BHXH code and name) as that student: ok, not saved again', () => {
    const report = validate([ROW, 'Trần Thị Bình;7931234568;001306005678;0987654321;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc'], [saved()]);
    const [first, second] = report.rows;
    expect(first).toMatchObject({ ok: true, alreadySaved: 'k3f9q2', errors: [], warnings: [] });
    expect(isSavable(first ?? { values: {} })).toBe(false);
    expect(second).toMatchObject({ ok: true, errors: [] });
    expect(second?.alreadySaved).toBeUndefined();
    expect(isSavable(second ?? { values: {} })).toBe(true);
    expect(report.summary).toEqual({ total: 2, ok: 2, failed: 0, replaced: 0 });
  });

  it('matches the name regardless of case and diacritics, and keeps the row\'s values for the update', () => {
    const partial = { name: 'nguyen van an', bhxhCode: '7931234567', idNumber: '079205001234' };
    const [row] = validate([ROW], [saved(partial)]).rows;
    expect(row).toMatchObject({ ok: true, alreadySaved: 'k3f9q2', errors: [], warnings: [] });
    expect(row?.values).toMatchObject({ name: 'Nguyễn Văn An', phone: '0912345678', street: '5 Hàng Bạc' });
  });

  it('matches by ID number when the BHXH code was corrected in the file', () => {
    const [row] = validate(['Nguyễn Văn An;7931234599;079205001234;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc'], [saved()]).rows;
    expect(row).toMatchObject({ ok: true, alreadySaved: 'k3f9q2', errors: [] });
    expect(row?.values.bhxhCode).toBe('7931234599');
  });

  it("keeps the file's own mistakes on a matched row: it is not ok until they are fixed", () => {
    const [row] = validate(['Nguyễn Văn An;7931234567;;0912 345 678 / 0987654321;;;'], [saved()]).rows;
    expect(row).toMatchObject({ ok: false, alreadySaved: 'k3f9q2' });
    expect(fields(row?.errors ?? [])).toEqual(expect.arrayContaining(['phone', 'idNumber', 'ward']));
    expect(isSavable(row ?? { values: {} })).toBe(false);
  });

  it('keeps the same BHXH code under a different name an error, naming the saved student', () => {
    const [row] = validate(['Trần Thị Bình;7931234567;001306005678;0987654321;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc'], [saved()]).rows;
    expect(row?.ok).toBe(false);
    expect(row?.alreadySaved).toBeUndefined();
    expect(row?.errors).toEqual([
      { field: 'bhxh', message: expect.stringMatching(/họ tên khác \(«Nguyễn Văn An», mã k3f9q2\)/) },
    ]);
    expect(isSavable(row ?? { values: {} })).toBe(false);
  });

  it('still refuses a second row of the file with the same code, and other rows taking its numbers', () => {
    const report = validate([
      ROW,
      ROW,
      'Trần Thị Bình;7931234568;079205001234;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc',
    ], [saved()]);
    const [first, second, third] = report.rows;
    expect(first?.alreadySaved).toBe('k3f9q2');
    expect(second).toMatchObject({ ok: false, errors: [{ field: 'bhxh', message: expect.stringContaining('trùng với dòng 2') }, { field: 'idNumber' }] });
    expect(second?.alreadySaved).toBeUndefined();
    expect(fields(third?.errors ?? [])).toEqual(['idNumber']);
    expect(fields(third?.warnings ?? [])).toEqual(['phone', 'phone']);
  });
});

describe("validateRoster, the tool's own export", () => {
  const record = (id: string, fields: StudentRecord['fields'], state: StudentRecord['state'] = 'draft'): StudentRecord => ({
    id, createdAt: '2025-09-01T01:00:00.000Z', updatedAt: '2025-09-01T01:00:00.000Z', state, fields, events: [],
  });
  const records = [
    record('k3f9q2', {
      subjectType: 'individual', name: 'Nguyễn Văn An', bhxhCode: '0123456789', idNumber: '079204001001',
      province: 'Thành phố Hồ Chí Minh', district: 'Quận 3', ward: 'Phường Võ Thị Sáu', street: '12 Lê Lợi, Khu phố 3',
      contactPerson: 'Nguyễn Văn An', email: 'an@gmail.com', phone: '0912345678', channel: 'portal',
      receivingAgency: 'BHXH Quận 3, TP. Hồ Chí Minh', submissionMethod: 'postal', commitment: true,
    }, 'ready'),
    record('p7x2m4', {
      name: 'Trần Thị Bình', bhxhCode: '7931234568', idNumber: '001306005678', province: 'Thành phố Hà Nội',
      ward: 'Phường Hoàn Kiếm', street: 'Số 5, ngõ 10 phố Hàng Bạc', phone: '0987654321',
    }),
    record('z9c8b7', {
      name: "H'Hen Niê", bhxhCode: '6612345678', idNumber: 'C1234567', province: 'Đắk Lắk',
      ward: 'Phường Buôn Ma Thuột', street: '3 Lê Duẩn', phone: '0358123456',
    }),
  ];
  const csv = toCsv([EXPORT_HEADERS, ...records.map((r) => exportRow(exportRecord(r)))]);

  it('writes ="…" cells and Vietnamese headers, which import reads back: every row ok', async () => {
    expect(csv).toContain('"=""0912345678"""');
    const parsed = await parseRoster(new TextEncoder().encode(csv));
    expect(parsed.rows.map((row) => row.cells)).toEqual([
      expect.objectContaining({ bhxh: '0123456789', idNumber: '079204001001', phone: '0912345678', email: 'an@gmail.com', district: 'Quận 3' }),
      expect.objectContaining({ bhxh: '7931234568', idNumber: '001306005678', phone: '0987654321' }),
      expect.objectContaining({ name: "H'Hen Niê", idNumber: 'C1234567', phone: '0358123456' }),
    ]);
    // The form's other fields and the tracking columns are ignored, each listed once, nothing else noticed.
    expect(parsed.ignoredColumns).toEqual(expect.arrayContaining(['Mã', 'Trạng thái', 'Số hồ sơ', 'Hạn nhận mật khẩu']));
    expect(parsed.notices).toEqual([]);
    const report = validateRoster(parsed, [], { now });
    expect(report.rows.map((row) => ({ ok: row.ok, errors: row.errors }))).toEqual(records.map(() => ({ ok: true, errors: [] })));
    expect(report.summary).toEqual({ total: 3, ok: 3, failed: 0, replaced: 0 });
  });

  it('imported into the store it came from: every row already saved, ok', async () => {
    const existing = records.map((r) => ({ id: r.id, bhxhCode: r.fields.bhxhCode, idNumber: r.fields.idNumber, phone: r.fields.phone, fields: r.fields }));
    const report = validateRoster(await parseRoster(new TextEncoder().encode(csv)), existing, { now });
    // A saved student without an e-mail is still told so; one with an e-mail is not.
    expect(report.rows.map((row) => [row.ok, row.alreadySaved, row.warnings.map((w) => w.field)])).toEqual(
      records.map((r) => [true, r.id, r.fields.email ? [] : ['email']]),
    );
  });
});
