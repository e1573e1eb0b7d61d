/**
 * The data folder and the file-system errors a user can act on: a folder made one level at a
 * time, a link refused, and "ENOTDIR…" turned into a Vietnamese message naming the path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DISK_FULL_CODES } from './atomic-write.js';
import { storeMessages } from './messages.js';

/**
 * Creates the folder and its missing parents one by one. Not mkdirSync's `recursive`: on a path
 * under /proc it loops for ever at full CPU (Node keeps retrying an ENOENT that never goes away).
 */
export function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let at = folder; ; at = path.dirname(at)) {
    try {
      const stat = fs.statSync(at);
      if (!stat.isDirectory()) throw new UserError(storeMessages.notADirectory(folder), { hint: storeMessages.notADirectoryHint });
      break;
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') throw new UserError(storeMessages.notADirectory(folder), { hint: storeMessages.notADirectoryHint });
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
        throw new UserError(storeMessages.notADirectory(folder), { hint: storeMessages.notADirectoryHint });
      }
      if (code === 'ENOENT') throw new UserError(storeMessages.cannotCreateFolder(folder), { hint: storeMessages.notADirectoryHint });
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
    throw new UserError(storeMessages.folderIsLink(folder, realPathOf(folder)), { hint: storeMessages.folderIsLinkHint });
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
  new UserError(storeMessages.fileIsLink(file, realPathOf(file)), { hint: storeMessages.fileIsLinkHint });

/** What a user is told for each system error code they can act on: the message (of the path) and the hint. */
const EXPLAINED: Record<string, (file: string, where: string) => [string, string]> = {
  EACCES: (_file, where) => [storeMessages.cannotAccess(where), storeMessages.cannotAccessHint],
  EPERM: (_file, where) => [storeMessages.cannotAccess(where), storeMessages.cannotAccessHint],
  ENOTDIR: (file) => [storeMessages.notADirectory(path.dirname(file)), storeMessages.notADirectoryHint],
  EISDIR: (_file, where) => [storeMessages.isADirectory(where), storeMessages.isADirectoryHint],
  EROFS: (file) => [storeMessages.readOnly(file), storeMessages.readOnlyHint],
  ENAMETOOLONG: (file) => [storeMessages.nameTooLong(file), storeMessages.notADirectoryHint],
  ENOENT: (_file, where) => [storeMessages.cannotReach(where), storeMessages.notADirectoryHint],
  ELOOP: (_file, where) => [storeMessages.cannotReach(where), storeMessages.notADirectoryHint],
  EMFILE: (file) => [storeMessages.noResources(file), storeMessages.noResourcesHint],
  ENFILE: (file) => [storeMessages.noResources(file), storeMessages.noResourcesHint],
  ENOMEM: (file) => [storeMessages.noResources(file), storeMessages.noResourcesHint],
  ...Object.fromEntries([...DISK_FULL_CODES].map((code) => [code, (file: string) => [storeMessages.diskFull(file), storeMessages.diskFullHint]])),
};

/** File-system errors a user can act on, in Vietnamese and naming the path, instead of "ENOTDIR…". */
export function guardAccess<T>(file: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const { code, path: where, syscall } = error as NodeJS.ErrnoException;
    // On Windows a rename over a file another program holds open (an editor, antivirus, OneDrive)
    // fails with one of these codes once the writer's retries are spent.
    if (syscall === 'rename' && process.platform === 'win32' && (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES')) {
      throw new UserError(storeMessages.heldOpen(file), { hint: storeMessages.heldOpenHint });
    }
    const explain = code !== undefined && Object.hasOwn(EXPLAINED, code) ? EXPLAINED[code] : undefined;
    if (explain === undefined) throw error;
    // A rename's error names its source, our temporary file: the user knows the data file.
    const [message, hint] = explain(file, syscall === 'rename' ? file : (where ?? file));
    throw new UserError(message, { hint });
  }
}
