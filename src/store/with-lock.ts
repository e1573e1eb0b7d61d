/** A change made while holding the data file's lock (lock.ts), waited for while another live command holds it. */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { sleep } from './atomic-write.js';
import { makeFolder } from './folder.js';
import { currentOwner, inspectLock, removeStaleLock, tryCreateLock, type LockOwner } from './lock.js';
import { storeMessages } from './messages.js';

/**
 * How long a change waits for another process's lock. A lock is held for the milliseconds of one
 * read and write, so this is only reached when many commands run at once or a live owner is
 * stopped (Ctrl+Z, a suspended laptop): its lock is never taken, however old.
 */
export const LOCK_WAIT_MS = 15_000;
const LOCK_RETRY_MS = 15;

/**
 * Runs `action` holding `<file>.lock` (lock.ts), created with O_EXCL so only one process has it.
 * A lock whose owner has ended is removed at once; a live owner's lock is waited for up to
 * LOCK_WAIT_MS, then the change is refused with nothing written. Always released.
 */
export function withLock<T>(file: string, waitMs: number = LOCK_WAIT_MS, action: () => T): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + waitMs;
  const owner = currentOwner();
  let madeFolder = false;
  let holder: LockOwner | undefined;
  for (;;) {
    try {
      if (tryCreateLock(lock, owner)) break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !madeFolder) {
        // The folder was removed since open: make it again.
        makeFolder(path.dirname(lock));
        madeFolder = true;
        continue;
      }
      throw error;
    }
    const state = inspectLock(lock);
    if (state.kind === 'stale') {
      removeStaleLock(lock);
      continue;
    }
    if (state.kind === 'gone') continue;
    holder = state.owner;
    if (Date.now() >= deadline) {
      throw new UserError(storeMessages.busy(file), { hint: storeMessages.busyHint(lock, holder) });
    }
    sleep(LOCK_RETRY_MS + Math.floor(Math.random() * LOCK_RETRY_MS));
  }
  try {
    return action();
  } finally {
    releaseLock(lock, owner);
  }
}

/** Removes the lock if it is still ours (never another process's, should ours have been taken). */
function releaseLock(lock: string, owner: LockOwner): void {
  try {
    const stat = fs.lstatSync(lock);
    if (!stat.isFile() || stat.size > 4_096) return;
    if (fs.readFileSync(lock, 'utf8') === JSON.stringify(owner)) fs.unlinkSync(lock);
  } catch {
    // Already gone: nothing to release.
  }
}
