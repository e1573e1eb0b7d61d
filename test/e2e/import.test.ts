import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeWindows1258 } from '../core/roster/helpers.js';
import { runCli, tempHome } from './helpers.js';

const home = tempHome;

const fixture = (name: string) => path.resolve(import.meta.dirname, '../fixtures/rosters', name);
// The CCCD birth-year checks depend on today; the fixtures' verdicts were written for this day.
const NOW = { VSSID_HELPER_NOW: '2025-10-01' };

/** A file in the test's own folder (kept apart from the store's folder). */
function write(dir: string, name: string, content: string | Uint8Array): string {
  const folder = path.join(dir, 'files');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, name);
  fs.writeFileSync(file, content);
  return file;
}

// A Google Forms response sheet downloaded as CSV: Timestamp and class columns, CRLF, a quoted
// address over two lines, and the mistakes a class makes.
const GOOGLE_FORMS = [
  'Dấu thời gian,Địa chỉ email,Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,"Số nhà, đường",Lớp',
  '9/1/2025 8:01:02,an@gmail.com,Nguyễn Văn An,7931234567,079205001234,0912345678,TP. Hồ Chí Minh,Phường Võ Thị Sáu,"12 Lê Lợi, Khu phố 3",12A1',
  '9/1/2025 8:05:10,,Trần Thị Bình,7931234568,001306005678,912345679,Hà Nội,Phường Hoàn Kiếm,"Số 5, ngõ 10\nphố Hàng Bạc",12A1',
  '9/1/2025 9:12:44,,Lê Hoàng Cường,7931234569,079205001235,0987654321 / 0358123456,Đà Nẵng,Phường Hải Châu,34 Bạch Đằng,12A1',
  '9/1/2025 9:30:00,,Phạm Thị Dung,7931234567,079306004321,0703123456,Cần Thơ,Phường Ninh Kiều,5 Hòa Bình,12A1',
  '9/1/2025 9:40:00,,Võ,7931234571,079205001236,0703123457,Khánh Hòa,Phường Nha Trang,9 Trần Phú,12A1',
  ',,,,,,,,,',
].join('\r\n');

interface JsonRow {
  line: number;
  index?: number;
  name?: string | null;
  ok: boolean;
  id?: string;
  alreadySaved?: boolean;
  errors: { field: string; message: string }[];
  warnings: { field: string; message: string }[];
}
interface JsonReport {
  rows: JsonRow[];
  summary: { total: number; ok: number; failed: number };
  ignoredColumns: string[];
  notices: string[];
}

const verdicts = (report: JsonReport) =>
  report.rows.map((row) => ({
    line: row.line,
    ok: row.ok,
    errors: row.errors.map((e) => e.field),
    warnings: row.warnings.map((w) => w.field),
  }));

describe('import --json', () => {
  it('judges a Google Forms roster row by row, in exactly the SPEC shape', () => {
    const dir = home();
    const result = runCli(['import', write(dir, 'lop.csv', GOOGLE_FORMS), '--dry-run', '--json'], { home: dir, env: NOW });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['rows', 'summary', 'ignoredColumns', 'notices']);
    expect(verdicts(report)).toEqual([
      // former ward (Quận 3) mapped to today's; names line 6, which repeats its code
      { line: 2, ok: true, errors: [], warnings: ['ward', 'bhxh'] },
      // leading 0 restored, with a warning; no e-mail (the OTP goes to it)
      { line: 3, ok: true, errors: [], warnings: ['phone', 'email'] },
      { line: 5, ok: false, errors: ['phone'], warnings: ['email'] }, // two phones in one cell
      { line: 6, ok: false, errors: ['bhxh'], warnings: ['email'] }, // same BHXH code as line 2
      { line: 7, ok: false, errors: ['name'], warnings: ['email'] }, // one word
    ]);
    for (const row of report.rows) {
      expect(Object.keys(row)).toEqual(['line', 'index', 'name', 'ok', 'errors', 'warnings']);
      for (const issue of [...row.errors, ...row.warnings]) expect(Object.keys(issue)).toEqual(['field', 'message']);
    }
    expect(report.rows[3]?.errors[0]?.message).toMatch(/trùng với dòng 2/);
    expect(report.rows[0]?.warnings.find((w) => w.field === 'bhxh')?.message).toMatch(/lặp lại ở dòng 6/);
    expect(report.rows.map((row) => [row.index, row.name])).toEqual([
      [1, 'Nguyễn Văn An'], [2, 'Trần Thị Bình'], [3, 'Lê Hoàng Cường'], [4, 'Phạm Thị Dung'], [5, 'Võ'],
    ]);
    expect(report.summary).toEqual({ total: 5, ok: 2, failed: 3, replaced: 0, updated: 0 });
    expect(report.ignoredColumns).toEqual(['Lớp']);
    expect(report.notices).toEqual(['Đã bỏ qua 1 dòng trống.']);
    // Only the JSON on stdout; the verdict in one line on stderr.
    expect(result.stderr).toMatch(/Còn 3\/5 dòng có lỗi/);
  });

  it('gives the expected verdict for every row of the tricky fixture, and exit 0 only when all are ok', () => {
    const expected = JSON.parse(fs.readFileSync(fixture('tricky.expected.json'), 'utf8')) as { rows: JsonRow[] };
    const result = runCli(['import', fixture('tricky.csv'), '--dry-run', '--json'], { env: NOW });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(verdicts(report)).toEqual(
      expected.rows.map((row) => ({ line: row.line, ok: row.ok, errors: row.errors, warnings: row.warnings })),
    );

    const clean = runCli(['import', fixture('class.xlsx'), '--dry-run', '--json'], { env: NOW });
    expect(clean.code).toBe(0);
    expect(clean.stderr).toBe('');
  });
});

describe('import saves drafts', () => {
  it('saves every row with a valid name and BHXH code, with its valid fields only, in one write', () => {
    const dir = home();
    const file = write(dir, 'lop.csv', GOOGLE_FORMS);
    const result = runCli(['import', file, '--json'], { home: dir, env: NOW });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    const ids = report.rows.map((row) => row.id);
    // Lines 2, 3 and 5 (its phone cell was wrong, the rest is kept); not 6 (duplicate BHXH), not 7 (name).
    expect(ids.map((id) => id !== undefined)).toEqual([true, true, true, false, false]);
    expect(Object.keys(report.rows[0] ?? {})).toEqual(['line', 'index', 'name', 'ok', 'id', 'errors', 'warnings']);

    const list = runCli(['list', '--json'], { home: dir });
    expect(list.code).toBe(0);
    const students = (JSON.parse(list.stdout) as { students: { id: string; state: string; fields: Record<string, string> }[] }).students;
    expect(students.map((s) => s.id)).toEqual(ids.filter(Boolean));
    expect(students.every((s) => s.state === 'draft')).toBe(true);

    const saved = JSON.parse(fs.readFileSync(path.join(dir, 'data.json'), 'utf8')) as {
      records: { id: string; fields: Record<string, string> }[];
    };
    const byId = new Map(saved.records.map((r) => [r.id, r.fields]));
    expect(byId.get(ids[0] as string)).toEqual({
      name: 'Nguyễn Văn An',
      bhxhCode: '7931234567',
      idNumber: '079205001234',
      phone: '0912345678',
      email: 'an@gmail.com',
      province: 'Thành phố Hồ Chí Minh',
      ward: 'Phường Xuân Hòa', // Phường Võ Thị Sáu (Quận 3) before 1/7/2025
      street: '12 Lê Lợi, Khu phố 3',
    });
    expect(byId.get(ids[1] as string)).toMatchObject({ phone: '0912345679', street: 'Số 5, ngõ 10 phố Hàng Bạc' });
    // The two-phone cell is not saved; the rest of the row is.
    expect(byId.get(ids[2] as string)).toMatchObject({ name: 'Lê Hoàng Cường', idNumber: '079205001235' });
    expect(byId.get(ids[2] as string)?.phone).toBeUndefined();
  });

  it('matches a row already saved (same BHXH code and name), refuses the same code under another name', () => {
    const dir = home();
    const first = runCli(['import', write(dir, 'a.csv', GOOGLE_FORMS.split('\r\n').slice(0, 2).join('\r\n'))], { home: dir, env: NOW });
    expect(first.code).toBe(0);
    const [id] = /register --resume (\w+)/.exec(first.stdout)?.slice(1) ?? [];
    expect(id).toBeDefined();
    expect(first.stdout).toMatch(/Đã lưu 1 học sinh làm bản nháp/);

    const again = runCli(['import', write(dir, 'b.csv', GOOGLE_FORMS), '--json'], { home: dir, env: NOW });
    const report = JSON.parse(again.stdout) as JsonReport;
    expect(report.rows[0]).toEqual({
      line: 2,
      index: 1,
      name: 'Nguyễn Văn An',
      ok: true,
      id,
      alreadySaved: true,
      changes: [],
      conflicts: [],
      refused: [],
      locked: false,
      errors: [],
      warnings: [
        { field: 'ward', message: expect.stringContaining('Phường Võ Thị Sáu (Quận 3, trước 1/7/2025) ⇒ Phường Xuân Hòa') },
        { field: 'bhxh', message: expect.stringContaining('lặp lại ở dòng 6') },
      ],
    });
    // Line 6 repeats line 2's code in the file: still an error.
    expect(report.rows[3]?.errors[0]?.message).toMatch(/trùng với dòng 2/);
    expect(JSON.parse(runCli(['list', '--json'], { home: dir }).stdout).students).toHaveLength(3);
    // The dry run sees the saved student too.
    const dry = JSON.parse(runCli(['import', write(dir, 'c.csv', GOOGLE_FORMS), '--dry-run', '--json'], { home: dir, env: NOW }).stdout) as JsonReport;
    expect(dry.rows[0]).toMatchObject({ ok: true, id, alreadySaved: true });

    // Same BHXH code, another name and another ID number: someone else, so a duplicate code.
    const otherRow = GOOGLE_FORMS.split('\r\n').slice(0, 2).join('\r\n').replace('Nguyễn Văn An', 'Trần Văn Khác').replace('079205001234', '079205009999');
    const other = runCli(['import', write(dir, 'd.csv', otherRow)], { home: dir, env: NOW });
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/✖ Mã số BHXH: Mã số BHXH này đã có ở học sinh đã lưu mang họ\s+tên khác\s+\(«Nguyễn\s+Văn An», mã/);
  });

  it('re-imports a partly fixed roster: the saved student updated, the new one saved, exit 0', () => {
    const dir = home();
    const lines = GOOGLE_FORMS.split('\r\n');
    // Lines 2, 3 and 5 of the Google Forms roster (line 3 spans two): line 5 is saved without its two-phone cell.
    const before = [lines[0], lines[1], lines[2], lines[3]].join('\r\n');
    const first = runCli(['import', write(dir, 'a.csv', before), '--json'], { home: dir, env: NOW });
    expect(first.code).toBe(1);
    const ids = (JSON.parse(first.stdout) as JsonReport).rows.map((row) => row.id);

    const fixed = [lines[0], lines[1], lines[2], (lines[3] ?? '').replace('0987654321 / 0358123456', '0987654321'),
      '9/2/2025 8:00:00,,Đỗ Văn Khánh,7931234573,079205001239,0703123458,Huế,Phường Thuận Hóa,1 Lê Lợi,12A1'].join('\r\n');
    const again = runCli(['import', write(dir, 'b.csv', fixed)], { home: dir, env: NOW });
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    // The fixed phone fills the empty field of the saved draft: said per student, masked.
    expect(again.stdout).toMatch(new RegExp(`Dòng 5 · Lê Hoàng Cường \\(đã lưu, mã ${ids[2]}\\)\\n {2}✔ Điện thoại di động: \\(trống\\) ⇒ 098••••321`));
    expect(again.stdout).toMatch(/Tổng cộng 4 dòng: 4 hợp lệ, 0 có lỗi\./);
    expect(again.stdout).toMatch(/3 dòng là học sinh đã lưu: 1 được cập nhật, 2 không đổi\./);
    expect(again.stdout).toMatch(/Đã lưu 1 học sinh làm bản nháp\./);
    expect(again.stdout).not.toMatch(/không được lưu/);
    // Line 5's old error (two phones) is not printed again: the row is fixed now.
    expect(again.stdout).not.toMatch(/nhiều hơn một giá trị/);
    expect(JSON.parse(runCli(['list', '--json'], { home: dir }).stdout).students).toHaveLength(4);
  });

  it("reads back the tool's own CSV export: a fresh store saves every row, the same store skips them", () => {
    const dir = home();
    const roster = GOOGLE_FORMS.split('\r\n').slice(0, 3).join('\r\n');
    expect(runCli(['import', write(dir, 'a.csv', roster)], { home: dir, env: NOW }).code).toBe(0);
    const out = path.join(dir, 'files', 'export.csv');
    expect(runCli(['export', '--out', out], { home: dir }).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('"=""0912345678"""');

    const fresh = runCli(['import', out, '--json'], { env: NOW });
    expect(fresh.stderr).toBe('');
    expect(fresh.code).toBe(0);
    const report = JSON.parse(fresh.stdout) as JsonReport;
    expect(report.summary).toEqual({ total: 2, ok: 2, failed: 0, replaced: 0, updated: 0 });
    expect(report.rows.every((row) => row.errors.length === 0 && row.id !== undefined)).toBe(true);
    expect(report.ignoredColumns).toContain('Trạng thái');

    const same = JSON.parse(runCli(['import', out, '--json'], { home: dir, env: NOW }).stdout) as JsonReport;
    expect(same.rows.map((row) => row.alreadySaved)).toEqual([true, true]);
  });

  it('prints problems by line and field for a person, then the summary', () => {
    const dir = home();
    const result = runCli(['import', write(dir, 'lop.csv', GOOGLE_FORMS), '--dry-run'], { home: dir, env: NOW });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Đã đọc «.*lop\.csv» \(CSV UTF-8\): 5 dòng học\s+sinh\./);
    expect(result.stdout).toMatch(/Cột thời gian gửi: «Dấu thời gian»\./);
    expect(result.stdout).toMatch(/Các cột không dùng \(bỏ qua\): «Lớp»\./);
    expect(result.stdout).toMatch(/Dòng 5 · Lê Hoàng Cường\n {2}✖ Điện thoại di động: Ô này có nhiều hơn một giá trị/);
    expect(result.stdout).toMatch(/Dòng 7 · Võ\n {2}✖ Họ và tên: /);
    expect(result.stdout).toMatch(/Tổng cộng 5 dòng: 2 hợp lệ, 3 có lỗi\./);
    expect(result.stdout).toMatch(/Chạy thử \(--dry-run\): chưa lưu gì\./);
    expect(result.stderr).toMatch(/✖ Còn 3\/5 dòng có lỗi\./);
  });
});

describe('import --dry-run leaves no trace', () => {
  it('creates no store folder or file', () => {
    const dir = home();
    const store = path.join(dir, 'store');
    const file = write(dir, 'lop.csv', GOOGLE_FORMS);
    const result = runCli(['import', file, '--dry-run', '--json'], { home: store, env: NOW });
    expect(JSON.parse(result.stdout).summary.total).toBe(5);
    expect(fs.existsSync(store)).toBe(false);
  });

  it('does not touch an existing store, even an unreadable one', () => {
    const dir = home();
    const data = path.join(dir, 'data.json');
    fs.writeFileSync(data, '{ broken');
    const result = runCli(['import', write(dir, 'lop.csv', GOOGLE_FORMS), '--dry-run', '--json'], { home: dir, env: NOW });
    expect(JSON.parse(result.stdout).summary.total).toBe(5);
    expect(result.stderr).toMatch(/Không đọc được dữ liệu đã lưu/);
    expect(fs.readdirSync(dir).sort()).toEqual(['data.json', 'files']);
    expect(fs.readFileSync(data, 'utf8')).toBe('{ broken');
  });
});

describe('import refuses what is not a roster, with exit 1 and a message', () => {
  const refused = (file: string, dir = home()) => {
    const result = runCli(['import', file], { home: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(fs.existsSync(path.join(dir, 'data.json'))).toBe(false);
    return result.stderr;
  };

  it('a missing file', () => {
    expect(refused('/no/such/lop.csv')).toMatch(/^✖ Không tìm thấy tệp «\/no\/such\/lop\.csv»\.\nKiểm tra lại tên/);
  });

  it('an empty file, and one of blank lines', () => {
    const dir = home();
    expect(refused(write(dir, 'empty.csv', ''), dir)).toMatch(/^✖ Tệp danh sách trống/);
    expect(refused(write(dir, 'blank.csv', '\r\n \r\n'), dir)).toMatch(/^✖ Tệp danh sách trống/);
  });

  it('a binary file and a photo', () => {
    const dir = home();
    expect(refused(write(dir, 'a.bin', Uint8Array.from([1, 2, 0, 0, 5, 6, 7])), dir)).toMatch(/không phải văn bản/);
    expect(refused(write(dir, 'lop.csv', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])), dir)).toMatch(/là một ảnh/);
  });

  it('a file with the header only', () => {
    const dir = home();
    expect(refused(write(dir, 'header.csv', `${GOOGLE_FORMS.split('\r\n')[0]}\r\n,,,,,,,,,\r\n`), dir)).toMatch(
      /^✖ Tệp chỉ có dòng tiêu đề, chưa có học sinh nào\./,
    );
  });

  it('a JSON file with no students, and one with a syntax error (line and column, in Vietnamese)', () => {
    const dir = home();
    expect(refused(write(dir, 'empty.json', '[]\n'), dir)).toMatch(/^✖ Tệp JSON không có học sinh nào: mảng trống \(\[\]\)\./);
    const broken = refused(write(dir, 'lop.json', '[\n  {"name": "Nguyễn Văn An", "bhxh": "7931234567"}\n  {"name": "Trần Thị Bình"}\n]\n'), dir);
    expect(broken).toMatch(/^✖ Tệp JSON bị lỗi cú pháp ở dòng 3, cột 3: thiếu dấu phẩy \(,\) giữa hai mục/);
    expect(broken).not.toMatch(/position|Expected|after property value/);
  });

  it('a folder, and an unclosed quote (naming the line)', () => {
    const dir = home();
    expect(refused(dir, dir)).toMatch(/là một thư mục/);
    expect(refused(write(dir, 'q.csv', 'Họ và tên,SĐT\nNguyễn Văn An,0912345678\n"Lê Văn,0912345679\n'), dir)).toMatch(/^✖ Dòng 3: /);
  });

  it.skipIf(process.platform === 'win32')('a FIFO, also through a link named .xlsx, and a device: refused at once, never waited on', () => {
    const dir = home();
    const folder = path.join(dir, 'files');
    fs.mkdirSync(folder, { recursive: true });
    const pipe = path.join(folder, 'p.csv');
    execFileSync('mkfifo', [pipe]);
    fs.symlinkSync(pipe, path.join(folder, 'lop.xlsx'));
    // runCli gives up after 15 s: a wait on the FIFO fails the test rather than hanging it.
    for (const file of [pipe, path.join(folder, 'lop.xlsx'), '/dev/zero']) {
      expect(refused(file, dir)).toMatch(/^✖ Đây không phải một tệp bình thường \(có thể là thiết bị hoặc đường ống\)/);
    }
    expect(runCli(['import', '--dry-run', pipe], { home: dir }).code).toBe(1);
  });
});

describe('import reads a big roster in pieces, and still judges it as a whole', () => {
  // About 3,600 rows, over 300 KB: more than one piece of the file (256 KB) is read at a time.
  const header = 'Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,Số nhà đường';
  const rows = Array.from({ length: 3600 }, (_, i) => {
    const n = String(i).padStart(5, '0');
    return `Nguyễn Thị Ánh,790000${n.slice(1)},0792050${n},09123${n},Hà Nội,Phường Hoàn Kiếm,Số ${i} Hàng Bạc`;
  });
  const body = [header, ...rows].join('\r\n');

  it('names the line of an unclosed quote near the end', () => {
    const dir = home();
    const file = write(dir, 'lop.csv', `${body}\r\n"Lê Văn Cường,7931234598\r\n`);
    const result = runCli(['import', file, '--dry-run'], { home: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^✖ Dòng 3602: /);
  });

  it('decodes a file whose bytes stop being UTF-8 past the first piece as Windows-1258, with the notice', () => {
    const dir = home();
    // ASCII up to the last row, which Excel wrote in Windows-1258.
    const ascii = body.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const tail = encodeWindows1258('\r\nTrần Thị Bình,7931234599,001308005678,0987654321,Hà Nội,Phường Hoàn Kiếm,Số 7\r\n');
    const file = write(dir, 'lop.csv', Buffer.concat([Buffer.from(ascii), tail]));
    const result = runCli(['import', file, '--dry-run'], { home: dir, env: NOW });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Windows-1258/);
    expect(result.stdout).toMatch(/Tổng cộng 3601 dòng: 3601 hợp lệ, 0 có lỗi\./);
  });
});

describe('import .xlsx', () => {
  it('reads an Excel workbook through read-excel-file', () => {
    const dir = home();
    const result = runCli(['import', fixture('class.xlsx'), '--json'], { home: dir, env: NOW });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(verdicts(report)).toEqual([
      { line: 4, ok: true, errors: [], warnings: ['idNumber', 'phone', 'ward'] },
      { line: 6, ok: true, errors: [], warnings: ['phone'] },
    ]);
    const list = JSON.parse(runCli(['list', '--json'], { home: dir }).stdout) as { students: { fields: { name?: string } }[] };
    expect(list.students.map((s) => s.fields.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('refuses a damaged workbook', () => {
    const dir = home();
    const bytes = fs.readFileSync(fixture('class.xlsx'));
    const result = runCli(['import', write(dir, 'cut.xlsx', bytes.subarray(0, bytes.length - 200))], { home: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Không đọc được bảng tính Excel \(.xlsx\) này/);
  });
});

describe('import loads only what the file needs', () => {
  interface Meta {
    outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; kind: string }[] }>;
  }
  const meta = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../build-meta.json'), 'utf8')) as Meta;
  const loadedWith = (source: string): string[] => {
    const start = Object.entries(meta.outputs).find(([, o]) => source in o.inputs)?.[0];
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { path: next, kind } of meta.outputs[file]?.imports ?? []) if (kind === 'import-statement') visit(next);
    };
    if (start !== undefined) visit(start);
    return [...seen].flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
  };

  it('the .xlsx reader and conf are loaded only on demand (a workbook; a real import)', () => {
    const loaded = loadedWith('src/commands/import.ts');
    expect(loaded).toContain('src/core/roster/csv.ts');
    expect(loaded.some((input) => input.includes('node_modules/csv-parse/'))).toBe(true);
    expect(loaded.filter((input) => /node_modules\/(read-excel-file|conf)\//.test(input))).toEqual([]);
    expect(loadedWith('src/core/roster/workbook.ts').some((input) => input.includes('node_modules/read-excel-file/'))).toBe(true);
  });
});
