/** The roster file as `import` reads it: opened once, checked, then read whole or in pieces. */
import { readSync } from 'node:fs';
import { open } from 'node:fs/promises';
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
 * `use` with the roster opened through one descriptor: only a regular file (never /dev/zero or a
 * pipe, which would grow without end), and at most MAX_ROSTER_BYTES, checked before and while
 * reading. What the system refuses (no such file, no access) becomes a message saying what to do.
 */
export async function withRosterFile<T>(file: string, use: (roster: RosterFile) => Promise<T>): Promise<T> {
  try {
    const handle = await open(file, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw new UserError(M.isDirectory(file), { hint: M.isDirectoryHint });
      if (!stat.isFile()) throw new RosterError(fileMessages.notRegular);
      if (stat.size > MAX_ROSTER_BYTES) throw tooLarge();
      return await use({
        size: stat.size,
        *pieces() {
          for (let position = 0; ; ) {
            // A new buffer each time: the parser may still hold the end of the previous piece.
            const buffer = Buffer.allocUnsafe(PIECE_BYTES);
            const read = readSync(handle.fd, buffer, 0, PIECE_BYTES, position);
            if (read === 0) return;
            position += read;
            // Grew while being read: more than the size it had a moment ago.
            if (position > stat.size) throw tooLarge();
            yield buffer.subarray(0, read);
          }
        },
        async whole() {
          const buffer = Buffer.alloc(stat.size + 1);
          let length = 0;
          for (;;) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0) break;
            length += bytesRead;
            if (length > stat.size) throw tooLarge();
          }
          return buffer.subarray(0, length);
        },
      });
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP') {
      throw new UserError(M.notFound(file), { hint: M.notFoundHint });
    }
    if (code === 'EISDIR') throw new UserError(M.isDirectory(file), { hint: M.isDirectoryHint });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new UserError(M.noAccess(file), { hint: M.noAccessHint });
    throw error;
  }
}
