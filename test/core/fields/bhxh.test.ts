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
      notes: [
        'Đã lấy 10 số cuối của mã thẻ BHYT SV4797931234567: 7931234567',
        'Theo mã tỉnh trên thẻ, thẻ do BHXH TP. Hồ Chí Minh cấp.',
      ],
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
    ['793123456', /đúng 10 chữ số, bạn đã nhập 9/],
    ['79312345678', /bạn đã nhập 11/],
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
      expect(!r.ok && r.message, raw).toMatch(/gồm đúng 10 chữ số.*mã thẻ BHYT 15 ký tự/);
      expect(!r.ok && r.message, raw).not.toMatch(/Mã thẻ BHYT .* không đúng mẫu/);
    }
    const card = checkField('bhxhCode', 'SV479793123456');
    expect(!card.ok && card.message).toMatch(/^Mã thẻ BHYT «SV479793123456» không đúng mẫu/);
  });
});
