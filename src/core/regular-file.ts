/**
 * Opening a file the user named (a roster, a class file, a photo) without ever waiting on it. A
 * FIFO opened for reading blocks until a writer comes, and a device never ends (/dev/zero): so the
 * path is opened with O_NONBLOCK (the open returns at once whatever stands there), the descriptor
 * itself is checked with fstat (a path checked first and swapped before the open is still caught),
 * and anything that is not a regular file is refused before a byte is read. Reads stop at a limit.
 */
import fs from 'node:fs';

/** Undefined on Windows, which has no FIFOs to wait on: there the open needs no flag. */
const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

/** What stands at a path that is not a regular file. */
export class NotRegularFileError extends Error {
  constructor(
    readonly path: string,
    readonly kind: 'directory' | 'special',
  ) {
    super(`${path} is not a regular file (${kind})`);
    this.name = 'NotRegularFileError';
  }
}

/** Larger than the limit the caller set (the file may have grown while being read). */
export class FileTooLargeError extends Error {
  constructor(
    readonly path: string,
    readonly limit: number,
  ) {
    super(`${path} is larger than ${limit} bytes`);
    this.name = 'FileTooLargeError';
  }
}

export interface RegularFile {
  fd: number;
  size: number;
}

/**
 * The path opened read-only, known to be a regular file; throws NotRegularFileError otherwise
 * (the descriptor closed), and the system's error (ENOENT, EACCES …) as it comes.
 */
export function openRegularFile(path: string): RegularFile {
  const fd = fs.openSync(path, fs.constants.O_RDONLY | NONBLOCK);
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new NotRegularFileError(path, stat.isDirectory() ? 'directory' : 'special');
    return { fd, size: stat.size };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

/** `use` with the file opened by openRegularFile, closed afterwards whatever happens. */
export function withRegularFile<T>(path: string, use: (file: RegularFile) => T): T {
  const file = openRegularFile(path);
  try {
    return use(file);
  } finally {
    fs.closeSync(file.fd);
  }
}

/** Up to `length` bytes from `position` (fewer at the end of the file). */
export function readAt(fd: number, position: number, length: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(length);
  let filled = 0;
  while (filled < length) {
    const read = fs.readSync(fd, buffer, filled, length - filled, position + filled);
    if (read === 0) break;
    filled += read;
  }
  return buffer.subarray(0, filled);
}

/** The whole file, refused with FileTooLargeError past `limit` bytes, checked before and while reading. */
export function readRegularFile(path: string, limit: number): Uint8Array {
  return withRegularFile(path, ({ fd, size }) => readWhole(fd, size, path, limit));
}

/** The rest of an opened file from its start; one byte more than its size is asked for, to see it grow. */
export function readWhole(fd: number, size: number, path: string, limit: number): Uint8Array {
  if (size > limit) throw new FileTooLargeError(path, limit);
  const bytes = readAt(fd, 0, size + 1);
  if (bytes.length > size) {
    // Grown since the fstat: read on up to the limit, never further.
    const more = readAt(fd, bytes.length, limit + 1 - bytes.length);
    if (bytes.length + more.length > limit) throw new FileTooLargeError(path, limit);
    return Buffer.concat([bytes, more]);
  }
  return bytes;
}
