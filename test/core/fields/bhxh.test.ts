import { describe, expect, it } from 'vitest';
import { bhxhFromCard } from '../../../src/core/fields/bhxh.js';
import { checkField } from '../../../src/core/fields/check.js';

describe('bhxhCode (Mã số BHXH)', () => {
  it.each([
    ['7931234567', '7931234567'],
    ['79 3123 4567', '7931234567'],
    ['79.312.345.67', '7931234567'],
    ['0123-456-789', '0123456789'],
    ['７９３１２３４５６７', '7931234567'],
  ])('accepts %j as %s with no note', (raw, expected) => {
    expect(checkField('bhxhCode', raw)).toEqual({ ok: true, value: expected, notes: [], warnings: [] });
  });

  it('takes the last 10 digits of a BHYT card code, saying so', () => {
    const r = checkField('bhxhCode', 'SV4797931234567');
    expect(r).toEqual({
      ok: true,
      value: '7931234567',
      // Issue 9: the note also says which province's BHXH issued the card.
      notes: ['Đã lấy 10 số cuối của mã thẻ BHYT SV4797931234567: 7931234567. Theo mã tỉnh trên thẻ, thẻ do BHXH TP. Hồ Chí Minh cấp.'],
      warnings: [],
    });
  });

  it('reads card codes case-insensitively and with spaces', () => {
    const r = checkField('bhxhCode', 'hs 4 01 0123456789');
    expect(r.ok && r.value).toBe('0123456789');
    expect(r.ok && r.notes[0]).toContain('HS4010123456789');
    expect(bhxhFromCard('gd4797931234567')).toBe('7931234567');
    expect(bhxhFromCard('7931234567')).toBeUndefined();
  });

  it.each([
    ['793123456', /có 9 chữ số, không khớp mẫu nào: mã số BHXH gồm 10 chữ số.*số định danh cá nhân 12 số/],
    ['79312345678', /có 11 chữ số/],
    ['0000000000', /bắt đầu bằng 00, không phải mã tỉnh nào/],
    ['SV4790000000012', /bắt đầu bằng 00/],
    ['003123456789', /12 chữ số nhưng không phải số định danh cá nhân hợp lệ/],
    ['SV6797931234567', /Mã thẻ BHYT .* không đúng mẫu.*1 chữ số từ 1 đến 5/],
    ['SV47979312345', /không đúng mẫu/],
    ['S47979312345678', /ký tự không hợp lệ/],
    ['79312345a7', /ký tự không hợp lệ/],
    ['', /^Chưa nhập mã số BHXH/],
  ])('refuses %j', (raw, pattern) => {
    const r = checkField('bhxhCode', raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(pattern);
  });

  it('explains the card format only for what looks like a card code', () => {
    for (const raw of ['abc', 'SV', 'x7931234567', 'AB12']) {
      const r = checkField('bhxhCode', raw);
      expect(!r.ok && r.message, raw).toMatch(/gồm 10 chữ số.*mã thẻ BHYT 15 ký tự/);
      expect(!r.ok && r.message, raw).not.toMatch(/Mã thẻ BHYT .* không đúng mẫu/);
    }
    const card = checkField('bhxhCode', 'SV479793123456');
    expect(!card.ok && card.message).toMatch(/^Mã thẻ BHYT «SV479793123456» không đúng mẫu/);
  });

  it('accepts a 12-digit personal ID number (Công văn 1804/BHXH-QLT, from 1/8/2025) with a note', () => {
    const r = checkField('bhxhCode', '079304001235');
    expect(r).toMatchObject({ ok: true, value: '079304001235', warnings: [] });
    expect(r.ok && r.notes.join(' ')).toMatch(/số định danh cá nhân 12 số.*từ 1\/8\/2025.*Mã 10 số in trên thẻ BHYT vẫn dùng được/);
    expect(checkField('bhxhCode', '079 304 001 235')).toMatchObject({ ok: true, value: '079304001235' });
  });

  it('warns when the personal ID number in the BHXH field is not the student’s ID number, either way round', () => {
    const other = checkField('bhxhCode', '079304001235', { record: { idNumber: '079204001234' } });
    expect(other.ok && other.warnings.join(' ')).toMatch(/khác số CCCD «079204001234»/);
    const same = checkField('bhxhCode', '079304001235', { record: { idNumber: '079304001235' } });
    expect(same.ok && same.warnings).toEqual([]);
    const id = checkField('idNumber', '079204001234', { record: { bhxhCode: '079304001235' } });
    expect(id.ok && id.warnings.join(' ')).toMatch(/khác số CCCD/);
    // The 10-digit code is a different number from the ID by nature: no warning.
    const old = checkField('bhxhCode', '7931234567', { record: { idNumber: '079204001234' } });
    expect(old.ok && old.warnings).toEqual([]);
  });
});
