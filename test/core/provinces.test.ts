import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CCCD_PROVINCE_CODES, findProvince, PROVINCES, searchProvinces, suggestProvinces } from '../../src/core/provinces.js';

const HCM = 'Thành phố Hồ Chí Minh';

describe('PROVINCES', () => {
  it('has the 34 units of 2025 and the 63 former provinces', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(34);
    const former = PROVINCES.flatMap((p) => p.formerNames);
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
    // Six cities in 2025, and Đồng Nai since 30/4/2026 (Nghị quyết 30/2026/QH16).
    expect(PROVINCES.filter((p) => p.name.startsWith('Thành phố'))).toHaveLength(7);
  });

  it('finds Thành phố Đồng Nai by its 2025 name, without calling it a former province', () => {
    expect(findProvince('Đồng Nai')).toEqual({ name: 'Thành phố Đồng Nai' });
    expect(findProvince('Tỉnh Đồng Nai')).toEqual({ name: 'Thành phố Đồng Nai' });
    expect(findProvince('Bình Phước')).toEqual({ name: 'Thành phố Đồng Nai', matchedFormer: 'Bình Phước' });
  });

  it('knows every birth province of the CCCD code table', () => {
    expect(Object.keys(CCCD_PROVINCE_CODES)).toHaveLength(63);
    for (const name of Object.values(CCCD_PROVINCE_CODES)) expect(findProvince(name), name).toBeDefined();
    expect(CCCD_PROVINCE_CODES['079']).toBe('TP. Hồ Chí Minh');
    expect(CCCD_PROVINCE_CODES['001']).toBe('Hà Nội');
    expect(CCCD_PROVINCE_CODES['096']).toBe('Cà Mau');
    expect(CCCD_PROVINCE_CODES['003']).toBeUndefined();
  });
});

describe('findProvince', () => {
  it.each([
    ['Thành phố Hồ Chí Minh'],
    ['TP. Hồ Chí Minh'],
    ['tp ho chi minh'],
    ['HCM'],
    ['TP HCM'],
    ['TPHCM'],
    ['tp.hcm'],
    ['Sài Gòn'],
    ['Saigon'],
    ['hồ chí minh'.normalize('NFD')],
  ])('%s → Thành phố Hồ Chí Minh, no conversion note', (input) => {
    expect(findProvince(input)).toEqual({ name: HCM });
  });

  it.each([
    ['Bình Dương', HCM, 'Bình Dương'],
    ['Tỉnh Bình Dương', HCM, 'Bình Dương'],
    ['binh duong', HCM, 'Bình Dương'],
    ['Bà Rịa - Vũng Tàu', HCM, 'Bà Rịa – Vũng Tàu'],
    ['Vũng Tàu', HCM, 'Bà Rịa – Vũng Tàu'],
    ['Hà Giang', 'Tuyên Quang', 'Hà Giang'],
    ['Hoà Bình', 'Phú Thọ', 'Hòa Bình'],
    ['Hòa Bình', 'Phú Thọ', 'Hòa Bình'],
    ['Đăk Nông', 'Lâm Đồng', 'Đắk Nông'],
    ['Thừa Thiên Huế', 'Thành phố Huế', 'Thừa Thiên Huế'],
    ['Quảng Nam', 'Thành phố Đà Nẵng', 'Quảng Nam'],
    ['Kiên Giang', 'An Giang', 'Kiên Giang'],
  ])('%s → %s (former %s)', (input, name, former) => {
    expect(findProvince(input)).toEqual({ name, matchedFormer: former });
  });

  it.each([
    ['Hà Nội', 'Thành phố Hà Nội'],
    ['HN', 'Thành phố Hà Nội'],
    ['ha noi', 'Thành phố Hà Nội'],
    ['Hue', 'Thành phố Huế'],
    ['TP Huế', 'Thành phố Huế'],
    ['Đắk Lắk', 'Đắk Lắk'],
    ['Đăk Lăk', 'Đắk Lắk'],
    ['Dak Lak', 'Đắk Lắk'],
    ['daklak', 'Đắk Lắk'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['THANH HOA', 'Thanh Hóa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['Tỉnh Nghệ An', 'Nghệ An'],
    ['Thành phố Cần Thơ', 'Thành phố Cần Thơ'],
    ['Tuyên Quang', 'Tuyên Quang'],
  ])('%s → %s', (input, name) => {
    expect(findProvince(input)).toEqual({ name });
  });

  it.each([[''], ['   '], ['Tỉnh'], ['Paris'], ['Quận 3'], ['Hà']])('%j → nothing', (input) => {
    expect(findProvince(input)).toBeUndefined();
  });

  it('finds every today name and every former name', () => {
    for (const p of PROVINCES) {
      expect(findProvince(p.name)?.name).toBe(p.name);
      for (const former of p.formerNames) expect(findProvince(former)?.name).toBe(p.name);
    }
  });

  it('never throws and only returns today names', () => {
    const names = new Set(PROVINCES.map((p) => p.name));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const found = findProvince(s);
        if (found) expect(names.has(found.name)).toBe(true);
      }),
    );
  });
});

describe('searchProvinces', () => {
  it('lists all 34 in Vietnamese order for an empty term', () => {
    const all = searchProvinces('');
    expect(all).toHaveLength(34);
    expect(all[0]).toBe('An Giang');
    // Vietnamese order puts Đ after D, and "Thành phố …" under T.
    expect(all.indexOf('Đắk Lắk')).toBeGreaterThan(all.indexOf('Cà Mau'));
    expect(all.at(-1)).toBe('Vĩnh Long');
  });

  it('searches without diacritics, today names by prefix first', () => {
    const found = searchProvinces('quang');
    expect(found.slice(0, 3)).toEqual(['Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị']);
    expect(found).toContain('Thành phố Đà Nẵng'); // via Quảng Nam
  });

  it('finds today names from former names and aliases', () => {
    expect(searchProvinces('binh duong')).toEqual([HCM]);
    expect(searchProvinces('sai gon')).toEqual([HCM]);
    expect(searchProvinces('ha giang')).toEqual(['Tuyên Quang']);
    expect(searchProvinces('Hồ Chí')).toEqual([HCM]);
  });

  it('matches inside names too', () => {
    expect(searchProvinces('lak')).toEqual(['Đắk Lắk']);
    expect(searchProvinces('zzz')).toEqual([]);
  });
});

describe('suggestProvinces', () => {
  it('suggests from a search, then from near typos', () => {
    expect(suggestProvinces('quang')).toEqual(['Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị']);
    expect(suggestProvinces('Sai Gonn')).toEqual([HCM]);
    expect(suggestProvinces('Ha Noii')).toEqual(['Thành phố Hà Nội']);
    expect(suggestProvinces('Dong Nia')).toEqual(['Thành phố Đồng Nai']);
    expect(suggestProvinces('Paris')).toEqual([]);
    expect(suggestProvinces('')).toEqual([]);
  });
});
