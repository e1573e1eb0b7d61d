import { describe, expect, it } from 'vitest';
import { LINKS, TROUBLESHOOTING, searchTroubleshooting, troubleshootingRow } from '../../../src/core/content/index.js';

const row = (n: number) => {
  const found = troubleshootingRow(n);
  if (!found) throw new Error(`row ${n} missing`);
  return found;
};

describe('the guide’s troubleshooting table', () => {
  it('has the 8 rows, numbered 1–8, each with a situation and a solution', () => {
    expect(TROUBLESHOOTING.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const r of TROUBLESHOOTING) {
      expect(r.situation.length).toBeGreaterThan(10);
      expect(r.solution.length).toBeGreaterThan(10);
    }
  });

  it('pins each row’s key facts', () => {
    expect(row(1).solution).toMatch(/CMND cũ.*bản photo/);
    expect(row(2).solution).toMatch(/sai số điện thoại.*Đăng ký lại ngay/s);
    expect(row(3).solution).toContain(LINKS.supportEmail);
    expect(row(3).solution).toContain('lớp trưởng');
    expect(row(4).solution).toContain('https://dichvucong.baohiemxahoi.gov.vn/#/tai-khoan');
    expect(row(4).solution).toContain('72 giờ');
    expect(row(4).hours).toBe(72);
    expect(row(5).solution).toContain('72 giờ');
    expect(row(5).solution).toContain('Quên mật khẩu');
    expect(row(5).seeAlso).toEqual([2]);
    expect(row(6).solution).toMatch(/Không bắt buộc.*chân dung/);
    expect(row(7).solution).toContain('Bỏ qua');
    expect(row(8).solution).toMatch(/Một điện thoại.*nhiều người/);
  });

  it('writes corrected Vietnamese: NFC, no scan typos', () => {
    const text = TROUBLESHOOTING.map((r) => `${r.situation} ${r.solution}`).join('\n');
    expect(text).toBe(text.normalize('NFC'));
    // The scan's abbreviations and typos, which the product writes out in full.
    expect(text).not.toMatch(/VSSSID|\b(ko|MK|sđt|ĐK|SDT)\b|72h/);
  });

  it('marks the rows that act on a saved student', () => {
    expect(TROUBLESHOOTING.filter((r) => r.actsOnRecord).map((r) => r.number)).toEqual([2, 3, 4, 5]);
  });
});

describe('searchTroubleshooting', () => {
  it('finds row 5 for "mat khau", without diacritics, first', () => {
    expect(searchTroubleshooting('mat khau').map((r) => r.number)).toEqual([5]);
    expect(searchTroubleshooting('MẬT KHẨU')[0]?.number).toBe(5);
  });

  it('lists several matches, the one whose situation matches first', () => {
    const numbers = searchTroubleshooting('so dien thoai').map((r) => r.number);
    expect(numbers[0]).toBe(3);
    expect(numbers).toEqual(expect.arrayContaining([2, 3, 5, 8]));
  });

  it('matches keywords and abbreviations people type', () => {
    expect(searchTroubleshooting('sdt').map((r) => r.number)).toContain(3);
    expect(searchTroubleshooting('chan dung').map((r) => r.number)).toEqual([6]);
    expect(searchTroubleshooting('cmnd mat')[0]?.number).toBe(1);
  });

  it('returns nothing for an empty query or unknown words', () => {
    expect(searchTroubleshooting('   ')).toEqual([]);
    expect(searchTroubleshooting('xyzzy')).toEqual([]);
  });
});
