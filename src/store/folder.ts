/**
 * The data folder and the file-system errors a user can act on: a folder made one level at a
 * time, a link refused, and "ENOTDIR…" turned into a Vietnamese message naming the path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DISK_FULL_CODES } from './atomic-write.js';
import { messages } from './messages.js';

/**
 * Creates the folder and its missing parents one by one. Not mkdirSync's `recursive`: on a path
 * under /proc it loops for ever at full CPU (Node keeps retrying an ENOENT that never goes away).
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; ; at = path.dirname(at)) {
    try {
      const stat = fs.statSync(at);
      if (!stat.isDirectory()) throw new UserError(messages.notADirectory(folder), { hint: messages.notADirectoryHint });
      break;
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new UserError(messages.notADirectory(folder), { hint: messages.notADirectoryHint });
      if (code !== 'ENOENT') throw error;
    }
    if (path.dirname(at) === at) break;
    missing.push(at);
  }
  for (const dir of missing.reverse()) {
    try {
      fs.mkdirSync(dir, { mode: 0o700 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && isDirectory(dir)) continue;
      if (code === 'EEXIST' || code === 'ENOTDIR') {
        // Some systems say EEXIST when a file stands where a folder of the path should be.
        throw new UserError(messages.notADirectory(folder), { hint: messages.notADirectoryHint });
      }
      if (code === 'ENOENT') throw new UserError(messages.cannotCreateFolder(folder), { hint: messages.notADirectoryHint });
      throw error;
    }
  }
}

const isDirectory = (dir: string): boolean => {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The folder or data.json as a symbolic link (or Windows junction) is refused: writing through it
 * would replace or move a file somewhere else, perhaps one that is not ours. Returns whether the
 * file exists.
 */
export function refuseLinks(folder: string, file: string): boolean {
  if (fs.lstatSync(folder).isSymbolicLink()) {
    throw new UserError(messages.folderIsLink(folder, realPathOf(folder)), { hint: messages.folderIsLinkHint });
  }
  let stat: fs.Stats | undefined;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return false;
  }
  if (stat.isSymbolicLink()) throw linkError(file);
  return true;
}

const realPathOf = (target: string): string => {
  try {
    return fs.realpathSync(target);
  } catch {
    return target;
  }
};

export const linkError = (file: string): UserError =>
  new UserError(messages.fileIsLink(file, realPathOf(file)), { hint: messages.fileIsLinkHint });

/** File-system errors a user can act on, in Vietnamese and naming the path, instead of "ENOTDIR…". */
export function guardAccess<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const { code, path: where } = error as NodeJS.ErrnoException;
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        throw new UserError(messages.cannotAccess(where ?? file), { hint: messages.cannotAccessHint });
      case 'ENOTDIR':
        throw new UserError(messages.notADirectory(path.dirname(file)), { hint: messages.notADirectoryHint });
      case 'EISDIR':
        throw new UserError(messages.isADirectory(where ?? file), { hint: messages.isADirectoryHint });
      case 'EROFS':
        throw new UserError(messages.readOnly(file), { hint: messages.readOnlyHint });
      case 'ENAMETOOLONG':
        throw new UserError(messages.nameTooLong(file), { hint: messages.notADirectoryHint });
      case 'ENOENT':
      case 'ELOOP':
        throw new UserError(messages.cannotReach(where ?? file), { hint: messages.notADirectoryHint });
      case 'EMFILE':
      case 'ENFILE':
      case 'ENOMEM':
        throw new UserError(messages.noResources(file), { hint: messages.noResourcesHint });
      default:
        if (code !== undefined && DISK_FULL_CODES.has(code)) {
          throw new UserError(messages.diskFull(file), { hint: messages.diskFullHint });
        }
        throw error;
    }
  }
}
