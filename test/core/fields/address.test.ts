import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/core/fields/check.js';

describe('province (Tỉnh/Thành phố)', () => {
  it('stores today’s name, silently when nothing changed', () => {
    expect(checkField('province', 'tp hcm')).toEqual({ ok: true, value: 'Thành phố Hồ Chí Minh', notes: [], warnings: [] });
    expect(checkField('province', 'Dak Lak')).toMatchObject({ ok: true, value: 'Đắk Lắk', notes: [] });
  });

  it('converts a former province, saying so', () => {
    expect(checkField('province', 'Bình Dương')).toEqual({
      ok: true,
      value: 'Thành phố Hồ Chí Minh',
      notes: ['Bình Dương → Thành phố Hồ Chí Minh (sáp nhập 2025)'],
      warnings: [],
    });
    const hue = checkField('province', 'Thừa Thiên Huế');
    expect(hue.ok && hue.notes[0]).toMatch(/^Thừa Thiên Huế → Thành phố Huế \(/);
  });

  it('refuses an unknown name, with suggestions', () => {
    const r = checkField('province', 'Quang');
    expect(!r.ok && r.message).toMatch(/^Không tìm thấy tỉnh\/thành phố «Quang».*Có phải: Quảng Ngãi, Quảng Ninh, Quảng Trị\?$/);
    const none = checkField('province', 'Paris');
    expect(!none.ok && none.message).not.toContain('Có phải');
    expect(checkField('province', '')).toMatchObject({ ok: false, message: expect.stringMatching(/^Chưa nhập tỉnh/) });
  });
});

describe('district (Quận/Huyện)', () => {
  it('may be empty or absent', () => {
    expect(checkField('district', '')).toEqual({ ok: true, value: undefined, notes: [], warnings: [] });
    expect(checkField('district', '   ')).toMatchObject({ ok: true, value: undefined });
    expect(checkField('district', undefined)).toMatchObject({ ok: true, value: undefined });
  });

  it('keeps a given district as normalised text', () => {
    expect(checkField('district', '  Quận   3 ')).toMatchObject({ ok: true, value: 'Quận 3' });
  });

  it('refuses punctuation only', () => {
    expect(checkField('district', '---')).toMatchObject({ ok: false, message: expect.stringContaining('không có chữ cái hay chữ số') });
  });
});

describe('ward and street', () => {
  it('accept ordinary Vietnamese addresses', () => {
    expect(checkField('ward', 'Phường Bàn Cờ')).toMatchObject({ ok: true, value: 'Phường Bàn Cờ' });
    expect(checkField('ward', 'Xã Bình Hưng'.normalize('NFD'))).toMatchObject({ ok: true, value: 'Xã Bình Hưng' });
    expect(checkField('street', '123/4 Nguyễn Thị Minh Khai')).toMatchObject({ ok: true, value: '123/4 Nguyễn Thị Minh Khai' });
    expect(checkField('street', 'Hẻm 45, Lê Văn Sỹ\n')).toMatchObject({ ok: true, value: 'Hẻm 45, Lê Văn Sỹ' });
  });

  it('are required, say what to type, and are bounded', () => {
    expect(checkField('ward', '')).toMatchObject({ ok: false, message: expect.stringMatching(/^Chưa nhập «Phường\/Xã».*ví dụ/) });
    expect(checkField('street', undefined)).toMatchObject({ ok: false, message: expect.stringMatching(/^Chưa nhập «Số nhà, đường»/) });
    expect(checkField('street', '/// ...')).toMatchObject({ ok: false });
    expect(checkField('ward', 'x'.repeat(101))).toMatchObject({ ok: false, message: expect.stringContaining('quá giới hạn 100 ký tự') });
    expect(checkField('street', 'x'.repeat(200))).toMatchObject({ ok: true });
  });
});
