/**
 * Photo files: the one place in the field checks that touches the file system, through a small
 * interface so tests (and callers that must not do I/O) can pass their own.
 */
import { realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StudentFields } from '../record.js';
import { NotRegularFileError, readAt, withRegularFile } from '../regular-file.js';
import { FIELD_LABELS, photoMessages as M } from './messages.js';
import { normalizePhotoPath } from './photo-path.js';
import { photoQuality } from './photo-quality.js';
import { imageSize, type ImageSize } from './photo-size.js';

/** The largest photo accepted, in bytes (10 MB). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export interface PhotoFiles {
  /** Undefined when nothing exists at the path; throws for other errors (permissions …). */
  stat(path: string): { isFile: boolean; size: number } | undefined;
  /** The first `length` bytes (fewer if the file is shorter). */
  readHead(path: string, length: number): Uint8Array;
  /** `length` bytes from `position`; without it, read from the head (the image size needs it past EXIF). */
  readAt?(path: string, position: number, length: number): Uint8Array;
  realPath(path: string): string;
  /**
   * Whether two files of equal size hold the same bytes. Optional: without it only paths are
   * compared (a copy of the front under another name then passes as the back).
   */
  sameContent?(a: string, b: string): boolean;
}

const COMPARE_CHUNK = 64 * 1024;

/**
 * Chunk by chunk, stopping at the first difference: two different photos differ early. Opened as
 * regular files only (core/regular-file.ts): a photo swapped for a FIFO after its check is
 * refused, not waited on; never read past the largest photo accepted.
 */
function sameBytes(a: string, b: string): boolean {
  return withRegularFile(a, (fa) =>
    withRegularFile(b, (fb) => {
      for (let position = 0; position <= MAX_PHOTO_BYTES; position += COMPARE_CHUNK) {
        const ba = readAt(fa.fd, position, COMPARE_CHUNK);
        const bb = readAt(fb.fd, position, COMPARE_CHUNK);
        if (!Buffer.from(ba).equals(bb)) return false;
        if (ba.length === 0) return true;
      }
      return false;
    }),
  );
}

const readBytes = (path: string, position: number, length: number): Uint8Array =>
  withRegularFile(path, ({ fd }) => readAt(fd, position, Math.min(length, MAX_PHOTO_BYTES)));

export const nodePhotoFiles: PhotoFiles = {
  stat(path) {
    const st = statSync(path, { throwIfNoEntry: false });
    return st === undefined ? undefined : { isFile: st.isFile(), size: st.size };
  },
  readHead: (path, length) => readBytes(path, 0, length),
  readAt: readBytes,
  realPath: (path) => realpathSync(path),
  sameContent: sameBytes,
};

export type ImageKind = 'jpeg' | 'png' | 'heic' | 'webp' | 'pdf';

const ascii = (bytes: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...bytes.subarray(from, to));

/** The file's type by its first bytes; the name is not trusted (phones rename HEIC to .jpg). */
export function sniffImage(head: Uint8Array): ImageKind | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (ascii(head, 4, 8) === 'ftyp' && /^(?:hei[cmsx]|hev[cmsx]|mif1|msf1)$/.test(ascii(head, 8, 12))) {
    return 'heic';
  }
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp';
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf';
  return undefined;
}

export type PhotoCheck =
  | {
      ok: true;
      path: string;
      format: 'jpeg' | 'png';
      size: number;
      /** Width and height in pixels from the header; undefined when it holds none (a warning says so). */
      dimensions?: ImageSize;
      /** Accepted, but worth a look: a very large file, an odd shape, no readable size. */
      warnings: string[];
    }
  | { ok: false; message: string };

const reason = (error: unknown): string =>
  error instanceof Error && 'code' in error ? String(error.code) : String(error);

/**
 * Exists, is a non-empty file of at most MAX_PHOTO_BYTES, is a JPEG or PNG by its bytes, and is
 * large enough to read (photo-quality.ts); a very large file or an odd shape only warns.
 */
export function checkPhotoFile(rawPath: string, files: PhotoFiles = nodePhotoFiles): PhotoCheck {
  const shown = normalizePhotoPath(rawPath);
  const path = resolve(shown);
  try {
    const stat = files.stat(path);
    if (stat === undefined) return { ok: false, message: M.notFound(shown) };
    if (!stat.isFile) return { ok: false, message: M.notFile(shown) };
    if (stat.size === 0) return { ok: false, message: M.emptyFile(shown) };
    if (stat.size > MAX_PHOTO_BYTES) {
      const mb = (stat.size / 1024 / 1024).toFixed(1).replace('.', ',');
      return { ok: false, message: M.tooBig(shown, mb, MAX_PHOTO_BYTES / 1024 / 1024) };
    }
    const kind = sniffImage(files.readHead(path, 12));
    if (kind === 'jpeg' || kind === 'png') {
      const readAt = (position: number, length: number): Uint8Array =>
        files.readAt ? files.readAt(path, position, length) : files.readHead(path, position + length).subarray(position);
      const dimensions = imageSize(kind, readAt);
      const quality = photoQuality(shown, dimensions, stat.size);
      if (quality.error !== undefined) return { ok: false, message: quality.error };
      const ok = { ok: true as const, path, format: kind, size: stat.size, warnings: quality.warnings };
      return dimensions === undefined ? ok : { ...ok, dimensions };
    }
    if (kind === 'heic') return { ok: false, message: M.heic(shown) };
    if (kind === 'pdf') return { ok: false, message: M.pdf(shown) };
    return { ok: false, message: M.notImage(shown) };
  } catch (error) {
    // Swapped for a folder or a FIFO between the look and the read.
    if (error instanceof NotRegularFileError) return { ok: false, message: M.notFile(shown) };
    return { ok: false, message: M.unreadable(shown, reason(error)) };
  }
}

export type PhotoKey = 'frontPhoto' | 'backPhoto' | 'portraitPhoto';
export const PHOTO_KEYS: readonly PhotoKey[] = ['frontPhoto', 'backPhoto', 'portraitPhoto'];

/**
 * Two photo paths that are one picture: the same file (by real path, links resolved) or a
 * byte-identical copy under another name. Contents are read only when the sizes are equal.
 */
export function samePhoto(a: string, b: string, files: PhotoFiles = nodePhotoFiles): 'file' | 'copy' | undefined {
  const real = (p: string): string => {
    const path = resolve(normalizePhotoPath(p));
    try {
      return files.realPath(path);
    } catch {
      return path;
    }
  };
  const [first, second] = [real(a), real(b)];
  if (first === second) return 'file';
  if (files.sameContent === undefined) return undefined;
  try {
    const [sa, sb] = [files.stat(first), files.stat(second)];
    if (!sa?.isFile || !sb?.isFile || sa.size !== sb.size || sa.size === 0 || sa.size > MAX_PHOTO_BYTES) return undefined;
    return files.sameContent(first, second) ? 'copy' : undefined;
  } catch {
    // Unreadable: checkPhotoFile says so on its own field.
    return undefined;
  }
}

/** The same file, or a byte-identical copy, for two photos. */
export function isSamePhoto(a: string, b: string, files: PhotoFiles = nodePhotoFiles): boolean {
  return samePhoto(a, b, files) !== undefined;
}

/** Why two photo fields may not be one picture; said from the point of view of `field`. */
export function samePhotoMessage(field: PhotoKey, other: PhotoKey, kind: 'file' | 'copy'): string {
  if (field === 'portraitPhoto' || other === 'portraitPhoto') {
    const side = FIELD_LABELS[field === 'portraitPhoto' ? other : field];
    return kind === 'file' ? M.portraitSameFile(side) : M.portraitSameContent(side);
  }
  return kind === 'file' ? M.sameFile : M.sameContent;
}

export interface PhotoPairProblem {
  /** The later field of the pair in the form's order (the back, or the portrait). */
  field: PhotoKey;
  /** The earlier one, which it repeats. */
  other: PhotoKey;
  message: string;
}

/** Every pair of photo fields that is one picture: front and back, and the portrait with either. */
export function photoPairProblems(fields: StudentFields, files: PhotoFiles = nodePhotoFiles): PhotoPairProblem[] {
  const problems: PhotoPairProblem[] = [];
  PHOTO_KEYS.forEach((other, i) => {
    const a = fields[other];
    if (!a) return;
    for (const field of PHOTO_KEYS.slice(i + 1)) {
      const b = fields[field];
      const kind = b ? samePhoto(a, b, files) : undefined;
      if (kind !== undefined) problems.push({ field, other, message: samePhotoMessage(field, other, kind) });
    }
  });
  return problems;
}

/** Every photo problem of a record, per field: what the wizard checks before "ready". */
export function checkRecordPhotos(
  fields: StudentFields,
  files: PhotoFiles = nodePhotoFiles,
): Array<{ field: PhotoKey; message: string }> {
  const problems: Array<{ field: PhotoKey; message: string }> = [];
  for (const field of PHOTO_KEYS) {
    const path = fields[field];
    if (path === undefined || path === '') continue;
    const check = checkPhotoFile(path, files);
    if (!check.ok) problems.push({ field, message: check.message });
  }
  for (const { field, message } of photoPairProblems(fields, files)) problems.push({ field, message });
  return problems;
}
