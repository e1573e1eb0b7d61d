/**
 * Vietnam's 34 province-level units (since 12 June 2025; 7 centrally-run cities since 30/4/2026), the 63 names used before, and the
 * loose ways people write them. Matching is diacritic-, case-, space- and prefix-insensitive.
 */
import { compareVietnamese, editDistance, foldForSearch } from './text.js';

export interface Province {
  /** Today's name, as the form shows it. */
  name: string;
  /** The former provinces (before 1 July 2025) now part of this one. */
  formerNames: readonly string[];
}

export interface ProvinceMatch {
  name: string;
  /** Set when the input named a former province that is now part of `name`. */
  matchedFormer?: string;
}

const unit = (name: string, ...formerNames: string[]): Province => ({ name, formerNames });

// Đồng Nai has been a centrally-run city, "Thành phố Đồng Nai", since 30/4/2026 (Nghị quyết
// 30/2026/QH16); "Đồng Nai" (the province of 2025) is its former name and still finds it.

export const PROVINCES: readonly Province[] = [
  unit('Thành phố Hà Nội', 'Hà Nội'),
  unit('Thành phố Huế', 'Thừa Thiên Huế'),
  unit('Cao Bằng', 'Cao Bằng'),
  unit('Điện Biên', 'Điện Biên'),
  unit('Lai Châu', 'Lai Châu'),
  unit('Sơn La', 'Sơn La'),
  unit('Lạng Sơn', 'Lạng Sơn'),
  unit('Quảng Ninh', 'Quảng Ninh'),
  unit('Thanh Hóa', 'Thanh Hóa'),
  unit('Nghệ An', 'Nghệ An'),
  unit('Hà Tĩnh', 'Hà Tĩnh'),
  unit('Tuyên Quang', 'Tuyên Quang', 'Hà Giang'),
  unit('Lào Cai', 'Lào Cai', 'Yên Bái'),
  unit('Thái Nguyên', 'Thái Nguyên', 'Bắc Kạn'),
  unit('Phú Thọ', 'Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'),
  unit('Bắc Ninh', 'Bắc Ninh', 'Bắc Giang'),
  unit('Hưng Yên', 'Hưng Yên', 'Thái Bình'),
  unit('Thành phố Hải Phòng', 'Hải Phòng', 'Hải Dương'),
  unit('Ninh Bình', 'Ninh Bình', 'Hà Nam', 'Nam Định'),
  unit('Quảng Trị', 'Quảng Trị', 'Quảng Bình'),
  unit('Thành phố Đà Nẵng', 'Đà Nẵng', 'Quảng Nam'),
  unit('Quảng Ngãi', 'Quảng Ngãi', 'Kon Tum'),
  unit('Gia Lai', 'Gia Lai', 'Bình Định'),
  unit('Khánh Hòa', 'Khánh Hòa', 'Ninh Thuận'),
  unit('Lâm Đồng', 'Lâm Đồng', 'Đắk Nông', 'Bình Thuận'),
  unit('Đắk Lắk', 'Đắk Lắk', 'Phú Yên'),
  unit('Thành phố Hồ Chí Minh', 'TP. Hồ Chí Minh', 'Bình Dương', 'Bà Rịa – Vũng Tàu'),
  unit('Thành phố Đồng Nai', 'Đồng Nai', 'Bình Phước'),
  unit('Tây Ninh', 'Tây Ninh', 'Long An'),
  unit('Thành phố Cần Thơ', 'Cần Thơ', 'Sóc Trăng', 'Hậu Giang'),
  unit('Vĩnh Long', 'Vĩnh Long', 'Bến Tre', 'Trà Vinh'),
  unit('Đồng Tháp', 'Đồng Tháp', 'Tiền Giang'),
  unit('Cà Mau', 'Cà Mau', 'Bạc Liêu'),
  unit('An Giang', 'An Giang', 'Kiên Giang'),
];

/** Informal names → [today's name, the former name they stand for (if any)]. */
const ALIASES: ReadonlyArray<readonly [string, string, string?]> = [
  ['HCM', 'Thành phố Hồ Chí Minh'],
  ['TPHCM', 'Thành phố Hồ Chí Minh'],
  ['HCMC', 'Thành phố Hồ Chí Minh'],
  ['Ho Chi Minh City', 'Thành phố Hồ Chí Minh'],
  ['Sài Gòn', 'Thành phố Hồ Chí Minh'],
  ['HN', 'Thành phố Hà Nội'],
  ['TPHN', 'Thành phố Hà Nội'],
  ['Hanoi', 'Thành phố Hà Nội'],
  ['Thua Thien Hue', 'Thành phố Huế', 'Thừa Thiên Huế'],
  ['TT Huế', 'Thành phố Huế', 'Thừa Thiên Huế'],
  ['TTH', 'Thành phố Huế', 'Thừa Thiên Huế'],
  ['BRVT', 'Thành phố Hồ Chí Minh', 'Bà Rịa – Vũng Tàu'],
  ['Vũng Tàu', 'Thành phố Hồ Chí Minh', 'Bà Rịa – Vũng Tàu'],
  ['Bà Rịa', 'Thành phố Hồ Chí Minh', 'Bà Rịa – Vũng Tàu'],
  ['Đắc Lắc', 'Đắk Lắk'],
  ['Đắc Nông', 'Lâm Đồng', 'Đắk Nông'],
  ['Bắc Cạn', 'Thái Nguyên', 'Bắc Kạn'],
  ['Kontum', 'Quảng Ngãi', 'Kon Tum'],
];

// Administrative prefixes people add or drop: "Tỉnh", "TP.", "T.P.", "Thành phố".
const PREFIX = /^(?:tinh|tp|t p|thanh pho)\s+/;

/** Folded, prefix-less, space-less: "TP. Hồ Chí Minh" and "ho chi minh" share a key. */
export function provinceKey(input: string): string {
  return foldForSearch(input).replace(PREFIX, '').replace(/ /g, '');
}

const INDEX = buildIndex();

function buildIndex(): Map<string, ProvinceMatch> {
  const index = new Map<string, ProvinceMatch>();
  for (const p of PROVINCES) {
    for (const former of p.formerNames) {
      const same = provinceKey(former) === provinceKey(p.name);
      index.set(provinceKey(former), same ? { name: p.name } : { name: p.name, matchedFormer: former });
    }
  }
  for (const [alias, name, former] of ALIASES) {
    index.set(provinceKey(alias), former === undefined ? { name } : { name, matchedFormer: former });
  }
  // Today's names last: if a key were ever shared, today's unit wins.
  for (const p of PROVINCES) index.set(provinceKey(p.name), { name: p.name });
  return index;
}

/** Today's province for a name written any common way, or undefined when none matches. */
export function findProvince(input: string): ProvinceMatch | undefined {
  const key = provinceKey(input);
  if (key === '') return undefined;
  const found = INDEX.get(key);
  return found === undefined ? undefined : { ...found };
}

/** Today's names whose name, former names or aliases contain the term; best matches first. */
export function searchProvinces(term: string): string[] {
  const folded = foldForSearch(term).replace(PREFIX, '');
  const needle = folded.replace(/ /g, '');
  if (needle === '') return PROVINCES.map((p) => p.name).sort(compareVietnamese);
  const rank = new Map<string, number>();
  const consider = (name: string, text: string, isToday: boolean): void => {
    const key = provinceKey(text);
    let r: number | undefined;
    if (key.startsWith(needle)) r = isToday ? 0 : 1;
    else if (key.includes(needle) || foldForSearch(text).includes(folded)) r = 2;
    if (r !== undefined && r < (rank.get(name) ?? 3)) rank.set(name, r);
  };
  for (const p of PROVINCES) {
    consider(p.name, p.name, true);
    for (const former of p.formerNames) consider(p.name, former, false);
  }
  for (const [alias, name] of ALIASES) consider(name, alias, false);
  return [...rank.entries()]
    .sort(([a, ra], [b, rb]) => ra - rb || compareVietnamese(a, b))
    .map(([name]) => name);
}

/** For a name that matched nothing: what it may have meant (search first, then near typos). */
export function suggestProvinces(term: string, limit = 3): string[] {
  if (foldForSearch(term) === '') return [];
  const found = searchProvinces(term);
  if (found.length > 0) return found.slice(0, limit);
  const key = provinceKey(term);
  if (key.length > 40) return [];
  const tolerance = Math.max(1, Math.floor(key.length / 4));
  const best = new Map<string, number>();
  for (const [candidate, match] of INDEX) {
    const d = editDistance(key, candidate);
    if (d <= tolerance && d < (best.get(match.name) ?? Infinity)) best.set(match.name, d);
  }
  return [...best.entries()]
    .sort(([a, da], [b, db]) => da - db || compareVietnamese(a, b))
    .slice(0, limit)
    .map(([name]) => name);
}

/** CCCD digits 1–3: the province (former list) where the birth was registered. */
export const CCCD_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội', '002': 'Hà Giang', '004': 'Cao Bằng', '006': 'Bắc Kạn', '008': 'Tuyên Quang',
  '010': 'Lào Cai', '011': 'Điện Biên', '012': 'Lai Châu', '014': 'Sơn La', '015': 'Yên Bái',
  '017': 'Hòa Bình', '019': 'Thái Nguyên', '020': 'Lạng Sơn', '022': 'Quảng Ninh',
  '024': 'Bắc Giang', '025': 'Phú Thọ', '026': 'Vĩnh Phúc', '027': 'Bắc Ninh', '030': 'Hải Dương',
  '031': 'Hải Phòng', '033': 'Hưng Yên', '034': 'Thái Bình', '035': 'Hà Nam', '036': 'Nam Định',
  '037': 'Ninh Bình', '038': 'Thanh Hóa', '040': 'Nghệ An', '042': 'Hà Tĩnh', '044': 'Quảng Bình',
  '045': 'Quảng Trị', '046': 'Thừa Thiên Huế', '048': 'Đà Nẵng', '049': 'Quảng Nam',
  '051': 'Quảng Ngãi', '052': 'Bình Định', '054': 'Phú Yên', '056': 'Khánh Hòa',
  '058': 'Ninh Thuận', '060': 'Bình Thuận', '062': 'Kon Tum', '064': 'Gia Lai', '066': 'Đắk Lắk',
  '067': 'Đắk Nông', '068': 'Lâm Đồng', '070': 'Bình Phước', '072': 'Tây Ninh',
  '074': 'Bình Dương', '075': 'Đồng Nai', '077': 'Bà Rịa – Vũng Tàu', '079': 'TP. Hồ Chí Minh',
  '080': 'Long An', '082': 'Tiền Giang', '083': 'Bến Tre', '084': 'Trà Vinh', '086': 'Vĩnh Long',
  '087': 'Đồng Tháp', '089': 'An Giang', '091': 'Kiên Giang', '092': 'Cần Thơ', '093': 'Hậu Giang',
  '094': 'Sóc Trăng', '095': 'Bạc Liêu', '096': 'Cà Mau',
};
