import { describe, expect, it } from 'vitest';
import { isSavable, parseRosterText, validateRoster } from '../../../src/core/roster/index.js';
import { AnswerTimes } from '../../../src/core/roster/resubmissions.js';

const now = new Date('2026-10-01T00:00:00Z');
const HEADER = 'Dấu thời gian;Họ và tên;Mã số BHXH;Số CCCD;Số điện thoại;Tỉnh/Thành phố;Phường/Xã;Số nhà đường';
const AN = (time: string, phone: string) => `${time};Nguyễn Văn An;7931234567;079208001234;${phone};Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc`;
const BINH = (time: string) => `${time};Trần Thị Bình;7931234568;001308005678;0987654321;Hà Nội;Phường Hoàn Kiếm;7 Hàng Bạc`;
const validate = (rows: string[], header = HEADER) => validateRoster(parseRosterText([header, ...rows].join('\n')), [], { now });

describe('Google Forms resubmissions', () => {
  it('keeps the newest answer of a student, even above the older one, and names both lines', () => {
    const report = validate([
      AN('2026/09/01 2:15:00 CH GMT+7', '0987650004'),
      BINH('2026/09/01 9:00:00 SA GMT+7'),
      AN('2026/09/01 8:00:00 SA GMT+7', '0912345678'),
    ]);
    const [newer, , older] = report.rows;
    expect(older).toMatchObject({ replacedBy: 2, ok: false, errors: [] });
    expect(older?.warnings.at(-1)?.message).toMatch(/mới hơn .* ở dòng 2/);
    expect(newer).toMatchObject({ ok: true, errors: [] });
    expect(newer?.warnings.at(-1)?.message).toMatch(/thay cho dòng 4/);
    expect(isSavable(older ?? { values: {} })).toBe(false);
    expect(isSavable(newer ?? { values: {} })).toBe(true);
    expect(report.summary).toEqual({ total: 3, ok: 2, failed: 0, replaced: 1 });
  });

  it('lets the later line win, with a warning, when a time cannot be read', () => {
    const report = validate([AN('hôm qua', '0912345678'), AN('01/09/2026 08:00:00', '0987650004')]);
    const [first, second] = report.rows;
    expect(first?.replacedBy).toBe(3);
    expect(first?.warnings.map((w) => w.message).join(' ')).toMatch(/Không đọc được thời gian gửi «hôm qua»/);
    expect(second?.replacedBy).toBeUndefined();
    expect(second?.values.phone).toBe('0987650004');
  });

  it('a blank cell of the newer answer keeps what the earlier answer gave, and says so', () => {
    const blank = '2026/09/02 8:00:00 SA GMT+7;Nguyễn Văn An;7931234567;;0987650004;Hà Nội;;5 Hàng Bạc';
    const [older, newer] = validate([AN('2026/09/01 8:00:00 SA GMT+7', '0912345678'), blank]).rows;
    expect(older?.replacedBy).toBe(3);
    expect(newer).toMatchObject({ ok: true, errors: [] });
    expect(newer?.values).toMatchObject({ idNumber: '079208001234', ward: 'Phường Hoàn Kiếm', phone: '0987650004' });
    const kept = newer?.warnings.filter((w) => /giữ giá trị của câu trả lời trước \(dòng 2\)/.test(w.message)).map((w) => w.field);
    expect(kept).toEqual(['idNumber', 'ward']);
  });

  it('answers sent at the same time that disagree are a conflict on both lines, not a replacement', () => {
    const time = '2026/09/01 8:00:00 SA GMT+7';
    const other = `${time};Nguyễn Văn An;7931234567;079208009999;0912345678;Hà Nội;Phường Hoàn Kiếm;5 Hàng Bạc`;
    const [first, second] = validate([AN(time, '0912345678'), other]).rows;
    for (const [row, otherLine] of [[first, 'dòng 3'], [second, 'dòng 2']] as const) {
      expect(row?.replacedBy).toBeUndefined();
      expect(row?.errors).toContainEqual({ field: 'idNumber', message: expect.stringContaining(`Cùng thời gian gửi với ${otherLine}`) });
      expect(row?.values.idNumber).toBeUndefined();
    }
    // The same answer sent twice at once is no conflict: the later line stands for both.
    const [same, again] = validate([AN(time, '0912345678'), AN(time, '0912345678')]).rows;
    expect(same?.replacedBy).toBe(3);
    expect(again?.errors).toEqual([]);
  });

  it('without a timestamp column, refuses the later line and tells the first which line repeats it', () => {
    const header = HEADER.replace('Dấu thời gian;', '');
    const row = (phone: string) => AN('x', phone).replace(/^x;/, '');
    const [first, second] = validate([row('0912345678'), row('0987650004')], header).rows;
    expect(first?.warnings.map((w) => w.message).join(' ')).toMatch(/lặp lại ở dòng 3/);
    expect(second?.errors[0]?.message).toMatch(/trùng với dòng 2/);
  });
});

describe('a JSON roster on one line', () => {
  it('names each row by its position and its own name', () => {
    const json = JSON.stringify([
      { 'Họ và tên': 'Nguyễn Văn An', 'Mã số BHXH': '7931234567' },
      { 'Họ và tên': 'Trần Thị Bình', 'Mã số BHXH': '7931234567' },
    ]);
    const report = validateRoster(parseRosterText(json), [], { now });
    expect(report.rows.map((row) => [row.line, row.index, row.label, row.name])).toEqual([
      [1, 1, 'mục 1', 'Nguyễn Văn An'],
      [1, 2, 'mục 2', 'Trần Thị Bình'],
    ]);
    expect(report.rows[1]?.errors.find((e) => e.field === 'bhxh')?.message).toMatch(/trùng với mục 1/);
  });
});

describe('AnswerTimes', () => {
  it('gives back every row\'s time in row order, across its blocks of rows', () => {
    const texts = Array.from({ length: 700 }, (_, i) => (i % 7 === 0 ? undefined : `2026/09/01 ${i % 24}:00:00 SA GMT+7`));
    const times = new AnswerTimes();
    for (const text of texts) times.add(text);
    times.add('a\u0000b');
    expect(times.all()).toEqual([...texts.map((text) => text ?? ''), 'ab']);
  });

  it('lets the newest answer win when the two answers are hundreds of rows apart', () => {
    const others = Array.from({ length: 400 }, (_, i) => {
      const n = String(i).padStart(3, '0');
      return `2026/09/01 9:00:00 SA GMT+7;Trần Thị Bình;7931234${n};001308005${n};0987654${n};Hà Nội;Phường Hoàn Kiếm;7 Hàng Bạc`;
    });
    const report = validate([AN('2026/09/02 8:00:00 SA GMT+7', '0912345678'), ...others, AN('2026/09/01 8:00:00 SA GMT+7', '0987650004')]);
    expect(report.rows[0]?.replacedBy).toBeUndefined();
    expect(report.rows.at(-1)?.replacedBy).toBe(2);
    expect(report.summary.replaced).toBe(1);
  });
});

