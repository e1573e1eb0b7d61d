import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/core/fields/check.js';
import { decodeIdNumber, describeIdNumber, parseIdNumber } from '../../../src/core/fields/id-number.js';

const now = new Date('2025-09-01T00:00:00+07:00');
const check = (raw: unknown) => checkField('idNumber', raw, { now });

describe('decodeIdNumber', () => {
  it('decodes a CCCD: birth province, sex, birth year', () => {
    expect(decodeIdNumber('079204001234')).toEqual({
      kind: 'cccd', provinceCode: '079', provinceName: 'TP. Hồ Chí Minh', sex: 'Nam', birthYear: 2004,
    });
    expect(decodeIdNumber('001305012345')).toMatchObject({ provinceName: 'Hà Nội', sex: 'Nữ', birthYear: 2005 });
    expect(decodeIdNumber('038199001234')).toMatchObject({ sex: 'Nữ', birthYear: 1999 });
    expect(decodeIdNumber('036098001234')).toMatchObject({ sex: 'Nam', birthYear: 1998 });
  });

  it('names today’s province when the birth province was merged', () => {
    expect(decodeIdNumber('074304001234')).toMatchObject({
      provinceName: 'Bình Dương', provinceToday: 'Thành phố Hồ Chí Minh',
    });
    expect(decodeIdNumber('046204001234')).toMatchObject({ provinceToday: 'Thành phố Huế' });
  });

  it('knows CMND and passports, and nothing else', () => {
    expect(decodeIdNumber('025123456')).toEqual({ kind: 'cmnd' });
    expect(decodeIdNumber('c1234567')).toEqual({ kind: 'passport' });
    expect(decodeIdNumber('003204001234')).toBeUndefined();
    expect(decodeIdNumber('12345')).toBeUndefined();
  });

  it('hands the facts of a just-parsed ID number over once, equal to a fresh decode', () => {
    expect(parseIdNumber('079204001234')).toEqual({ value: '079204001234' });
    const first = decodeIdNumber('079204001234');
    const second = decodeIdNumber('079204001234');
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
  });
});

describe('idNumber (Số CMND/CCCD/Hộ chiếu)', () => {
  it('accepts a CCCD, shows what it decodes to, with no warning for a student', () => {
    const r = check('079 204 001 234');
    expect(r.ok && r.value).toBe('079204001234');
    expect(r.ok && r.decoded).toMatchObject({ kind: 'cccd', sex: 'Nam', birthYear: 2004 });
    expect(r.ok && r.notes[0]).toBe(
      'Số CCCD cho biết: giới tính Nam, sinh năm 2004, đăng ký khai sinh tại TP. Hồ Chí Minh. Hãy kiểm tra lại cho đúng người đăng ký.',
    );
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('accepts dots and full-width digits', () => {
    const r = check('０７９.２０４.００１.２３４');
    expect(r.ok && r.value).toBe('079204001234');
  });

  it('asks about a birth year in the future instead of refusing', () => {
    const r = check('079230001234'); // born 2030
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings[0]).toMatch(/năm sinh là 2030, một năm chưa tới/);
  });

  it('counts the year in Vietnam, not in the machine zone', () => {
    // 01:00 on 1 January 2027 in Vietnam; still 2026 in UTC and west of it.
    const newYear = new Date('2026-12-31T18:00:00Z');
    const { warnings } = describeIdNumber('079227001234', newYear); // born 2027
    expect(warnings[0]).toMatch(/sinh năm 2027 \(khoảng 0 tuổi\)/);
  });

  it('asks about a holder younger than 14', () => {
    const r = check('079215001234'); // born 2015
    expect(r.ok && r.warnings[0]).toMatch(/sinh năm 2015 \(khoảng 10 tuổi\)/);
  });

  // Issue 9 changed this: 8/9 is the 2300s (Circular 07/2016/TT-BCA art. 7), not the 1800s.
  it('reads century digit 8/9 as the 2300s, and asks about such a year', () => {
    const r = check('079804001234');
    expect(r.ok && r.decoded).toMatchObject({ sex: 'Nam', birthYear: 2304 });
    expect(r.ok && r.notes[0]).toMatch(/giới tính Nam, sinh năm 2304/);
    expect(r.ok && r.warnings[0]).toMatch(/năm sinh là 2304, một năm chưa tới/);
    expect(decodeIdNumber('079904001234')).toMatchObject({ sex: 'Nữ', birthYear: 2304 });
  });

  it('refuses 12 digits with an unknown province code', () => {
    const r = check('003204001234');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/bắt đầu bằng 003, không phải mã tỉnh nào.*001 đến 096/);
  });

  it('accepts a 9-digit CMND with the warning of row 1', () => {
    const r = check('025 123 456');
    expect(r.ok && r.value).toBe('025123456');
    expect(r.ok && r.decoded).toEqual({ kind: 'cmnd' });
    expect(r.ok && r.warnings[0]).toMatch(/CMND đã hết hiệu lực từ cuối năm 2024.*kể cả bản photo/);
  });

  it('accepts a passport number, stored in capitals', () => {
    const r = check(' c1234567 ');
    expect(r).toEqual({ ok: true, value: 'C1234567', notes: [], warnings: [], decoded: { kind: 'passport' } });
  });

  it.each([
    ['07920400123', /có 11 chữ số/],
    ['0792040012345', /có 13 chữ số/],
    ['CC1234567', /không đúng mẫu/],
    ['', /^Chưa nhập số CMND\/CCCD\/hộ chiếu/],
  ])('refuses %j', (raw, pattern) => {
    const r = check(raw);
    expect(!r.ok && r.message).toMatch(pattern);
  });
});
