/** Địa chỉ liên hệ: province from the built-in list; district, ward and street as text. */
import { findProvince, PROVINCES, suggestProvinces } from '../provinces.js';
import { normalizeText } from '../text.js';
import { freeTextRule, type Parsed } from './helpers.js';
import { FIELD_LABELS, provinceMessages as M, TEXT_EXPECTED } from './messages.js';

export const ADDRESS_MAX_LENGTH = { district: 100, ward: 100, street: 200 } as const;

/** Stores today's name ("Bình Dương" → "Thành phố Hồ Chí Minh"). */
export function parseProvince(raw: string): Parsed<string> {
  const s = normalizeText(raw);
  if (s === '') return { error: M.empty };
  const match = findProvince(s);
  if (match !== undefined) return { value: match.name };
  // Suggestions only for something that looks like a name, not for pasted paragraphs.
  return { error: M.unknown(s, s.length <= 40 ? suggestProvinces(s) : []) };
}

/** Says so when a former name was converted, so the person is not surprised by the change. */
export function provinceNotes(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  const match = findProvince(raw);
  if (match?.matchedFormer === undefined) return [];
  // Only Thừa Thiên Huế was renamed without a merger (it became Thành phố Huế).
  const merged = (PROVINCES.find((p) => p.name === match.name)?.formerNames.length ?? 0) > 1;
  return [merged ? M.merged(match.matchedFormer, match.name) : M.renamed(match.matchedFormer, match.name)];
}

/** Optional (see rules.ts): Vietnam has had no district level since 1 July 2025. */
export const parseDistrict = freeTextRule(FIELD_LABELS.district, ADDRESS_MAX_LENGTH.district, TEXT_EXPECTED.district);
export const parseWard = freeTextRule(FIELD_LABELS.ward, ADDRESS_MAX_LENGTH.ward, TEXT_EXPECTED.ward);
export const parseStreet = freeTextRule(FIELD_LABELS.street, ADDRESS_MAX_LENGTH.street, TEXT_EXPECTED.street);
