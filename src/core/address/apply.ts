/** The ward list applied to an answer given without a prompt (a roster row, `register --yes`). */
import { wardMessages as M, listSource } from './messages.js';
import type { WardList } from './ward-list.js';

export interface WardCheck {
  /** The ward to store: today's name when the written one was mapped, else as written. */
  ward: string;
  /** A former ward was mapped: its former district is no longer part of the address. */
  clearDistrict: boolean;
  warnings: string[];
}

/**
 * Never refuses: an unknown ward is kept with a warning (lists change by resolution), since the
 * person can still find it in the app. `fix` says where to correct it (roster or flags).
 */
export function checkWardInList(
  list: WardList, province: string, ward: string, district: string | undefined, fix: string,
): WardCheck {
  const keep = (warnings: string[]): WardCheck => ({ ward, clearDistrict: false, warnings });
  const found = list.resolve(province, ward, district ?? '');
  switch (found.kind) {
    case 'current':
      return { ward: found.name, clearDistrict: false, warnings: [] };
    case 'mapped':
      return { ward: found.name, clearDistrict: true, warnings: [M.mapped(found.former, found.name, listSource(list.source))] };
    case 'split':
      return keep([M.split(found.former, fix)]);
    case 'ambiguous':
      return keep([M.ambiguous(ward, found.candidates, fix)]);
    case 'unclear':
      return keep([M.unclear(ward, found.options)]);
    case 'unknown':
      return keep([M.unknown(ward, province, found.suggestions, listSource(list.source))]);
    case 'no-list':
      return keep([]);
  }
}
