/** The roster file as `import` reads it: opened once, checked, then read whole or in pieces. */
import { closeSync } from 'node:fs';
import { FileTooLargeError, NotRegularFileError, openRegularFile, readAt, readWhole } from '../../core/regular-file.js';
import { RosterError } from '../../core/roster/errors.js';
import { fileMessages } from '../../core/roster/messages.js';
import { UserError } from '../../errors.js';
import { importMessages as M } from './messages.js';

/** A roster of a whole school is a few MB; past this, a wrong file (a video, a disk image). */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

/** The first piece must hold the head the delimiter is told from (64 KB). */
const PIECE_BYTES = 256 * 1024;

export interface RosterFile {
  /** Its size when opened. */
  size: number;
  /** Its bytes in pieces, each read when asked for: the file is never whole in memory. */
  pieces(): Iterable<Uint8Array>;
  whole(): Promise<Uint8Array>;
}

const tooLarge = () => new RosterError(fileMessages.tooLarge(MAX_ROSTER_BYTES / 1024 / 1024));

/**
 * `use` with the roster opened through one descriptor (core/regular-file.ts): only a regular file,
 * never a FIFO or a device (which would be waited on, or grow without end), even through a link
 * named .xlsx; at most MAX_ROSTER_BYTES, checked before and while reading. What the system refuses
 * (no such file, no access) becomes a message saying what to do.
 */
export async function withRosterFile<T>(file: string, use: (roster: RosterFile) => Promise<T>): Promise<T> {
  try {
    const { fd, size } = openRegularFile(file);
    try {
      if (size > MAX_ROSTER_BYTES) throw tooLarge();
      return await use({
        size,
        *pieces() {
          for (let position = 0; ; ) {
            // A new buffer each time: the parser may still hold the end of the previous piece.
            const piece = readAt(fd, position, PIECE_BYTES);
            if (piece.length === 0) return;
            position += piece.length;
            // Grew while being read: more than the size it had a moment ago.
            if (position > size) throw tooLarge();
            yield piece;
          }
        },
        whole: async () => readWhole(fd, size, file, size),
      });
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw explain(error, file);
  }
}

function explain(error: unknown, file: string): unknown {
  if (error instanceof UserError) return error;
  if (error instanceof FileTooLargeError) return tooLarge();
  if (error instanceof NotRegularFileError) {
    return error.kind === 'directory' ? new UserError(M.isDirectory(file), { hint: M.isDirectoryHint }) : new RosterError(fileMessages.notRegular);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP') {
    return new UserError(M.notFound(file), { hint: M.notFoundHint });
  }
  if (code === 'EISDIR') return new UserError(M.isDirectory(file), { hint: M.isDirectoryHint });
  if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') return new UserError(M.noAccess(file), { hint: M.noAccessHint });
  return error;
}
