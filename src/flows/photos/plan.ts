/**
 * From the matches to what `photos` will do to each student: attach (checked now, as the CLI's
 * --front/--back are; a HEIC photo once converted), keep (a form already sent), or nothing to do.
 */
import { checkField } from '../../core/fields/check.js';
import type { PhotoKey } from '../../core/fields/photo.js';
import type { FolderFile, PhotoMatch } from '../../core/photos/match.js';
import type { PhotoSide } from '../../core/photos/side.js';
import { STUDENT_STATES, type StudentFields, type StudentRecord } from '../../core/record.js';

export const SIDE_KEYS: Record<PhotoSide, PhotoKey> = { front: 'frontPhoto', back: 'backPhoto' };

export interface Attachment {
  record: StudentRecord;
  side: PhotoSide;
  file: FolderFile;
  /** Where the file is, as the system names it. */
  absolute: string;
  heic: boolean;
  /** The side held another photo. */
  replaces: boolean;
  /** Accepted, but worth a look (a very large file, an odd shape). */
  warnings: string[];
}

export interface PhotoPlan {
  attach: Attachment[];
  /** Students past "ready" whose photos stay (no --overwrite). */
  kept: StudentRecord[];
  already: Array<{ record: StudentRecord; side: PhotoSide }>;
  /** Files matched but refused by the photo checks. */
  refused: Array<{ file: FolderFile; message: string }>;
}

/** After "Ghi nhận" the photos went with the form: changing them here changes nothing at BHXH. */
export const isPastReady = (record: StudentRecord): boolean =>
  STUDENT_STATES.indexOf(record.state) > STUDENT_STATES.indexOf('ready');

/** The record's photo fields once `attachments` (all of one student) are in. */
export function withPhotos(fields: StudentFields, attachments: readonly { side: PhotoSide; path: string }[]): StudentFields {
  const next = { ...fields };
  for (const { side, path } of attachments) next[SIDE_KEYS[side]] = path;
  return next;
}

/**
 * `absoluteOf` gives each matched file's real path; `convertedOf`, for a HEIC file, where its JPEG
 * would be kept (undefined when it cannot be read). JPEG and PNG files are checked against the
 * student's other photos as they will be (front ≠ back); a HEIC file is checked once converted.
 */
export function planPhotos(
  matches: readonly PhotoMatch[],
  absoluteOf: (file: FolderFile) => string,
  convertedOf: (match: PhotoMatch, absolute: string) => string | undefined,
  overwrite: boolean,
): PhotoPlan {
  const plan: PhotoPlan = { attach: [], kept: [], already: [], refused: [] };
  const byStudent = new Map<string, PhotoMatch[]>();
  for (const match of matches) byStudent.set(match.record.id, [...(byStudent.get(match.record.id) ?? []), match]);
  for (const group of byStudent.values()) {
    const record = (group[0] as PhotoMatch).record;
    if (isPastReady(record) && !overwrite) {
      plan.kept.push(record);
      continue;
    }
    const planned = group.map((match) => ({ match, absolute: absoluteOf(match.file) }));
    const fields = withPhotos(record.fields, planned.filter(({ match }) => match.file.kind !== 'heic').map(({ match, absolute }) => ({ side: match.side, path: absolute })));
    for (const { match, absolute } of planned) {
      const key = SIDE_KEYS[match.side];
      const current = record.fields[key];
      const heic = match.file.kind === 'heic';
      // What the record would hold: for a HEIC photo, the JPEG made from it.
      const target = heic ? convertedOf(match, absolute) : absolute;
      if (target !== undefined && current === target) {
        plan.already.push({ record, side: match.side });
        continue;
      }
      const check = heic ? { ok: true as const, warnings: [] } : checkField(key, absolute, { record: fields });
      if (!check.ok) {
        plan.refused.push({ file: match.file, message: check.message });
        continue;
      }
      const replaces = current !== undefined && current !== '';
      plan.attach.push({ record, side: match.side, file: match.file, absolute, heic, replaces, warnings: check.warnings });
    }
  }
  return plan;
}
