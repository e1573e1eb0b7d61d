import { foldForSearch } from '../text.js';
import { HEADER_NAMES, NAME_PARTS, NAME_PART_ORDER, OTHER_PERSON, PREFIX_WORDS, TIMESTAMP_HEADERS, type NamePart } from './header-names.js';
import { noticeMessages } from './messages.js';
import { ROSTER_KEYS, type RosterKey } from './types.js';

type Target = { key: RosterKey; part?: undefined } | { key?: undefined; part: NamePart };
interface HeaderMatch {
  target: Target;
  exact: boolean;
}

let exactNames: Map<string, Target> | undefined;
let prefixNames: { folded: string; target: Target }[] | undefined;

const fold = (text: string): string => foldForSearch(text).replace(/\s+/g, ' ').trim();
const stripBrackets = (text: string): string => text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');

function indexNames(): { exact: Map<string, Target>; prefix: { folded: string; target: Target }[] } {
  if (exactNames === undefined || prefixNames === undefined) {
    exactNames = new Map();
    prefixNames = [];
    for (const part of NAME_PART_ORDER) for (const name of NAME_PARTS[part]) exactNames.set(fold(name), { part });
    for (const key of ROSTER_KEYS) {
      for (const name of HEADER_NAMES[key]) {
        const folded = fold(name);
        exactNames.set(folded, { key });
        if (folded.includes(' ') || PREFIX_WORDS.has(folded)) prefixNames.push({ folded, target: { key } });
      }
    }
    prefixNames.sort((a, b) => b.folded.length - a.folded.length);
  }
  return { exact: exactNames, prefix: prefixNames };
}

/** Which roster column a header names: exactly (after folding, brackets dropped) or by a known start. */
export function matchHeader(header: string): HeaderMatch | undefined {
  const { exact, prefix } = indexNames();
  const base = fold(stripBrackets(header));
  if (base === '') return undefined;
  const found = exact.get(fold(header)) ?? exact.get(base);
  if (found !== undefined) return { target: found, exact: true };
  const padded = ` ${base} `;
  if (OTHER_PERSON.some((words) => padded.includes(words))) return undefined;
  const match = prefix.find(({ folded }) => base.startsWith(`${folded} `));
  return match === undefined ? undefined : { target: match.target, exact: false };
}

export interface ColumnPlan {
  /** Column index per key; `name` may instead come from `nameParts`. */
  keys: Map<RosterKey, number>;
  /** Split name columns to join, in name order, when there is no full-name column. */
  nameParts: number[];
  ignoredColumns: string[];
  notices: string[];
  /** The answer-time column (Google Forms' "Dấu thời gian"), the first one found. */
  timestamp?: number;
  /** How many roster keys the header provides; 0 means it is not a header. */
  score: number;
}

/** Maps a header row to roster keys; of two columns for one key the exact name wins, else the first. */
export function planColumns(headers: readonly string[]): ColumnPlan {
  const candidates = new Map<RosterKey, { index: number; exact: boolean }[]>();
  const parts = new Map<NamePart, number>();
  const ignored: string[] = [];
  const planNotices: string[] = [];
  let timestamp: number | undefined;
  const timestampNames = new Set(TIMESTAMP_HEADERS.map(fold));
  headers.forEach((header, index) => {
    const match = matchHeader(header);
    if (match === undefined && timestamp === undefined && timestampNames.has(fold(header))) timestamp = index;
    else if (match === undefined) {
      if (header.trim() !== '') ignored.push(header.trim());
    } else if (match.target.part !== undefined) {
      if (parts.has(match.target.part)) ignored.push(header.trim());
      else parts.set(match.target.part, index);
    } else {
      const list = candidates.get(match.target.key) ?? [];
      list.push({ index, exact: match.exact });
      candidates.set(match.target.key, list);
    }
  });
  const keys = new Map<RosterKey, number>();
  for (const [key, list] of candidates) {
    const chosen = list.find((c) => c.exact) ?? list[0];
    if (chosen === undefined) continue;
    keys.set(key, chosen.index);
    for (const other of list) {
      if (other === chosen) continue;
      const [used, skipped] = [headers[chosen.index] ?? '', headers[other.index] ?? ''];
      ignored.push(skipped.trim());
      planNotices.push(noticeMessages.duplicateColumn(key, used.trim(), skipped.trim()));
    }
  }
  let nameParts: number[] = [];
  if (keys.has('name')) {
    for (const index of parts.values()) ignored.push((headers[index] ?? '').trim());
  } else {
    nameParts = NAME_PART_ORDER.flatMap((part) => (parts.has(part) ? [parts.get(part) ?? 0] : []));
  }
  const score = keys.size + (nameParts.length > 0 ? 1 : 0);
  const plan: ColumnPlan = { keys, nameParts, ignoredColumns: [...new Set(ignored)], notices: planNotices, score };
  return timestamp === undefined ? plan : { ...plan, timestamp };
}
