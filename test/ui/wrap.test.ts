import { describe, expect, it } from 'vitest';
import { wrap } from '../../src/ui/wrap.js';

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

  it('ends a command at the first word of the sentence around it', () => {
    expect(lines('Chạy vssid-helper list để xem các mã của cả lớp.', 20)).toEqual(['Chạy', 'vssid-helper list để', 'xem các mã của cả', 'lớp.']);
  });
});
