/**
 * Students a merge took out of the store because a class file contradicts them (merge.ts): kept
 * whole, as a class file the monitor can read, fix and import again, in a `set-aside/` folder
 * beside the data file, readable by the owner only (folder 0700, file 0600). Written before the
 * store drops them, so a failure between the two writes leaves a copy too many, never none.
 */
import path from 'node:path';
import { vietnamWallClock } from '../core/calendar/vietnam-time.js';
import { writeFileAtomic } from './atomic-write.js';
import { makeFolder } from './folder.js';

export const setAsideFolder = (storePath: string): string => path.join(path.dirname(path.resolve(storePath)), 'set-aside');

/** A new file in the folder named by Vietnam's time (`2026-12-07-0015.json`, `-2` and on when taken); returns its path. */
export function writeSetAside(storePath: string, text: string, now: Date): string {
  const folder = setAsideFolder(storePath);
  makeFolder(folder);
  const { date, time } = vietnamWallClock(now);
  const stamp = `${date}-${time.replace(':', '')}`;
  for (let n = 1; ; n++) {
    const file = path.join(folder, `${stamp}${n === 1 ? '' : `-${n}`}.json`);
    try {
      writeFileAtomic(file, text, { exclusive: true });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 99) throw error;
    }
  }
}
