import { describe, expect, it } from 'vitest';
import { fitLines, wrap } from '../../src/ui/wrap.js';

const lines = (text: string, width: number) => wrap(text, width).split('\n');

describe('wrap', () => {
  it('never breaks a word, a «quoted» span or a command with its arguments', () => {
    const text =
      'Sửa các dòng có lỗi trong tệp rồi nhập lại cả tệp; hoặc điền nốt từng người bằng «vssid-helper register --resume <mã>». ' +
      'Ví dụ: npx vssid-helper status submitted k3f9q2 "Tran Thi Binh" --at "02/03/2026 09:30" rồi xem bảng.';
    for (const width of [40, 50, 60, 80]) {
      const out = lines(text, width);
      const joined = out.join('\n');
      expect(joined).toContain('«vssid-helper register --resume <mã>».');
      expect(joined).toContain('npx vssid-helper status submitted k3f9q2 "Tran Thi Binh" --at "02/03/2026 09:30"');
      expect(out.join(' ').split(/\s+/)).toEqual(text.split(/\s+/));
      // Only a line holding a unit wider than the line may be wider.
      for (const line of out) if ([...line].length > width) expect(line).toMatch(/vssid-helper/);
    }
  });

  it('reads any run of spaces as one space, keeping spans and quoted arguments whole', () => {
    const spaced = 'Ghi  «số  hồ sơ»\tkèm   “Ghi nhận”, rồi chạy  vssid-helper status "Nguyễn Văn An"  file-number 123 nhé.';
    const single = spaced.split(/\s+/).join(' ');
    for (const width of [12, 20, 30, 60]) expect(wrap(spaced, width)).toBe(wrap(single, width));
    expect(lines(single, 20)).toEqual([
      'Ghi «số hồ sơ» kèm',
      '“Ghi nhận”, rồi chạy',
      'vssid-helper status "Nguyễn Văn An" file-number 123',
      'nhé.',
    ]);
    expect(lines('A 5"x6" «mở (không đóng', 8)).toEqual(['A 5"x6"', '«mở (không đóng']);
  });

  it('ends a command at the first word of the sentence around it', () => {
    expect(lines('Chạy vssid-helper list để xem các mã của cả lớp.', 20)).toEqual(['Chạy', 'vssid-helper list để', 'xem các mã của cả', 'lớp.']);
  });
});

describe('fitLines: every message fitted to the width, between words', () => {
  const long =
    'Kiểm tra lại tên và thư mục của tệp (có thể kéo thả tệp vào cửa sổ dòng lệnh để dán đúng đường dẫn) hoặc số hồ sơ, Điện thoại. ' +
    'Ví dụ: npx vssid-helper import danh-sach-lop.csv --dry-run';
  it('wraps a line wider than the width without splitting a word, and keeps a command whole', () => {
    for (const width of [57, 80]) {
      const lines = fitLines(`✖ ${long}`, width, '  ').split('\n');
      for (const line of lines) expect([...line].length, line).toBeLessThanOrEqual(width);
      expect(lines.slice(1).every((line) => line.startsWith('  '))).toBe(true);
      const words = lines.join(' ').split(/\s+/);
      for (const word of ['hoặc', 'Điện', 'thoại.', 'vssid-helper']) expect(words).toContain(word);
      expect(lines.some((line) => line.includes('npx vssid-helper import danh-sach-lop.csv --dry-run'))).toBe(true);
    }
  });

  it('leaves lines that fit, their indentation and drawn lines as they are', () => {
    const text = 'Một dòng ngắn\n    thụt lề bốn\n' + '█'.repeat(90);
    expect(fitLines(text, 80)).toBe(text);
    expect(fitLines(`    ${long}`, 60).split('\n').every((line) => line.startsWith('    '))).toBe(true);
  });
});
