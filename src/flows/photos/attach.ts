/**
 * Saves a confirmed plan: HEIC photos converted and written to the data folder, each checked
 * like a photo given to `register`, then every student changed through the store's one update.
 */
import { checkField } from '../../core/fields/check.js';
import { MAX_PHOTO_BYTES } from '../../core/fields/photo.js';
import { photosMessages as M } from '../../core/photos/messages.js';
import type { FolderFile } from '../../core/photos/match.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import { STATE_LABELS } from '../../core/tracking/messages.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { convertedPhotoPath, removeStoredPhotoFiles, writeConvertedPhoto } from '../../store/photos.js';
import { readWholeFile } from './folder.js';
import { heicToJpeg } from './heic.js';
import { isPastReady, SIDE_KEYS, withPhotos, type Attachment } from './plan.js';

export interface AttachResult {
  saved: Array<Attachment & { path: string }>;
  refused: Array<{ file: FolderFile; message: string }>;
}

const why = (error: unknown): string => (error instanceof RangeError ? `${error.message} byte` : error instanceof Error ? error.message : String(error));

/** The JPEG to attach for a HEIC photo, in the data folder; a message when it cannot be made. */
async function convert(attachment: Attachment, storePath: string): Promise<{ path: string } | { message: string }> {
  try {
    const heic = readWholeFile(attachment.absolute, MAX_PHOTO_BYTES);
    const file = convertedPhotoPath(storePath, attachment.record.id, attachment.side, heic);
    writeConvertedPhoto(storePath, file, await heicToJpeg(heic, MAX_PHOTO_BYTES));
    return { path: file };
  } catch (error) {
    if (error instanceof UserError) throw error;
    return { message: M.heicFailed(attachment.file.path, why(error)) };
  }
}

/** Converted photos not attached after all, unless the student already had that very file. */
function dropConverted(items: ReadonlyArray<Attachment & { path: string }>, storePath: string): void {
  const unused = items.filter((item) => item.heic && item.record.fields[SIDE_KEYS[item.side]] !== item.path);
  removeStoredPhotoFiles(storePath, unused.map((item) => item.path));
}

export async function attachPhotos(
  attachments: readonly Attachment[], store: Store, overwrite: boolean, now: Date,
): Promise<AttachResult> {
  const storePath = store.path;
  const result: AttachResult = { saved: [], refused: [] };
  const ready: Array<Attachment & { path: string }> = [];
  for (const attachment of attachments) {
    if (!attachment.heic) {
      ready.push({ ...attachment, path: attachment.absolute });
      continue;
    }
    const converted = await convert(attachment, storePath);
    if ('message' in converted) result.refused.push({ file: attachment.file, message: converted.message });
    else ready.push({ ...attachment, path: converted.path });
  }
  const byStudent = new Map<string, typeof ready>();
  for (const item of ready) byStudent.set(item.record.id, [...(byStudent.get(item.record.id) ?? []), item]);
  const accepted = new Map<string, typeof ready>();
  for (const [id, items] of byStudent) {
    const fields = withPhotos((items[0] as Attachment).record.fields, items);
    // The converted ones are checked now, against the student's photos as they will be.
    const good = items.filter((item) => {
      if (!item.heic) return true;
      const check = checkField(SIDE_KEYS[item.side], item.path, { record: fields });
      if (check.ok) return true;
      result.refused.push({ file: item.file, message: check.message });
      dropConverted([item], storePath);
      return false;
    });
    if (good.length > 0) accepted.set(id, good);
  }
  const change = (current: StudentRecord): StudentRecord => {
    // Another terminal may have recorded "Ghi nhận" since the plan was shown.
    if (isPastReady(current) && !overwrite) {
      throw new UserError(M.kept(displayName(current.fields), current.id, STATE_LABELS[current.state]));
    }
    const items = accepted.get(current.id) ?? [];
    const sources = { ...current.sources };
    for (const item of items) sources[SIDE_KEYS[item.side]] = 'import';
    return { ...current, fields: withPhotos(current.fields, items), sources };
  };
  for (const outcome of store.updateEach([...accepted.keys()], change, now)) {
    const items = accepted.get(outcome.id) ?? [];
    if (!outcome.ok) {
      for (const item of items) result.refused.push({ file: item.file, message: outcome.error.message });
      dropConverted(items, storePath);
      continue;
    }
    result.saved.push(...items);
    // A converted photo this one replaced is the tool's own copy: it goes.
    const replaced = items.map((item) => outcome.before.fields[SIDE_KEYS[item.side]]).filter((old) => old !== undefined && !items.some((item) => item.path === old));
    removeStoredPhotoFiles(storePath, replaced);
  }
  return result;
}
