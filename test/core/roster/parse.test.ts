import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseRoster, parseRosterText, readRosterFile, RosterError } from '../../../src/core/roster/index.js';

const path = (name: string) => fileURLToPath(new URL(`../../fixtures/rosters/${name}`, import.meta.url));
const HEADER = 'Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,Số nhà đường';

function refusal(text: string): RosterError {
  try {
    parseRosterText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(RosterError);
    return error as RosterError;
  }
  throw new Error('not refused');
}

describe('CSV rosters', () => {
  it('reads a Google Forms export: CRLF, quoted commas and newlines, the Timestamp column kept apart', async () => {
    const parsed = await readRosterFile(path('google-forms.csv'));
    expect(parsed.format).toBe('csv');
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 5, 6]);
    expect(parsed.rows[1]?.cells.street).toBe('Số 5, ngõ 10\nphố Hàng Bạc');
    expect(parsed.rows[3]?.cells.name).toBe('Phạm "Bé" Dung');
    expect(parsed.rows[0]?.cells).toMatchObject({ email: 'an.nguyen@gmail.com', bhxh: '7931234567' });
    expect(parsed.ignoredColumns).toEqual(['Lớp']);
    expect(parsed.timestampColumn).toBe('Timestamp');
    expect(parsed.rows[0]?.timestamp).toBe('9/1/2025 8:01:02');
    expect(parsed.notices).toEqual([]);
  });

  it('reads an Excel "CSV UTF-8" with BOM and semicolons, skipping the empty rows at the end', async () => {
    const parsed = await readRosterFile(path('excel-semicolon-bom.csv'));
    expect(parsed.encoding).toBe('utf-8-bom');
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(parsed.rows[0]?.cells).toMatchObject({ name: 'Nguyễn Văn An', phone: '912345678', idNumber: '79205001234' });
    expect(parsed.rows[0]?.cells.street).toBe('12 Lê Lợi');
    expect(parsed.notices).toEqual(['Đã bỏ qua 2 dòng trống.']);
    expect(parsed.ignoredColumns).toEqual(['STT']);
  });

  it('trims cells and drops invisible characters; an all-blank row is skipped, not a failure', () => {
    const parsed = parseRosterText(`${HEADER}\n  Nguyễn\u200b Văn An\u00a0 ,\t7931234567 ,,,,,\n , ,\t, , , , \n`);
    expect(parsed.rows).toEqual([{ line: 2, index: 1, cells: { name: 'Nguyễn Văn An', bhxh: '7931234567' } }]);
    expect(parsed.notices).toContain('Đã bỏ qua 1 dòng trống.');
  });

  it('finds the header below a title line and keeps physical line numbers', () => {
    const parsed = parseRosterText(`DANH SÁCH LỚP 12A1\n\n${HEADER}\nNguyễn Văn An,7931234567\n`);
    expect(parsed.rows[0]?.line).toBe(4);
    expect(parsed.notices[0]).toBe('Đã bỏ qua 1 dòng phía trên dòng tiêu đề (tiêu đề ở dòng 3).');
  });

  it('reads ="…" cells (numbers kept as text for Excel) as the text inside, and only that shape', () => {
    const parsed = parseRosterText(
      `${HEADER}\r\nNguyễn Văn An,7931234567,"=""079204001001""","=""0912345678""",Hà Nội,"=x""y""",="1+1"\r\n`,
    );
    expect(parsed.rows[0]?.cells).toMatchObject({ idNumber: '079204001001', phone: '0912345678', province: 'Hà Nội' });
    // A quoted string is its text, whatever it says; any other "=" cell is left for the field checks.
    expect(parsed.rows[0]?.cells).toMatchObject({ ward: '=x"y"', street: '1+1' });
  });

  it('says which required columns the file lacks', () => {
    const parsed = parseRosterText('Họ và tên,SĐT\nNguyễn Văn An,0912345678\n');
    expect(parsed.notices).toContainEqual(expect.stringMatching(/không có cột Mã số BHXH, Số CMND\/CCCD\/Hộ chiếu, Tỉnh\/Thành phố, Phường\/Xã, Số nhà, đường/));
    // No e-mail column: said once for the file (the OTP goes to the e-mail), not on every row.
    expect(parsed.notices.at(-1)).toMatch(/không có cột e-mail.*mã OTP/);
    expect(parsed.noEmailColumn).toBe(true);
    expect(parseRosterText('Họ và tên,E-mail\nNguyễn Văn An,\n').noEmailColumn).toBeUndefined();
  });

  it('joins split name columns', () => {
    const parsed = parseRosterText('STT;Họ và tên đệm;Tên;Mã BHXH\n1;Nguyễn Văn;An;7931234567\n');
    expect(parsed.rows[0]?.cells).toEqual({ name: 'Nguyễn Văn An', bhxh: '7931234567' });
  });

  it('refuses a header-only file, a file without a recognisable header, and blank text', () => {
    expect(refusal(`${HEADER}\r\n`).message).toMatch(/chỉ có dòng tiêu đề/);
    expect(refusal(`${HEADER}\r\n,,,,,,\r\n , ,\r\n`).message).toMatch(/chỉ có dòng tiêu đề/);
    const noHeader = refusal('Nguyễn Văn An,7931234567,0912345678\nTrần Thị Bình,7931234568,0987654321\n');
    expect(noHeader.message).toMatch(/Không nhận ra dòng tiêu đề/);
    expect(noHeader.hint).toMatch(/Họ và tên, Mã số BHXH/);
    expect(refusal(' \n\n').message).toMatch(/trống/);
  });
});

describe('a masked export', () => {
  it('is refused as a whole, saying how to get a usable file', () => {
    const error = refusal(`${HEADER}\nNguyễn Văn An,••••••4567,•••••••••234,091••••678,TP HCM,Bến Nghé,12 Lê Lợi\n`);
    expect(error.message).toContain('export --mask');
    expect(error.hint).toContain('không có --mask');
  });
});

describe('JSON rosters', () => {
  it('reads the form of a JSON export (fields nested beside state and events)', () => {
    const exported = JSON.stringify([
      { id: 'k3f9q2', state: 'ready', fields: { name: 'Nguyễn Văn An', bhxhCode: '7931234567', phone: '0912345678' }, events: [] },
    ]);
    const parsed = parseRosterText(exported);
    expect(parsed.rows[0]?.cells).toMatchObject({ name: 'Nguyễn Văn An', bhxh: '7931234567', phone: '0912345678' });
  });

  it('reads an array of objects: keys matched like headers, line = the line of each "{"', async () => {
    const parsed = await readRosterFile(path('roster.json'));
    expect(parsed.format).toBe('json');
    expect(parsed.rows.map((row) => row.line)).toEqual([2, 12, 14]);
    expect(parsed.rows[1]?.cells).toMatchObject({ phone: '987654321', name: 'Trần Thị Bình' });
    expect(parsed.rows[1]?.cells.email).toBeUndefined();
    expect(parsed.rows[2]?.cells.phone).toBe('0358123456, 0358123457');
    expect(parsed.ignoredColumns).toEqual(['class']);
  });

  it('refuses anything but an array of objects', () => {
    expect(refusal('{"name": "Nguyễn Văn An"}').message).toMatch(/mảng các đối tượng/);
    expect(refusal('[{"name": "Nguyễn Văn An"}, "x"]').message).toMatch(/Phần tử thứ 2/);
    expect(refusal('[{"name": "Nguyễn Văn An",}]').message).toMatch(/lỗi cú pháp/);
    expect(refusal('[{"foo": 1}]').message).toMatch(/^Không nhận ra tên trường nào trong tệp JSON/);
  });

  it('says there are no students in an empty array or in empty objects, not that a header is missing', () => {
    for (const text of ['[]', ' [ ]\n', '[{}, {}]', '[{"name": "", "bhxh": null}]']) {
      const error = refusal(text);
      expect(error.message, text).toMatch(/^Tệp JSON không có học sinh nào/);
      expect(error.message, text).not.toMatch(/tiêu đề/);
      expect(error.hint, text).toMatch(/\[\{"name": "Nguyễn Văn An"/);
    }
  });

  it('locates a syntax error by line and column, in Vietnamese, with what to check', () => {
    const text = '[\n  {"name": "Nguyễn Văn An", "bhxh": "7931234567"},\n  {"name": "Trần Thị Bình" "bhxh": "7931234568"}\n]\n';
    const error = refusal(text);
    expect(error.message).toMatch(/^Tệp JSON bị lỗi cú pháp ở dòng 3, cột 28: thiếu dấu phẩy \(,\) giữa hai mục/);
    expect(error.message).toContain('Ở chỗ: {"name": "Trần Thị Bình" "bhxh": "7931234568"}');
    expect(error.message).not.toMatch(/JSON at position|Expected|Unexpected/);
    expect(error.hint).toMatch(/thiếu dấu phẩy.*dấu nháy cong/);
  });

  it.each([
    ['[{"name": "An",}]', 1, 16, /dấu phẩy thừa/],
    ['[{"name": "An"},\n]', 2, 1, /dấu phẩy thừa/],
    ['[{name: "An"}]', 1, 3, /tên trường phải đặt trong dấu nháy kép/],
    ['[{"name" "An"}]', 1, 10, /thiếu dấu hai chấm/],
    ['[{"phone": 0912345678}]', 1, 12, /số bắt đầu bằng 0.*"0912345678"/],
    ['[{“name”: "An"}]', 1, 3, /dấu nháy cong «“»/],
    ["[{'name': 'An'}]", 1, 3, /tên trường phải đặt trong dấu nháy kép/],
    ["[{\"name\": 'An'}]", 1, 11, /dấu nháy đơn/],
    ['[{"name": "Nguyễn\nVăn An"}]', 1, 18, /xuống dòng/],
    ['[{"street": "C:\\Users"}]', 1, 16, /gạch chéo ngược/],
    ['[{"name": "An"}', 1, 16, /tệp kết thúc khi còn ngoặc/],
    ['[{"name": "An}]', 1, 16, /tệp kết thúc/],
    ['[{"name": "An"}] x', 1, 18, /nội dung thừa sau dấu \]/],
    ['[{"name": "An"}, tru]', 1, 18, /ký tự «t» không đúng chỗ/],
  ])('%j: line %i, column %i', (text, line, column, what) => {
    const { message } = refusal(text);
    expect(message).toMatch(new RegExp(`^Tệp JSON bị lỗi cú pháp ở dòng ${line}, cột ${column}: `));
    expect(message).toMatch(what);
  });
});

describe('parseRoster', () => {
  it('is what readRosterFile does with the bytes', async () => {
    const bytes = readFileSync(path('google-forms.csv'));
    expect(await parseRoster(bytes)).toEqual(await readRosterFile(path('google-forms.csv')));
  });
});

describe('CSV or JSON', () => {
  it('tells a CSV whose first header is bracketed from a JSON array', () => {
    expect(parseRosterText('[STT],Họ và tên,Mã BHXH\n1,Nguyễn Văn An,7931234567\n').format).toBe('csv');
    expect(refusal('["Nguyễn Văn An"]').message).toMatch(/Phần tử thứ 1/);
  });
});
