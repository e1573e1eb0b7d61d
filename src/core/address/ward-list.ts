/** Today's wards of a province, searched and resolved the way the app's list is used. */
import { matchRank, sameDistrict, wardKey, type NameKey } from './ward-key.js';
import type { WardData } from './ward-data.js';
import { compareVietnamese } from '../text.js';

/** A former ward (before 1/7/2025, or a name changed later) and the ward(s) it became part of. */
export interface FormerWardMatch {
  name: string;
  /** Its former district ("Quận 1"), '' when the data has none. */
  district: string;
  /** Today's wards it went into: one, or several when it was split. */
  becameParts: string[];
  /** When its name stopped being used, if not 1/7/2025 ("30/4/2026"). */
  until?: string;
}

export type WardOption = { kind: 'current'; name: string } | ({ kind: 'former' } & FormerWardMatch);

export type WardResolution =
  | { kind: 'current'; name: string }
  /** A former ward that became (part of) exactly one of today's wards. */
  | { kind: 'mapped'; name: string; former: FormerWardMatch }
  /** A former ward split into several of today's wards: which one depends on the house. */
  | { kind: 'split'; former: FormerWardMatch }
  /** Same-named former wards of several districts, going to different wards. */
  | { kind: 'ambiguous'; candidates: FormerWardMatch[] }
  /** The name without "Phường/Xã" fits several of today's units ("Long Hòa": a ward and a commune). */
  | { kind: 'unclear'; options: string[] }
  | { kind: 'unknown'; suggestions: string[] }
  /** No list for that province (an unknown name): nothing can be said. */
  | { kind: 'no-list' };

interface Entry<T> {
  key: NameKey;
  value: T;
}

interface ProvinceIndex {
  current: Entry<string>[];
  former: Entry<FormerWardMatch>[];
}


export class WardList {
  readonly source: WardData['source'];
  readonly #data: WardData;
  readonly #extra: ReadonlyArray<{ province: string; ward: string }>;
  /** Each province's search keys, made when the province is first asked about: a roster names few. */
  readonly #provinces = new Map<string, ProvinceIndex>();

  /** `extra`: wards the monitor added (`config add extraWards`), by today's province name. */
  constructor(data: WardData, extra: ReadonlyArray<{ province: string; ward: string }> = []) {
    this.source = data.source;
    this.#data = data;
    this.#extra = extra;
  }

  has(province: string): boolean {
    return Object.hasOwn(this.#data.provinces, province);
  }

  #index(province: string): ProvinceIndex | undefined {
    const known = this.#provinces.get(province);
    if (known !== undefined || !this.has(province)) return known;
    const unit = this.#data.provinces[province] as WardData['provinces'][string];
    const current = unit.wards.map((name) => ({ key: wardKey(name), value: name }));
    const former = unit.former.map(([name, district, targets, until]) => {
      const value: FormerWardMatch = { name, district: unit.districts[district] ?? '', becameParts: targets.map((t) => unit.wards[t] ?? '') };
      return { key: wardKey(name), value: until === undefined ? value : { ...value, until } };
    });
    for (const { ward } of this.#extra.filter((e) => e.province === province)) {
      if (!current.some((e) => e.value === ward)) current.push({ key: wardKey(ward), value: ward });
    }
    const index = { current, former };
    this.#provinces.set(province, index);
    return index;
  }

  /** Today's wards of the province, in Vietnamese order. */
  wardsOf(province: string): string[] {
    return (this.#index(province)?.current ?? []).map((e) => e.value).sort(compareVietnamese);
  }

  /**
   * What the app's list would show for `term`: today's wards first, then former wards with what
   * they became; the best matches first. An empty term lists today's wards.
   */
  search(province: string, term: string, limit = 50): WardOption[] {
    const index = this.#index(province);
    if (index === undefined) return [];
    const needle = wardKey(term);
    if (needle.full === '') return this.wardsOf(province).slice(0, limit).map((name) => ({ kind: 'current', name }));
    const ranked: { option: WardOption; rank: number; label: string }[] = [];
    for (const { key, value } of index.current) {
      const rank = matchRank(needle, key);
      if (rank !== undefined) ranked.push({ option: { kind: 'current', name: value }, rank: rank * 2, label: value });
    }
    for (const { key, value } of index.former) {
      const rank = matchRank(needle, key);
      if (rank !== undefined) ranked.push({ option: { kind: 'former', ...value }, rank: rank * 2 + 1, label: `${value.name} ${value.district}` });
    }
    return ranked
      .sort((a, b) => a.rank - b.rank || compareVietnamese(a.label, b.label))
      .slice(0, limit)
      .map((r) => r.option);
  }

  /**
   * A ward as written in a roster or a flag, with its former district when given: today's ward,
   * a former ward mapped to today's, or what is uncertain about it.
   */
  resolve(province: string, ward: string, district = ''): WardResolution {
    const index = this.#index(province);
    if (index === undefined) return { kind: 'no-list' };
    const needle = wardKey(ward);
    const exact = <T>(entries: Entry<T>[]) => entries.filter((e) => matchRank(needle, e.key) === 0).map((e) => e.value);
    const current = exact(index.current);
    if (current.length === 1) return { kind: 'current', name: current[0] as string };
    if (current.length > 1) return { kind: 'unclear', options: current };
    let former = exact(index.former);
    if (district.trim() !== '') {
      const inDistrict = former.filter((f) => sameDistrict(f.district, district));
      if (inDistrict.length > 0) former = inDistrict;
    }
    if (former.length === 0) {
      return { kind: 'unknown', suggestions: this.search(province, ward, 3).map(optionName) };
    }
    const targets = [...new Set(former.flatMap((f) => f.becameParts))];
    const first = former[0] as FormerWardMatch;
    if (targets.length === 1) return { kind: 'mapped', name: targets[0] as string, former: first };
    if (former.length === 1) return { kind: 'split', former: first };
    return { kind: 'ambiguous', candidates: former };
  }
}

/** The ward an option stands for, when it stands for exactly one. */
export function optionName(option: WardOption): string {
  return option.kind === 'current' ? option.name : option.becameParts.join(' / ');
}
