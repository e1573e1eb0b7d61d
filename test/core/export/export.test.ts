import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, EXPORT_HEADERS, csvField, exportRecord, exportRow, spreadsheetCell, spreadsheetTime, toCsv } from '../../../src/core/export/index.js';
import type { StudentRecord } from '../../../src/core/record.js';

describe('CSV', () => {
  it('starts with a BOM, ends lines with CRLF, quotes what needs it', () => {
    expect(toCsv([['Họ và tên', 'Số nhà, đường'], ['Nguyễn "Bé" An', 'dòng 1\ndòng 2']])).toBe(
      `${BOM}Họ và tên,"Số nhà, đường"\r\n"Nguyễn ""Bé"" An","dòng 1\ndòng 2"\r\n`,
    );
    expect(csvField(' lề ')).toBe('" lề "');
  });

  it('keeps leading zeros and long numbers as text, and formulas inert', () => {
    expect(spreadsheetCell('0912345678')).toBe('="0912345678"');
    expect(spreadsheetCell('079204001234')).toBe('="079204001234"');
    expect(spreadsheetCell('7931234567')).toBe('7931234567');
    expect(spreadsheetCell('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(spreadsheetCell('-')).toBe("'-");
    expect(spreadsheetCell('Nguyễn Văn An')).toBe('Nguyễn Văn An');
    expect(toCsv([['0912345678']], { spreadsheet: false })).toBe(`${BOM}0912345678\r\n`);
  });

  it('any cell survives a round trip through an RFC 4180 reader', () => {
    const read = (field: string) => (field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field);
    fc.assert(fc.property(fc.string(), (value) => read(csvField(value)) === value));
  });
});

describe('export rows', () => {
  const record: StudentRecord = {
    id: 'k3f9q2',
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    state: 'file-number',
    fields: { subjectType: 'individual', name: 'Nguyễn Văn An', phone: '0912345678', frontPhoto: '/home/an/cccd.jpg', submissionMethod: 'postal', commitment: true },
    events: [
      { type: 'submitted', at: '2026-02-01T01:00:00.000Z' },
      { type: 'file-number', at: '2026-02-01T01:00:00.000Z', value: 'OLD' },
      { type: 'reopened', at: '2026-02-01T02:00:00.000Z' },
      { type: 'ready', at: '2026-02-12T01:00:00.000Z' },
      { type: 'submitted', at: '2026-02-12T01:00:00.000Z' },
      { type: 'file-number', at: '2026-02-12T01:05:00.000Z', value: 'HS-1' },
    ],
  };

  it('uses the current attempt only, and counts the due date across Tết', () => {
    const exported = exportRecord(record);
    expect(exported).toMatchObject({ fileNumber: 'HS-1', submittedAt: '2026-02-12T01:00:00.000Z', passwordDueDate: '2026-02-24' });
    expect(exported.passwordAt).toBeUndefined();
    expect(exportRecord(record, { extraDaysOff: ['2026-02-24'] }).passwordDueDate).toBe('2026-02-25');
  });

  it('has one cell per header, in Vietnamese, without photo paths', () => {
    const row = exportRow(exportRecord(record));
    expect(row).toHaveLength(EXPORT_HEADERS.length);
    const cell = (header: string) => row[EXPORT_HEADERS.indexOf(header)];
    expect(cell('Đối tượng đăng ký')).toBe('Cá nhân');
    expect(cell('Hình thức nộp hồ sơ')).toBe('Bưu chính công ích');
    expect(cell('Cam kết')).toBe('Đã cam kết');
    expect(cell('Nhận số hồ sơ lúc')).toBe('2026-02-12 08:05');
    expect(EXPORT_HEADERS).not.toContain('Ảnh mặt trước');
    expect(row.join()).not.toContain('cccd.jpg');
  });

  it('writes times as Vietnam wall clock', () => {
    expect(spreadsheetTime('2026-02-24T17:30:00.000Z')).toBe('2026-02-25 00:30');
    expect(spreadsheetTime(undefined)).toBe('');
  });
});
