/**
 * Which saved student a `<mã>` argument names: the short id (any case), the BHXH code (10 digits, or the 12-digit personal ID number),
 * or the name, typed with or without diacritics, in any case. One function for every command.
 */
import type { StudentRecord } from './record.js';
import { foldForSearch } from './text.js';

export type StudentLookup =
  | { kind: 'found'; record: StudentRecord }
  | { kind: 'none' }
  | { kind: 'many'; candidates: StudentRecord[] };


// 10 digits, or the 12-digit personal ID number BHXH uses in its place from 1/8/2025 (Công văn
// 1804/BHXH-QLT of 04/08/2025). A pattern only: the field's validators are not loaded for a lookup.
const BHXH = /^(?:\d{10}|\d{12})$/;

/**
 * An id or BHXH code that exists wins outright, unless it is one student's id and another's code. Then names: the whole name equal (folded) to what
 * was typed; failing that, names holding every typed word as a whole word ("an" finds "Nguyễn
 * Văn An", not "Lan"). More than one such name is a choice for the person, never a guess.
 */
export function findStudent(records: readonly StudentRecord[], query: string): StudentLookup {
  const key = query.trim();
  if (key === '') return { kind: 'none' };
  const byId = records.find((record) => record.id === key.toLowerCase());
  const byBhxh = BHXH.test(key) ? records.find((record) => record.fields.bhxhCode?.trim() === key) : undefined;
  // One student's id and another's BHXH code (a hand-made class file): which one is meant is not for the tool to guess.
  if (byId !== undefined && byBhxh !== undefined && byId !== byBhxh) return { kind: 'many', candidates: [byId, byBhxh] };
  const found = byId ?? byBhxh;
  if (found !== undefined) return { kind: 'found', record: found };
  if (BHXH.test(key)) return { kind: 'none' };
  const wanted = foldForSearch(key);
  if (wanted === '') return { kind: 'none' };
  const folded = records.map((record) => ({ record, name: foldForSearch(record.fields.name ?? '') }));
  const exact = folded.filter(({ name }) => name === wanted);
  const words = wanted.split(' ');
  const matches =
    exact.length > 0 ? exact : folded.filter(({ name }) => name !== '' && words.every((word) => name.split(' ').includes(word)));
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length === 1) return { kind: 'found', record: (matches[0] as (typeof matches)[number]).record };
  return { kind: 'many', candidates: matches.map(({ record }) => record) };
}
