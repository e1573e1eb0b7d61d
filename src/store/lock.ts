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
import path from 'node:path';
import { readAt, withRegularFile } from '../core/regular-file.js';
import { UserError } from '../errors.js';
import { NO_HARD_LINKS, sleep } from './atomic-write.js';
import { storeMessages } from './messages.js';
import { reapStaleLock, sameFile, type LinkResult, type LockLook, type ReapResult, type ReapStep } from './stale-lock.js';

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
  const look = lookAt(lock);
  return look === undefined ? { kind: 'gone' } : judgeLock(lock, look, now);
}

/** The verdict on a lock as seen; a folder at the lock's name is refused, never removed (it may hold files). */
export function judgeLock(lock: string, look: LockLook, now: number = Date.now()): Exclude<LockState, { kind: 'gone' }> {
  if (look.kind === 'folder') throw new UserError(storeMessages.lockIsFolder(lock), { hint: storeMessages.lockIsFolderHint(lock) });
  // A link, a device, a FIFO planted at the lock's name, or a file too large to be one: not a lock.
  if (look.kind !== 'file' || look.text === undefined) return { kind: 'stale' };
  const owner = parseOwner(look.text);
  if (owner === undefined) {
    // Its maker died between creating and writing it, or it is dated in the future (a clock set
    // back, a planted file): not trusted either way.
    const age = now - look.mtimeMs;
    return age > UNREADABLE_GRACE_MS || age < -UNREADABLE_GRACE_MS ? { kind: 'stale' } : { kind: 'held', verdict: 'unreadable' };
  }
  const verdict = judgeOwner(owner);
  return verdict === 'dead' ? { kind: 'stale' } : { kind: 'held', owner, verdict };
}

/**
 * The file at `path` without following a link, and the content of a small regular file, read
 * without blocking through a descriptor that is checked to be that same file; undefined when nothing is there.
 */
export function lookAt(file: string): LockLook | undefined {
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (stat === undefined) return undefined;
  const kind = stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  const look: LockLook = { kind, dev: stat.dev, ino: stat.ino, nlink: stat.nlink, size: stat.size, mtimeMs: stat.mtimeMs };
  if (kind !== 'file' || stat.size > MAX_LOCK_BYTES) return look;
  try {
    return withRegularFile(file, ({ fd }) => {
      const opened = fs.fstatSync(fd);
      if (opened.ino !== stat.ino || opened.dev !== stat.dev) return look;
      return { ...look, text: new TextDecoder().decode(readAt(fd, 0, MAX_LOCK_BYTES + 1)) };
    });
  } catch {
    // Gone or swapped between the look and the open: seen without its content, so never the same file again.
    return look;
  }
}

/**
 * Removes the lock at `lock` if it is stale, and only the very file judged stale, whatever other
 * processes do meanwhile (stale-lock.ts). A file system without hard links (a FAT USB stick) gets
 * the rename below instead.
 */
export function removeStaleLock(lock: string): void {
  const owner = `${process.pid}-${processStart(process.pid) ?? ''}`;
  const aside = `${lock}.${owner}.${randomBytes(4).toString('hex')}.stale`;
  const steps = reapStaleLock({
    lock,
    aside,
    isStale: (look) => judgeLock(lock, look).kind === 'stale',
    reaperGone: (name) => reaperGone(lock, name),
  });
  let next = steps.next();
  while (next.done !== true) next = steps.next(runStep(next.value));
  const outcome = next.value;
  if (outcome === 'unsupported') removeWithoutLinks(lock, aside);
  // Another remover is at work: let it finish rather than meet it again at once.
  if (outcome === 'contended') sleep(5 + Math.floor(Math.random() * 20));
}

/** An aside of ours is named `<lock>.<pid>-<start>.<random>.stale`: its maker has ended when that process has. */
function reaperGone(lock: string, name: string): boolean {
  const match = /^(\d+)-(\d*)\.[0-9a-f]+\.stale$/.exec(path.basename(name).slice(path.basename(lock).length + 1));
  if (match === null) return false;
  const start = match[2] === '' ? {} : { start: match[2] };
  return judgeOwner({ pid: Number(match[1]), ...start, host: os.hostname(), at: '' }) === 'dead';
}

function runStep(step: ReapStep): ReapResult {
  switch (step.op) {
    case 'look':
      return lookAt(step.path);
    case 'link':
      return linkName(step.from, step.to);
    case 'unlink':
      unlinkIfThere(step.path);
      return;
    case 'list':
      return listAsides(step.beside);
  }
}

function linkName(from: string, to: string): LinkResult {
  try {
    fs.linkSync(from, to);
    return 'ok';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'gone';
    if (code === 'EEXIST') return 'taken';
    // No hard links here (FAT), or not to this kind of file (macOS follows a link to another disk).
    if (code !== undefined && NO_HARD_LINKS.has(code)) return 'unsupported';
    throw error;
  }
}

function unlinkIfThere(file: string): void {
  try {
    fs.unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function listAsides(lock: string): string[] {
  const prefix = `${path.basename(lock)}.`;
  try {
    return fs.readdirSync(path.dirname(lock)).filter((name) => name.startsWith(prefix) && name.endsWith('.stale')).map((name) => path.join(path.dirname(lock), name));
  } catch {
    return [];
  }
}

/**
 * Without hard links the lock is renamed aside and checked there; a lock that is not the one judged
 * stale is put back if its name is still free. A writer that takes the name in that moment shares
 * the lock with the one put aside: a risk only on such file systems, and only when three writers
 * meet a dead one's lock at once.
 */
function removeWithoutLinks(lock: string, aside: string): void {
  const judged = lookAt(lock);
  if (judged === undefined || judgeLock(lock, judged).kind !== 'stale') return;
  try {
    fs.renameSync(lock, aside);
  } catch {
    return; // Someone else removed it first.
  }
  const moved = lookAt(aside);
  if (moved !== undefined && !sameFile(moved, judged) && lookAt(lock) === undefined) {
    try {
      fs.renameSync(aside, lock);
      return;
    } catch {
      // Nothing more can be done for it; the next check sorts it out.
    }
  }
  unlinkIfThere(aside);
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
