/** Search keys for ward and district names, typed loosely ("p1", "phuong 1", "sai gon", "Q.1"). */
import { foldForSearch } from '../text.js';

// Abbreviations people write before a ward's or a district's name, and the word they stand for.
const WARD_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^p(?= |\d|$)/, 'phuong'],
  [/^x(?= |\d|$)/, 'xa'],
  [/^tt(?= |\d|$)/, 'thi tran'],
  [/^dk(?= |\d|$)/, 'dac khu'],
];
const WARD_PREFIX = /^(?:phuong|xa|thi tran|dac khu)(?: |$|(?=\d))/;

const DISTRICT_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^q(?= |\d|$)/, 'quan'],
  [/^h(?= |\d|$)/, 'huyen'],
  [/^tx(?= |\d|$)/, 'thi xa'],
  [/^tp(?= |\d|$)/, 'thanh pho'],
];
const DISTRICT_PREFIX = /^(?:quan|huyen|thi xa|thanh pho)(?: |$|(?=\d))/;

function expand(text: string, abbreviations: ReadonlyArray<readonly [RegExp, string]>): string {
  const folded = foldForSearch(text);
  for (const [pattern, word] of abbreviations) if (pattern.test(folded)) return folded.replace(pattern, `${word} `).replace(/ +/g, ' ').trim();
  return folded;
}

export interface NameKey {
  /** Folded, abbreviations spelled out, spaces removed: "phuongbennghe". */
  full: string;
  /** The same without "Phường/Xã/Thị trấn/Đặc khu" (or "Quận/Huyện/…"): "bennghe". */
  bare: string;
  /** Whether the text named its kind of unit ("Phường …"). */
  prefixed: boolean;
}

function key(text: string, abbreviations: typeof WARD_ABBREVIATIONS, prefix: RegExp): NameKey {
  const spelled = expand(text, abbreviations);
  const prefixed = prefix.test(spelled);
  const bare = spelled.replace(prefix, '');
  return { full: spelled.replace(/ /g, ''), bare: bare.replace(/ /g, ''), prefixed };
}

export const wardKey = (text: string): NameKey => key(text, WARD_ABBREVIATIONS, WARD_PREFIX);
export const districtKey = (text: string): NameKey => key(text, DISTRICT_ABBREVIATIONS, DISTRICT_PREFIX);

/** Whether two district names are the same district ("Q.1" = "Quận 1"; "1" = "Quận 1"). */
export function sameDistrict(a: string, b: string): boolean {
  const ka = districtKey(a);
  const kb = districtKey(b);
  if (ka.bare === '' || kb.bare === '') return false;
  return ka.prefixed && kb.prefixed ? ka.full === kb.full : ka.bare === kb.bare;
}

/**
 * How well a typed term matches a name: 0 the same name, 1 the name starts with it, 2 it is inside
 * the name, undefined no match. "sai gon" and "Phường Sài Gòn" are the same name.
 */
export function matchRank(term: NameKey, name: NameKey): number | undefined {
  if (term.full === '') return undefined;
  const [needle, hay] = term.prefixed ? [term.full, name.full] : [term.bare, name.bare];
  if (needle === '') return term.prefixed && name.full.startsWith(term.full) ? 1 : undefined;
  if (hay === needle) return 0;
  if (hay.startsWith(needle)) return 1;
  if (hay.includes(needle) || name.full.includes(term.full)) return 2;
  return undefined;
}
