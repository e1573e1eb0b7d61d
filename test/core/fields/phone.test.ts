import { describe, expect, it } from 'vitest';
import { checkField } from '../../../src/core/fields/check.js';

const phone = (raw: unknown) => checkField('phone', raw);

describe('phone (Điện thoại di động)', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0862345678', '0862345678'],
    ['0591234567', '0591234567'],
    ['0701234567', '0701234567'],
    ['0881234567', '0881234567'],
    ['0332345678', '0332345678'],
    ['+84 912 345 678', '0912345678'],
    ['+84 (0) 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['84 0912 345 678', '0912345678'],
    ['0084-912-345-678', '0912345678'],
    ['091.234.5678', '0912345678'],
    ['(091) 234 5678', '0912345678'],
    ['０９１２３４５６７８', '0912345678'],
    ['0849123456', '0849123456'],
  ])('accepts %j as %s', (raw, expected) => {
    expect(phone(raw)).toEqual({ ok: true, value: expected, notes: [], warnings: [] });
  });

  it.each([
    // Issue 9 changed this: 052x and 055x are allocated prefixes (accepted with a warning, below).
    ['0111234567', /Đầu số 011 của 0111234567 không nằm trong các đầu số di động đã cấp/],
    ['0531234567', /Đầu số 053/],
    ['0951234567', /Đầu số 095/],
    ['0801234567', /Đầu số 080/],
    ['02838123456', /là số máy bàn \(đầu 02\)/],
    ['0243123456', /số máy bàn/],
    ['091234567', /có 9 chữ số; số di động Việt Nam phải có 10 chữ số/],
    ['912345678', /có 9 chữ số/],
    ['09123456789', /có 11 chữ số/],
    ['01234567890', /có 11 chữ số/],
    ['+1 415 555 0100', /Chỉ nhận số di động Việt Nam/],
    ['0912 345 678 / 0987 654 321', /nhiều hơn một số điện thoại/],
    ['0912abc678', /ký tự không phải chữ số/],
    ['', /^Chưa nhập số điện thoại di động/],
  ])('refuses %j', (raw, pattern) => {
    const r = phone(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(pattern);
  });

  it('states the rule in every length refusal', () => {
    const r = phone('091234567');
    expect(!r.ok && r.message).toContain('bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912345678)');
  });
});
