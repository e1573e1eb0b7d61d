/**
 * Which saved student and which side of the ID card each file of a photo folder is, from its
 * name alone (and the names of the folders it sits in under the one given: Google Drive keeps a
 * Forms question's uploads in a folder named after the question, "CCCD mặt trước (File responses)").
 * Pure: the shell lists the folder and reads each file's first bytes for `kind`.
 */
import type { ImageKind } from '../fields/photo.js';
import type { StudentRecord } from '../record.js';
import { foldForSearch } from '../text.js';
import { sideOf, type PhotoSide } from './side.js';

export interface FolderFile {
  /** Relative to the folder given, with "/" between folders; shown to the user as it is. */
  path: string;
  /** By its first bytes; undefined when they are no known image. */
  kind: ImageKind | undefined;
}

export type MissReason = 'not-image' | 'no-student' | 'many-students' | 'namesakes' | 'side-unknown' | 'same-side-twice';

export interface PhotoMatch {
  file: FolderFile;
  record: StudentRecord;
  side: PhotoSide;
  /** The BHXH code or ID number in the name, or the whole name. */
  by: 'code' | 'name';
}

export interface PhotoMiss {
  file: FolderFile;
  reason: MissReason;
  /** The students it could be (many-students, namesakes) or is (side-unknown, same-side-twice). */
  candidates: StudentRecord[];
}

const ATTACHABLE = new Set<ImageKind | undefined>(['jpeg', 'png', 'heic']);

/**
 * The folded words of each part of a file's path, the file name last and without its extension:
 * "Ảnh/An_MẶT-TRƯỚC.JPG" → [[anh], [an, mat, truoc]].
 */
export function pathWords(path: string): string[][] {
  const parts = path.split(/[\\/]/);
  const last = (parts.pop() ?? '').replace(/\.[^.]{1,5}$/, '');
  return [...parts, last].map((part) => foldForSearch(part).split(' ').filter((word) => word !== ''));
}

interface NameHit {
  record: StudentRecord;
  /** Which part of the path (pathWords) holds it, and where in that part. */
  part: number;
  start: number;
  length: number;
  folded: string;
}

/** Where each student's whole name stands in one part of the path, word for word and in order. */
function nameHits(parts: readonly string[][], records: readonly StudentRecord[]): NameHit[] {
  const hits: NameHit[] = [];
  for (const record of records) {
    const folded = foldForSearch(record.fields.name ?? '');
    if (folded === '') continue;
    const name = folded.split(' ');
    parts.forEach((words, part) => {
      for (let start = 0; start + name.length <= words.length; start += 1) {
        if (name.every((word, i) => words[start + i] === word)) hits.push({ record, part, start, length: name.length, folded });
      }
    });
  }
  // "Nguyễn An" inside "Nguyễn An Khang" is the longer name's file, not a second candidate.
  return hits.filter((hit) => !hits.some((other) => other.part === hit.part &&
    other.length > hit.length && other.start <= hit.start && other.start + other.length >= hit.start + hit.length));
}

/**
 * The side the path names, read from the file name up through its folders: the nearest part that
 * names a side decides ("Đăng ký trước 30/9/CCCD mặt sau/x.jpg" is a back). The student's own
 * name is left out: "Sáu" is a given name as well as "sau".
 */
function sideIn(parts: readonly string[][], own: readonly NameHit[]): PhotoSide | undefined {
  for (let part = parts.length - 1; part >= 0; part -= 1) {
    const inName = (i: number) => own.some((hit) => hit.part === part && i >= hit.start && i < hit.start + hit.length);
    const side = sideOf((parts[part] ?? []).filter((_, i) => !inName(i)));
    if (side === 'both') return undefined;
    if (side !== undefined) return side;
  }
  return undefined;
}

/** Students whose BHXH code or ID number is one of the words, or a run of digits in one. */
function codeHits(words: readonly string[], records: readonly StudentRecord[]): StudentRecord[] {
  const found = new Set(words.flatMap((word) => [word, ...(word.match(/\d+/g) ?? [])]));
  return records.filter(({ fields }) =>
    [fields.bhxhCode, fields.idNumber].some((code) => code !== undefined && code !== '' && found.has(code.toLowerCase())));
}

const unique = (records: readonly StudentRecord[]): StudentRecord[] => [...new Map(records.map((r) => [r.id, r])).values()];

function matchOne(file: FolderFile, records: readonly StudentRecord[]): PhotoMatch | PhotoMiss {
  if (!ATTACHABLE.has(file.kind)) return { file, reason: 'not-image', candidates: [] };
  const parts = pathWords(file.path);
  const names = nameHits(parts, records);
  const named = unique(names.map((hit) => hit.record));
  const coded = unique(codeHits(parts.flat(), records));
  let record: StudentRecord | undefined;
  let by: PhotoMatch['by'] = 'code';
  if (coded.length > 1) return { file, reason: 'many-students', candidates: coded };
  if (coded.length === 1) {
    record = coded[0] as StudentRecord;
    // A name that clearly belongs to someone else contradicts the code.
    if (named.length > 0 && !named.some((r) => r.id === record?.id)) return { file, reason: 'many-students', candidates: [record, ...named] };
  } else {
    if (named.length === 0) return { file, reason: 'no-student', candidates: [] };
    if (named.length > 1) {
      const namesakes = new Set(names.map((hit) => hit.folded)).size === 1;
      return { file, reason: namesakes ? 'namesakes' : 'many-students', candidates: named };
    }
    record = named[0] as StudentRecord;
    by = 'name';
  }
  const side = sideIn(parts, names.filter((hit) => hit.record.id === record.id));
  if (side === undefined) return { file, reason: 'side-unknown', candidates: [record] };
  return { file, record, side, by };
}

/**
 * Each file matched to one student and one side, or the reason it is not. Two files for the
 * same side of the same student are both left out: which one is right is the monitor's call.
 */
export function matchPhotos(files: readonly FolderFile[], records: readonly StudentRecord[]): { matches: PhotoMatch[]; misses: PhotoMiss[] } {
  const results = files.map((file) => matchOne(file, records));
  const perSide = new Map<string, number>();
  const key = (match: PhotoMatch) => `${match.record.id} ${match.side}`;
  for (const result of results) if ('side' in result) perSide.set(key(result), (perSide.get(key(result)) ?? 0) + 1);
  const matches: PhotoMatch[] = [];
  const misses: PhotoMiss[] = [];
  for (const result of results) {
    if (!('side' in result)) misses.push(result);
    else if ((perSide.get(key(result)) ?? 0) > 1) misses.push({ file: result.file, reason: 'same-side-twice', candidates: [result.record] });
    else matches.push(result);
  }
  return { matches, misses };
}
