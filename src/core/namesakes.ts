/**
 * Classmates with the same name told apart wherever a student is picked or listed: by the birth
 * year their CCCD number carries and the last digits of their BHXH code (never a whole number).
 */
import { cccdBirthYear } from './fields/cccd-year.js';
import type { StudentRecord } from './record.js';
import { foldForSearch } from './text.js';

type Named = Pick<StudentRecord, 'id' | 'fields'>;

/** What sets one namesake apart: "sinh 2004, BHXH …4567"; the id alone when nothing else does. */
export function namesakeTag(record: Named): string {
  const year = cccdBirthYear(record.fields.idNumber ?? '');
  const code = record.fields.bhxhCode;
  const parts = [year === undefined ? '' : `sinh ${year}`, code ? `BHXH …${code.slice(-4)}` : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : `mã ${record.id}`;
}

/**
 * How two names are the same: `typed`, as a search matches them (folded: "Nguyen Van An" is
 * "Nguyễn Văn An"), for pickers, where typing the name cannot choose; `shown`, as they read on
 * screen (case aside), for lists, where only a name that looks the same needs telling apart, and a
 * school's 5,000 names are compared without folding each.
 */
export type SameName = 'typed' | 'shown';

const nameKey: Record<SameName, (name: string) => string> = {
  typed: foldForSearch,
  shown: (name) => name.trim().toLowerCase(),
};

/** The tag of each student whose name another of `records` shares, by id. */
export function namesakeTags(records: readonly Named[], same: SameName = 'typed'): Map<string, string> {
  const key = nameKey[same];
  const byName = new Map<string, Named[]>();
  for (const record of records) {
    const name = key(record.fields.name ?? '');
    if (name === '') continue;
    byName.set(name, [...(byName.get(name) ?? []), record]);
  }
  const tags = new Map<string, string>();
  for (const group of byName.values()) if (group.length > 1) for (const record of group) tags.set(record.id, namesakeTag(record));
  return tags;
}

/** Whether every one of `records` has the same name: typing the full name cannot choose between them. */
export const allNamesakes = (records: readonly Named[]): boolean =>
  records.length > 1 && new Set(records.map((r) => foldForSearch(r.fields.name ?? ''))).size === 1;

/** The name as lists show it, with its tag when a classmate has the same one. */
export const nameWithTag = (name: string, tag: string | undefined): string => (tag === undefined ? name : `${name} (${tag})`);
