import { describe, expect, it } from 'vitest';
import { matchHeader, planColumns } from '../../../src/core/roster/headers.js';
import type { RosterKey } from '../../../src/core/roster/index.js';

const keyOf = (header: string) => matchHeader(header)?.target.key;

describe('matchHeader', () => {
  const table: Record<RosterKey, string[]> = {
    name: ['Họ và tên', 'Họ tên', 'name', 'HỌ VÀ TÊN', 'ho va ten', 'Full name', 'Họ và tên học sinh'],
    bhxh: ['Mã số BHXH', 'Mã BHXH', 'Số thẻ BHYT', 'bhxh', 'Mã số bảo hiểm xã hội', 'MÃ SỐ BHXH (10 số)', 'bhxhCode'],
    idNumber: ['Số CMND/CCCD', 'CCCD', 'CMND', 'Số giấy tờ', 'idNumber', 'Số định danh', 'Số CCCD/CMND', 'Căn cước công dân'],
    phone: ['Số điện thoại', 'SĐT', 'Sđt', 'SDT', 'Điện thoại di động', 'phone', 'Số điện thoại di động', 'Phone number'],
    email: ['Email', 'E-mail', 'Địa chỉ thư điện tử', 'email', 'Email address', 'Địa chỉ email'],
    province: ['Tỉnh/Thành phố', 'province', 'Tỉnh', 'Thành phố', 'TỈNH / THÀNH PHỐ', 'Tỉnh/TP'],
    district: ['Quận/Huyện', 'district', 'Quận', 'Huyện'],
    ward: ['Phường/Xã', 'ward', 'Phường', 'Xã', 'Phường / Xã'],
    street: ['Số nhà, đường', 'Địa chỉ chi tiết', 'street', 'Địa chỉ', 'Số nhà đường'],
  };
  for (const [key, headers] of Object.entries(table)) {
    it(`recognises ${key}: ${headers.join(' | ')}`, () => {
      for (const header of headers) expect(keyOf(header), header).toBe(key);
    });
  }

  it('recognises a known start followed by more words (Google Forms questions)', () => {
    expect(keyOf('Họ và tên của bạn *')).toBe('name');
    expect(keyOf('SĐT (Zalo)')).toBe('phone');
    expect(keyOf('Số điện thoại chính chủ:')).toBe('phone');
    expect(keyOf('Email sinh viên')).toBe('email');
    expect(keyOf('Địa chỉ email trường cấp')).toBe('email');
  });

  it("does not take a parent's phone or a status column for the student's", () => {
    expect(keyOf('Số điện thoại phụ huynh')).toBeUndefined();
    expect(keyOf('Số điện thoại của mẹ')).toBeUndefined();
    expect(keyOf('Tình trạng')).toBeUndefined();
    expect(keyOf('Tỉnh trạng hồ sơ')).toBeUndefined();
    expect(keyOf('Dấu thời gian')).toBeUndefined();
    expect(keyOf('Timestamp')).toBeUndefined();
    expect(keyOf('id')).toBeUndefined();
  });
});

describe('planColumns', () => {
  it('ignores unknown columns, listing each once, and skips blank headers silently; the answer time is kept apart', () => {
    const plan = planColumns(['Dấu thời gian', 'Họ và tên', 'Lớp', 'Lớp', '', 'SĐT']);
    expect(plan.keys).toEqual(new Map([['name', 1], ['phone', 5]]));
    expect(plan.ignoredColumns).toEqual(['Lớp']);
    expect(plan.timestamp).toBe(0);
    expect(plan.score).toBe(2);
  });

  it('uses the exactly named column when two name one key, with a notice', () => {
    const plan = planColumns(['Số điện thoại liên lạc', 'Số điện thoại', 'SĐT']);
    expect(plan.keys.get('phone')).toBe(1);
    expect(plan.ignoredColumns).toEqual(['Số điện thoại liên lạc', 'SĐT']);
    expect(plan.notices).toHaveLength(2);
    expect(plan.notices[0]).toMatch(/dùng cột «Số điện thoại», bỏ qua cột «Số điện thoại liên lạc»/);
  });

  it('joins split name columns ("Họ và tên đệm" + "Tên") when there is no full-name column', () => {
    expect(planColumns(['STT', 'Họ và tên đệm', 'Tên', 'SĐT']).nameParts).toEqual([1, 2]);
    expect(planColumns(['Tên', 'Tên đệm', 'Họ']).nameParts).toEqual([2, 1, 0]);
    const full = planColumns(['Họ và tên', 'Tên']);
    expect(full.nameParts).toEqual([]);
    expect(full.ignoredColumns).toEqual(['Tên']);
  });
});
