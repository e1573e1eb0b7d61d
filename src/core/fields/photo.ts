/**
 * Photo files: the one place in the field checks that touches the file system, through a small
 * interface so tests (and callers that must not do I/O) can pass their own.
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StudentFields } from '../record.js';
import { photo as M } from './messages.js';
import { normalizePhotoPath } from './photo-path.js';

/** The largest photo accepted, in bytes (10 MB). */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

export interface PhotoFiles {
  /** Undefined when nothing exists at the path; throws for other errors (permissions …). */
  stat(path: string): { isFile: boolean; size: number } | undefined;
  /** The first `length` bytes (fewer if the file is shorter). */
  readHead(path: string, length: number): Uint8Array;
  realPath(path: string): string;
}

export const nodePhotoFiles: PhotoFiles = {
  stat(path) {
    const st = statSync(path, { throwIfNoEntry: false });
    return st === undefined ? undefined : { isFile: st.isFile(), size: st.size };
  },
  readHead(path, length) {
    const fd = openSync(path, 'r');
    try {
      const buffer = new Uint8Array(length);
      return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
    } finally {
      closeSync(fd);
    }
  },
  realPath: (path) => realpathSync(path),
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
  | { ok: true; path: string; format: 'jpeg' | 'png'; size: number }
  | { ok: false; message: string };

const reason = (error: unknown): string =>
  error instanceof Error && 'code' in error ? String(error.code) : String(error);

/** Exists, is a non-empty file of at most MAX_PHOTO_BYTES, and is a JPEG or PNG by its bytes. */
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
    if (kind === 'jpeg' || kind === 'png') return { ok: true, path, format: kind, size: stat.size };
    if (kind === 'heic') return { ok: false, message: M.heic(shown) };
    if (kind === 'pdf') return { ok: false, message: M.pdf(shown) };
    return { ok: false, message: M.notImage(shown) };
  } catch (error) {
    return { ok: false, message: M.unreadable(shown, reason(error)) };
  }
}

/** The same file for both sides of the document (compared by real path, links resolved). */
export function isSamePhoto(front: string, back: string, files: PhotoFiles = nodePhotoFiles): boolean {
  const real = (p: string): string => {
    const path = resolve(normalizePhotoPath(p));
    try {
      return files.realPath(path);
    } catch {
      return path;
    }
  };
  return real(front) === real(back);
}

/** Every photo problem of a record, per field: what the wizard checks before "ready". */
export function checkRecordPhotos(
  fields: StudentFields,
  files: PhotoFiles = nodePhotoFiles,
): Array<{ field: 'frontPhoto' | 'backPhoto' | 'portraitPhoto'; message: string }> {
  const problems: Array<{ field: 'frontPhoto' | 'backPhoto' | 'portraitPhoto'; message: string }> = [];
  for (const field of ['frontPhoto', 'backPhoto', 'portraitPhoto'] as const) {
    const path = fields[field];
    if (path === undefined || path === '') continue;
    const check = checkPhotoFile(path, files);
    if (!check.ok) problems.push({ field, message: check.message });
  }
  const { frontPhoto, backPhoto } = fields;
  if (frontPhoto && backPhoto && isSamePhoto(frontPhoto, backPhoto, files)) {
    problems.push({ field: 'backPhoto', message: M.sameFile });
  }
  return problems;
}
