/** Issue 9: field rules that must never block (or mislead) a real student. */
import { describe, expect, it } from 'vitest';
import { agencyFromCard } from '../../../src/core/fields/bhxh.js';
import { checkField } from '../../../src/core/fields/check.js';
import { MOBILE_PREFIXES } from '../../../src/core/fields/mobile-prefixes.js';

describe('phones: the numbering plan refuses, the library only warns', () => {
  it.each([
    ['0894641177', '0894'],
    ['0521234567', '0521'],
    ['0551234567', '0551'],
  ])('accepts %s with a warning naming the block %s…', (raw, block) => {
    const r = checkField('phone', raw);
    expect(r).toMatchObject({ ok: true, value: raw });
    expect(r.ok && r.warnings).toEqual([expect.stringContaining(`dãy ${block}… chưa có trong danh sách số đã cấp mà công cụ biết; kiểm tra lại với chủ thuê bao`)]);
  });

  it('gives no warning for a block the library knows', () => {
    expect(checkField('phone', '0912345678')).toMatchObject({ ok: true, warnings: [] });
    expect(checkField('phone', '0522345678')).toMatchObject({ ok: true, warnings: [] });
  });

  it('accepts every allocated prefix and refuses every other 0[35789]x', () => {
    for (let n = 30; n <= 99; n += 1) {
      const prefix = `0${n}`;
      if (!/^0[35789]/.test(prefix)) continue;
      const r = checkField('phone', `${prefix}1234567`);
      expect(r.ok, prefix).toBe(MOBILE_PREFIXES.has(prefix));
      if (!r.ok) expect(r.message).toContain(`Đầu số ${prefix} của ${prefix}1234567 không nằm trong các đầu số di động đã cấp`);
    }
    expect(MOBILE_PREFIXES.size).toBe(36);
  });
});

describe('CCCD century digit', () => {
  it('decodes 8/9 as the 2300s and asks about it', () => {
    const r = checkField('idNumber', '079806001234', { now: new Date('2026-12-03T00:00:00Z') });
    expect(r.ok && r.decoded).toMatchObject({ sex: 'Nam', birthYear: 2306 });
    expect(r.ok && r.warnings[0]).toContain('năm sinh là 2306, một năm chưa tới');
    const f = checkField('idNumber', '001906001234');
    expect(f.ok && f.decoded).toMatchObject({ sex: 'Nữ', birthYear: 2306 });
  });
});

describe('BHYT card code', () => {
  it('shows the issuing province in the confirmation', () => {
    const r = checkField('bhxhCode', 'SV4797931234567');
    expect(r.ok && r.notes[0]).toContain('thẻ do BHXH TP. Hồ Chí Minh cấp');
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('says which BHXH a merged province belongs to today', () => {
    const r = checkField('bhxhCode', 'HS4740123456789');
    expect(r.ok && r.notes[0]).toContain('Theo mã tỉnh trên thẻ, thẻ do BHXH Bình Dương cấp (nay thuộc BHXH Thành phố Hồ Chí Minh).');
    expect(agencyFromCard('HS4740123456789')).toBe('BHXH Thành phố Hồ Chí Minh');
    expect(agencyFromCard('GD4640123456789')).toBe('BHXH tỉnh Gia Lai');
    expect(agencyFromCard('7931234567')).toBeUndefined();
  });

  it('warns about an unknown beneficiary group, naming it', () => {
    const r = checkField('bhxhCode', 'XX4797931234567');
    expect(r).toMatchObject({ ok: true, value: '7931234567' });
    expect(r.ok && r.warnings).toEqual([expect.stringContaining('Mã đối tượng “XX”')]);
  });

  it('accepts the known groups without a warning', () => {
    for (const group of ['DN', 'HS', 'SV', 'GD', 'CN', 'TE', 'QN']) {
      expect(checkField('bhxhCode', `${group}4797931234567`)).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it('refuses province code 00 and warns about a code not in the list', () => {
    const r = checkField('bhxhCode', 'SV4007931234567');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('mã tỉnh 00');
    const odd = checkField('bhxhCode', 'SV4037931234567');
    expect(odd.ok && odd.warnings).toEqual([expect.stringContaining('Mã tỉnh 03 trên thẻ BHYT')]);
  });
});

describe('names', () => {
  it.each([['Иван Петров'], ['王小明 Nguyễn'], ['สมชาย ใจดี']])('refuses %s as not Latin script', (raw) => {
    const r = checkField('name', raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('không phải chữ Latinh');
  });

  it('turns the look-alike Ð (U+00D0) into Đ, with a warning', () => {
    const r = checkField('name', '\u00D0ỗ Văn \u00F0ức');
    expect(r).toMatchObject({ ok: true, value: 'Đỗ Văn đức' });
    expect(r.ok && r.warnings[0]).toContain('“Ð” (U+00D0');
    expect(checkField('name', 'Đỗ Văn Đức')).toMatchObject({ ok: true, warnings: [] });
  });

  it.each([["H'Hen Niê"], ['Y-Ngông Niê Kđăm'], ['H’Hen Niê']])('still accepts %s', (raw) => {
    expect(checkField('name', raw)).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('e-mail', () => {
  it('warns clearly when the address is missing', () => {
    const r = checkField('email', '');
    expect(r.ok && r.warnings[0]).toContain('thiếu e-mail: không nhận được mã OTP');
  });

  it.each([
    ['an@gmial.com', 'an@gmail.com'],
    ['an@gmail.con', 'an@gmail.com'],
    ['an@yaho.com.vn', 'an@yahoo.com.vn'],
    ['an@yahoo.com.vm', 'an@yahoo.com.vn'],
    ['an@yahoo.con', 'an@yahoo.com'],
    ['an@outlook.con', 'an@outlook.com'],
    ['an@hotmail.con', 'an@hotmail.com'],
    ['an@gmail.com.vn', 'an@gmail.com'],
  ])('suggests a fix for %s', (raw, suggestion) => {
    const r = checkField('email', raw);
    expect(r).toMatchObject({ ok: true, value: raw });
    expect(r.ok && r.warnings).toEqual([expect.stringContaining(`có phải ${suggestion}?`)]);
  });

  it.each([['an@gmail.com'], ['an@yahoo.com.vn'], ['an.nguyen@hcmus.edu.vn']])('leaves %s alone', (raw) => {
    expect(checkField('email', raw)).toMatchObject({ ok: true, warnings: [] });
  });

  it('tells "an.nguyen@gmail" that the domain ending is missing', () => {
    const r = checkField('email', 'an.nguyen@gmail');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('thiếu phần đuôi của tên miền (ví dụ .com, .vn)');
    expect(!r.ok && r.message).toContain('có phải an.nguyen@gmail.com?');
    expect(!r.ok && r.message).not.toContain('ten@tenmien');
  });
});

describe('receiving agency', () => {
  it('refuses a phone number', () => {
    const r = checkField('receivingAgency', '0912 345 678');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('là một số điện thoại, không phải cơ quan BHXH');
  });

  it('warns when the text names no BHXH office', () => {
    expect(checkField('receivingAgency', 'Phường Bàn Cờ')).toMatchObject({ ok: true, warnings: [expect.stringContaining('không nêu cơ quan BHXH nào')] });
    expect(checkField('receivingAgency', 'BHXH TP. Hà Nội – BHXH cơ sở Đống Đa')).toMatchObject({ ok: true, warnings: [] });
    expect(checkField('receivingAgency', 'Bảo hiểm xã hội tỉnh Gia Lai')).toMatchObject({ ok: true, warnings: [] });
  });
});
