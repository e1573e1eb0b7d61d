import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvPieces, parseRoster, type RosterRow } from '../../../src/core/roster/index.js';
import { encodeWindows1258 } from './helpers.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/rosters/${name}`, import.meta.url)));
const same = (row: RosterRow) => row;

/** The bytes cut after `first` bytes, then every `size` bytes: characters and records split anywhere. */
function cut(bytes: Uint8Array, first: number, size: number): Uint8Array[] {
  const pieces = [bytes.subarray(0, first)];
  for (let at = first; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return pieces;
}

const HEADER = 'Họ và tên,Mã số BHXH,Số CCCD,Số điện thoại,Tỉnh/Thành phố,Phường/Xã,"Số nhà, đường"';
const ROSTER = Buffer.from(
  [HEADER, ...Array.from({ length: 40 }, (_, i) => `Nguyễn Thị Ánh ${i},79312345${String(i).padStart(2, '0')},079205001234,0912345678,Hà Nội,Phường Hoàn Kiếm,"Số ${i}, ngõ Đình Ngang\r\nphố Hàng Bạc"`)].join('\r\n'),
);

describe('parseCsvPieces', () => {
  it('reads a UTF-8 CSV given in pieces as parseRoster reads it whole, whatever the cuts', async () => {
    const whole = await parseRoster(ROSTER);
    for (const size of [1, 2, 3, 7, 100, ROSTER.length]) {
      expect(parseCsvPieces(cut(ROSTER, 200, size), same)).toEqual(whole);
    }
    for (const name of ['google-forms.csv', 'tricky.csv']) {
      const bytes = fixture(name);
      expect(parseCsvPieces(cut(bytes, 300, 5), same)).toEqual(await parseRoster(bytes));
    }
  });

  it('keeps a BOM out of the header and says the file had one', async () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), ROSTER]);
    const parsed = parseCsvPieces(cut(withBom, 150, 11), same);
    expect(parsed?.encoding).toBe('utf-8-bom');
    expect(parsed).toEqual(await parseRoster(withBom));
  });

  it('gives up, for parseRoster to decide, on bytes that are not UTF-8 even far into the file', () => {
    const windows = Buffer.concat([ROSTER, Buffer.from('\r\n'), encodeWindows1258('Trần Thị Bình,7931234599,001308005678,0987654321,Hà Nội,Phường Hoàn Kiếm,Số 7\r\n')]);
    expect(parseCsvPieces(cut(windows, 200, 64), same)).toBeUndefined();
    // A character cut short by the end of the file is not UTF-8 either.
    expect(parseCsvPieces([Buffer.concat([ROSTER, Buffer.from([0xe1, 0xbb])])], same)).toBeUndefined();
  });

  it('gives up on a CSV error far into the file, for parseRoster to name its line', () => {
    const broken = Buffer.concat([ROSTER, Buffer.from('\r\n"Lê Văn Cường,7931234598\r\n')]);
    expect(parseCsvPieces(cut(broken, 200, 50), same)).toBeUndefined();
  });

  it('leaves JSON, UTF-16, workbooks and empty files to parseRoster', () => {
    expect(parseCsvPieces([Buffer.from('[{"name":"An"}]')], same)).toBeUndefined();
    expect(parseCsvPieces([Buffer.from([0xff, 0xfe, 0x48, 0x00])], same)).toBeUndefined();
    expect(parseCsvPieces([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0])], same)).toBeUndefined();
    expect(parseCsvPieces([], same)).toBeUndefined();
    expect(parseCsvPieces([Buffer.from('  \r\n')], same)).toBeUndefined();
  });

  it('converts each row as it is read, in order', () => {
    const lines: number[] = [];
    const parsed = parseCsvPieces(cut(ROSTER, 200, 30), (row) => (lines.push(row.line), row.index));
    expect(parsed?.rows).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(lines).toEqual(Array.from({ length: 40 }, (_, i) => 2 + 2 * i));
  });
});
