import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, looksVietnamese, sniffBytes } from '../../../src/core/roster/decode.js';
import { parseRoster, RosterError } from '../../../src/core/roster/index.js';
import { encodeWindows1258 } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/rosters/${name}`, import.meta.url));
const HEADER = 'Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,Số nhà đường\n';
const ROW = 'Đặng Thị Ngọc Diễm,7931234568,001306005678,0987654321,Hà Nội,Phường Hoàn Kiếm,Số 5 ngõ Hàng Bạc\n';

async function refusal(bytes: Uint8Array): Promise<RosterError> {
  const error = await parseRoster(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RosterError);
  return error as RosterError;
}

describe('decoding', () => {
  it('reads UTF-8 with and without a BOM alike', async () => {
    const plain = await parseRoster(Buffer.from(HEADER + ROW));
    const bom = await parseRoster(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER + ROW)]));
    expect(bom.rows).toEqual(plain.rows);
    expect([plain.encoding, bom.encoding]).toEqual(['utf-8', 'utf-8-bom']);
    expect(bom.rows[0]?.cells.name).toBe('Đặng Thị Ngọc Diễm');
  });

  it('reads UTF-16 with a BOM (Excel "Unicode Text", tab-separated)', async () => {
    const text = (HEADER + ROW).replaceAll(',', '\t');
    const parsed = await parseRoster(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(parsed.rows[0]?.cells.street).toBe('Số 5 ngõ Hàng Bạc');
  });

  it('decodes an Excel Windows-1258 file into exact NFC text, with a notice', async () => {
    const parsed = await parseRoster(fixture('windows-1258.csv'));
    expect(parsed.encoding).toBe('windows-1258');
    expect(parsed.notices[0]).toMatch(/Windows-1258.*CSV UTF-8/);
    expect(parsed.rows.map((row) => row.cells.name)).toEqual(['Nguyễn Văn An', 'Đặng Thị Ngọc Diễm', 'Vũ Quốc Trưởng']);
    expect(parsed.rows[2]?.cells.street).toBe('Số 8 đường Ỷ Lan');
  });

  it('decodes known Windows-1258 bytes: "Họ" is H, o, combining dot below', async () => {
    const bytes = Buffer.concat([Buffer.from([0x48, 0x6f, 0xf2]), Buffer.from(' và tên,bhxh\nNguyễn An,7931234567\n', 'latin1')]);
    const parsed = await parseRoster(encodeWindows1258('Họ và tên,bhxh\nNguyễn An,7931234567\n'));
    expect(bytes.subarray(0, 3)).toEqual(encodeWindows1258('Họ').subarray(0, 3));
    expect(parsed.rows[0]?.cells).toEqual({ name: 'Nguyễn An', bhxh: '7931234567' });
  });

  it('never turns Windows-1258 Vietnamese into mojibake (any names)', () => {
    const syllable = fc.constantFrom('Nguyễn', 'Trưởng', 'Đặng', 'Thị', 'Ỷ', 'Lê', 'Hoàng', 'Quỳnh', 'Diễm', 'Ngọc', 'ấp', 'Ữ');
    fc.assert(
      fc.property(fc.array(fc.array(syllable, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (names) => {
        const text = `Họ và tên\n${names.map((n) => n.join(' ')).join('\n')}\n`;
        expect(decodeText(encodeWindows1258(text))).toMatchObject({ text, encoding: 'windows-1258' });
      }),
    );
  });

  it('refuses TCVN3 (ABC) bytes instead of guessing, with the steps to save as CSV UTF-8', async () => {
    const error = await refusal(fixture('tcvn3.csv'));
    expect(error.message).toMatch(/UTF-8.*TCVN3/);
    expect(error.hint).toMatch(/CSV UTF-8 \(Comma delimited\)/);
    expect(error.hint).toMatch(/Google/);
  });

  it('refuses VNI and Western-European bytes', async () => {
    // "Họ và tên" typed with a VNI font: base letters followed by accent bytes (ï ø â).
    const vni = Buffer.from('Hoï vaø teân,Maõ soá BHXH\nNguyeãn Vaên An,7931234567\n', 'latin1');
    await refusal(vni);
    await refusal(Buffer.from('Name,Straße\nMüller,Köln\n', 'latin1'));
  });

  it('sees through a wrong code page that happens to use Vietnamese letters', () => {
    expect(looksVietnamese('NguyÔn')).toBe(false);
    expect(looksVietnamese('Hä vµ tªn')).toBe(false);
    expect(looksVietnamese('Nguyễn Văn An – ĐẠI HỌC')).toBe(true);
    expect(looksVietnamese('a\u0301b\u0081')).toBe(false);
  });

  it('refuses a BOM followed by invalid UTF-8', async () => {
    await refusal(Buffer.from([0xef, 0xbb, 0xbf, 0x48, 0xff, 0xfe, 0x2c, 0x0a]));
  });
});

describe('files that are not rosters', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /ảnh/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10], /ảnh/],
    ['PDF', [...Buffer.from('%PDF-1.7\n')], /PDF/],
    ['old .xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], /\.xls/],
    ['NUL bytes', [0x48, 0x6f, 0x00, 0x2c, 0x00, 0x0a], /nhị phân/],
  ])('refuses %s', async (_kind, bytes, message) => {
    const error = await refusal(Uint8Array.from(bytes));
    expect(error.message).toMatch(message);
    expect(error.hint).toBeTruthy();
  });

  it('judges by bytes, not by name', () => {
    expect(sniffBytes(Buffer.from('PK\x03\x04rest', 'latin1'))).toBe('zip');
    expect(sniffBytes(Buffer.from(HEADER))).toBe('text');
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    expect((await refusal(new Uint8Array())).message).toMatch(/trống/);
    expect((await refusal(Buffer.from('\ufeff \r\n\r\n'))).message).toMatch(/trống/);
  });
});
