/** Which class a student belongs to, once several classes are merged into one store. */
import type { StudentRecord } from './record.js';
import { compareVietnameseNumbers, foldForSearch } from './text.js';

/** The record's class, or the store's own (its profile's class name) when it carries none. */
export function classOf(record: Pick<StudentRecord, 'className'>, storeClass: string): string {
  return (record.className ?? '').trim() || storeClass.trim();
}

/** "12a1", "12 A1" and "12A1" are one class: a teacher types it as it comes. */
export const classKey = (name: string): string => foldForSearch(name).replace(/[^\p{L}\p{N}]/gu, '');

export const sameClass = (a: string, b: string): boolean => classKey(a) === classKey(b);

/** The class names present, in Vietnamese order; a record with no class at all gives ''. */
export function classNames(records: readonly StudentRecord[], storeClass: string): string[] {
  const byKey = new Map<string, string>();
  // A school's thousands of records carry a few names: each name is folded once.
  const seen = new Set<string>();
  for (const record of records) {
    const name = classOf(record, storeClass);
    if (seen.has(name)) continue;
    seen.add(name);
    const key = classKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey.values()].sort(compareVietnameseNumbers);
}

/** The students of one class. */
export function inClass(records: readonly StudentRecord[], className: string, storeClass: string): StudentRecord[] {
  return records.filter((record) => sameClass(classOf(record, storeClass), className));
}
