import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/core/fields/check.js';

const value = (key: 'name' | 'contactPerson', raw: unknown) => {
  const r = checkField(key, raw);
  if (!r.ok) throw new Error(r.message);
  return String(r.value);
};
const message = (key: 'name' | 'contactPerson', raw: unknown) => {
  const r = checkField(key, raw);
  if (r.ok) throw new Error(`accepted ${String(r.value)}`);
  return r.message;
};

describe('name (Họ và tên)', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['  trần   thị   bích  ngọc ', 'trần thị bích ngọc'],
    ['NGUYỄN THỊ HOÀ', 'NGUYỄN THỊ HOÀ'],
    ['Lê\u00A0Quang\u200B Đạo', 'Lê Quang Đạo'],
    ["H’Hen Niê", "H'Hen Niê"],
    ['Nguyễn Văn A', 'Nguyễn Văn A'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(value('name', raw)).toBe(expected);
  });

  it('stores decomposed (NFD) input composed (NFC)', () => {
    const stored = value('name', 'Phạm Hoàng Yến'.normalize('NFD'));
    expect(stored).toBe('Phạm Hoàng Yến'.normalize('NFC'));
    expect(stored.normalize('NFC')).toBe(stored);
  });

  it('refuses a single word, saying two are needed', () => {
    expect(message('name', 'An')).toMatch(/ít nhất hai từ.*Nguyễn Văn An/);
  });

  it('refuses digits and symbols, naming them', () => {
    expect(message('name', 'Nguyễn Văn An 2')).toContain('"2"');
    expect(message('name', 'Nguyễn Văn An 😀')).toContain('chỉ dùng chữ cái');
    expect(message('name', 'Nguyễn_Văn_An')).toContain('"_"');
    expect(message('name', "Nguyễn ' An")).toMatch(/"'"/);
  });

  it('refuses empty and over-long names', () => {
    expect(message('name', '   ')).toMatch(/^Chưa nhập họ và tên/);
    expect(message('name', undefined)).toMatch(/^Chưa nhập họ và tên/);
    expect(message('name', `Nguyễn ${'a'.repeat(120)}`)).toMatch(/quá giới hạn 100 ký tự/);
  });

  it('refuses non-text values in Vietnamese', () => {
    expect(message('name', 42)).toContain('phải là văn bản');
    expect(message('name', null)).toContain('phải là văn bản');
  });

  it('applies the same rule to the contact person', () => {
    expect(value('contactPerson', 'Nguyễn Thị Mai')).toBe('Nguyễn Thị Mai');
    expect(message('contactPerson', 'Mai')).toMatch(/^Người liên hệ cần ít nhất hai từ/);
  });

  it('warns, without changing it, about a name with no diacritics at all', () => {
    const r = checkField('name', 'nguyen   van binh');
    expect(r).toMatchObject({ ok: true, value: 'nguyen van binh' });
    expect(r.ok && r.warnings).toEqual([expect.stringMatching(/^Họ tên chưa có dấu\. .*“Nguyễn Văn An”/)]);
    expect(checkField('contactPerson', "Y-Moan H'Dok")).toMatchObject({ ok: true, warnings: [expect.stringContaining('chưa có dấu')] });
    // đ is a letter of its own, outside ASCII: a name with it has diacritics.
    expect(checkField('name', 'Dinh Dao')).toMatchObject({ warnings: [expect.stringContaining('chưa có dấu')] });
    expect(checkField('name', 'Đinh Dao')).toMatchObject({ ok: true, warnings: [] });
  });

  it('warns about a name all in lowercase or all in capitals, keeping it as typed', () => {
    expect(checkField('name', 'trần thị bích')).toMatchObject({
      ok: true, value: 'trần thị bích', warnings: [expect.stringContaining('viết thường toàn bộ')],
    });
    expect(checkField('name', 'NGUYỄN THỊ HOÀ')).toMatchObject({
      ok: true, value: 'NGUYỄN THỊ HOÀ', warnings: [expect.stringContaining('viết hoa toàn bộ')],
    });
    expect(checkField('contactPerson', 'NGUYỄN THỊ HOÀ')).toMatchObject({ warnings: [expect.stringContaining('viết hoa toàn bộ')] });
  });

  it('does not warn about a name written as on the card', () => {
    for (const name of ['Nguyễn Văn An', "H'Hen Niê", 'Nguyễn Văn A', 'Lê Thị Mỹ Lệ']) {
      expect(checkField('name', name), name).toMatchObject({ ok: true, warnings: [] });
    }
  });
});
