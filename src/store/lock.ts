/**
 * The lock that lets one process at a time change the data file: `<file>.lock`, created with
 * O_EXCL and holding who made it (pid, that process's start time, host name). A lock is never
 * taken from a process that is still running, however old it is (a laptop suspended mid-write, a
 * command stopped with Ctrl+Z): its owner could wake up and write over what came in between. A
 * lock whose owner is gone (a crash, a kill) is removed at once.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { NO_HARD_LINKS } from './atomic-write.js';

export interface LockOwner {
  pid: number;
  /** When the process started, as the system tells it (Linux: clock ticks since boot); undefined when unknown. */
  start?: string;
  host: string;
  /** When the lock was taken (ISO); for people reading the file, never trusted for staleness. */
  at: string;
}

/** A lock file with no readable owner is only that young while its maker is between creating and writing it. */
const UNREADABLE_GRACE_MS = 2_000;
const MAX_LOCK_BYTES = 4_096;

export function currentOwner(now: Date = new Date()): LockOwner {
  const start = processStart(process.pid);
  return { pid: process.pid, ...(start === undefined ? {} : { start }), host: os.hostname(), at: now.toISOString() };
}

/**
 * The start time of process `pid` from /proc (Linux): with the pid it names one process for good,
 * even after the pid is reused. Undefined elsewhere (macOS, Windows), where only the pid is checked.
 */
export function processStart(pid: number): string | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The name in parentheses may hold spaces and ')'; the fields after the last ')' are fixed.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Field 22 of the line is the start time; fields[0] here is field 3.
  return fields[19];
}

/** process.kill(pid, 0) sends nothing; it says whether the process exists (EPERM: it does, another user's). Works on Windows too. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function parseOwner(text: string): LockOwner | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockOwner> | null;
    if (typeof value !== 'object' || value === null) return undefined;
    if (!Number.isInteger(value.pid) || (value.pid as number) <= 0 || typeof value.host !== 'string') return undefined;
    return value as LockOwner;
  } catch {
    return undefined;
  }
}

export type LockVerdict = 'live' | 'dead' | 'unknown-host';

/** Whether the lock's owner still runs; a lock made on another computer (a shared folder) cannot be checked. */
export function judgeOwner(owner: LockOwner, host: string = os.hostname()): LockVerdict {
  if (owner.host !== host) return 'unknown-host';
  if (owner.pid === process.pid) return 'live';
  if (!processAlive(owner.pid)) return 'dead';
  // Same pid, another process started since: the owner is gone and its pid reused.
  if (owner.start !== undefined) {
    const start = processStart(owner.pid);
    if (start !== undefined && start !== owner.start) return 'dead';
  }
  return 'live';
}

export type LockState =
  | { kind: 'gone' }
  | { kind: 'held'; owner?: LockOwner; verdict: LockVerdict | 'unreadable' }
  | { kind: 'stale' };

/** What stands at `lock` now: nothing, a lock to wait for, or one left by a process that is gone. */
export function inspectLock(lock: string, now: number = Date.now()): LockState {
  let text = '';
  let mtime: number;
  try {
    // Not read through a link or from a device planted at the lock's name (/dev/zero never ends).
    const stat = fs.lstatSync(lock);
    if (!stat.isFile() || stat.size > MAX_LOCK_BYTES) return { kind: 'stale' };
    mtime = stat.mtimeMs;
    text = fs.readFileSync(lock, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'gone' };
    throw error;
  }
  const owner = parseOwner(text);
  if (owner === undefined) {
    // Its maker died between creating and writing it, or it is dated in the future (a clock set
    // back, a planted file): not trusted either way.
    const age = now - mtime;
    return age > UNREADABLE_GRACE_MS || age < -UNREADABLE_GRACE_MS ? { kind: 'stale' } : { kind: 'held', verdict: 'unreadable' };
  }
  const verdict = judgeOwner(owner);
  return verdict === 'dead' ? { kind: 'stale' } : { kind: 'held', owner, verdict };
}

/**
 * Removes a stale lock unless another process replaced it meanwhile: the lock is first renamed to
 * a name of our own, then checked again; a live lock caught that way is put back.
 */
export function removeStaleLock(lock: string): void {
  const aside = `${lock}.${process.pid}.${Date.now()}.stale`;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // Someone else removed it first.
  }
  const state = inspectLock(aside);
  if (state.kind === 'held') {
    // A fresh lock was taken between our look and the rename: give it back (unless a third took the name).
    try {
      fs.linkSync(aside, lock);
    } catch {
      // The name is taken again: that owner and this one both think they hold it; the next check sorts it out.
    }
  }
  fs.rmSync(aside, { force: true });
}

/**
 * Creates the lock with our owner record already in it; false when it exists. The record is
 * written to a file of our own first and then hard-linked to the lock's name (atomic, fails if the
 * name is taken), so a kill at any moment never leaves an empty lock behind. File systems without
 * hard links (FAT USB sticks) get O_EXCL and a write.
 */
export function tryCreateLock(lock: string, owner: LockOwner): boolean {
  const mine = `${lock}.${process.pid}.${randomBytes(4).toString('hex')}.new`;
  try {
    fs.writeFileSync(mine, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    fs.rmSync(mine, { force: true });
    throw error;
  }
  try {
    fs.linkSync(mine, lock);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // ENOENT: our own file was swept away as a leftover meanwhile; the caller simply tries again.
    if (code === 'EEXIST' || code === 'ENOENT') return false;
    if (!NO_HARD_LINKS.has(code ?? '')) throw error;
  } finally {
    fs.rmSync(mine, { force: true });
  }
  return createLockExclusively(lock, owner);
}

function createLockExclusively(lock: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx', 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
  } catch (error) {
    // A full disk: no half-written lock left behind to block the next command.
    fs.closeSync(fd);
    fs.rmSync(lock, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return true;
}
