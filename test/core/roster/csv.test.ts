import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../src/core/roster/csv.js';

const lines = (text: string) => parseCsv(text).records.map((r) => r.line);
const cells = (text: string) => parseCsv(text).records.map((r) => r.cells);

describe('parseCsv (csv-parse underneath)', () => {
  it('gives each record the physical line it starts on, across quoted newlines of any kind', () => {
    const text = 'a,b\r\n1,"x\r\ny"\r\n2,"p\nq\nr"\r\n3,4\r\n';
    expect(lines(text)).toEqual([1, 2, 4, 7]);
    // Line breaks inside a cell come out as "\n", whatever the file used.
    expect(cells(text)[1]).toEqual(['1', 'x\ny']);
    expect(lines('a\rb\r"c\rd"\re')).toEqual([1, 2, 3, 5]);
  });

  it('keeps empty lines as records, so numbering stays physical', () => {
    expect(parseCsv('h\n\n\nx\n').records).toEqual([
      { line: 1, cells: ['h'] },
      { line: 2, cells: [''] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['x'] },
    ]);
  });

  it('reads commas and doubled quotes inside quotes, stray quotes, and spaces around quoted cells', () => {
    expect(cells('"Số nhà, đường","a ""b"" c",x\n')).toEqual([['Số nhà, đường', 'a "b" c', 'x']]);
    expect(cells('Nguyễn "Tí",5\n')).toEqual([['Nguyễn "Tí"', '5']]);
    expect(cells('"",x,\n')).toEqual([['', 'x', '']]);
    // Typed by hand in Notepad: a space after the comma must not hide the opening quote.
    expect(cells('Nguyễn Văn An, "Số 5, ngõ 10" ,0912\n')).toEqual([['Nguyễn Văn An', 'Số 5, ngõ 10', '0912']]);
  });

  it('refuses an unclosed quote, naming the line where it opened', () => {
    expect(() => parseCsv('h1,h2\r\n1,2\r\n"unclosed,5\r\n6,7\r\n8,9')).toThrow(
      expect.objectContaining({ name: 'RosterError', message: expect.stringMatching(/^Dòng 3: /) }),
    );
    expect(() => parseCsv('sep=,\nh1,h2\n"x\n')).toThrow(expect.objectContaining({ message: expect.stringMatching(/^Dòng 3: /) }));
    expect(() => parseCsv('h1,h2\n"a"\u00a0,b\n')).toThrow(expect.objectContaining({ message: expect.stringMatching(/^Dòng 2 /) }));
  });

  it('honours an Excel "sep=" first line; the header is then on line 2', () => {
    const parsed = parseCsv('sep=;\r\nHọ và tên;SĐT\r\nAn;0912\r\n');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records).toEqual([
      { line: 2, cells: ['Họ và tên', 'SĐT'] },
      { line: 3, cells: ['An', '0912'] },
    ]);
  });

  it('round-trips any table written with RFC 4180 quoting, with physical line numbers', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ễ', ' ', ',', ';', '"', '\n', '\r\n', '\r', '0') });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;
        const text = rows.map((row) => row.map(quote).join(',')).join(eol) + eol;
        const parsed = parseCsv(text);
        expect(parsed.records.map((r) => r.cells)).toEqual(rows.map((row) => row.map((c) => c.replace(/\r\n?/g, '\n'))));
        let line = 1;
        rows.forEach((row, i) => {
          expect(parsed.records[i]?.line).toBe(line);
          line += row.join(',').split(/\r\n|\r|\n/).length;
        });
      }),
    );
  });
});

describe('detectDelimiter', () => {
  it('picks the most used of comma, semicolon and tab outside quotes', () => {
    expect(detectDelimiter('Họ và tên;Mã BHXH;"Số nhà, đường"')).toBe(';');
    expect(detectDelimiter('"Họ; tên",SĐT,Email')).toBe(',');
    expect(detectDelimiter('name\tphone\tbhxh')).toBe('\t');
    expect(detectDelimiter('Họ và tên')).toBe(',');
  });
});

describe('detectDelimiter over the first lines', () => {
  it('looks past a title line without delimiters to the header', () => {
    expect(detectDelimiter('DANH SÁCH LỚP 12A1\r\nHọ và tên;Mã BHXH;SĐT\r\nAn;1;2')).toBe(';');
    expect(detectDelimiter('Họ và tên;Mã BHXH\nNguyễn Văn An;Số 5, ngõ 10, phố Hàng Bạc, Hà Nội')).toBe(';');
  });
});
