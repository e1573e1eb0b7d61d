/**
 * Removing a lock whose owner is gone, whatever other writers do meanwhile. The lock's name is
 * never emptied while it holds anything but the very file judged stale, because the only step that
 * empties it (unlinking the name) is taken after checking, by a hard link of our own:
 *
 *   1. look at the lock: judged stale (lock.ts) as file J (device, inode, size, time, content);
 *   2. hard-link the lock's name to a name of our own (the aside): it holds what the lock held then;
 *   3. the aside is J and J has exactly two names, then (in this order) the lock's name still holds
 *      J: then unlink the lock's name; in every case unlink the aside (a link: nothing moves).
 *
 * Why 3 is safe: while the lock's name holds J, nobody else can change it: a new lock is made by
 * link or O_EXCL, which fail on a taken name; J's owner is gone; and any other remover must, before
 * unlinking, see J with two names, which it cannot while our aside is a third (asides are removed
 * by their maker, once their maker is gone (below), or swept as leftovers by a writer holding the
 * lock, when the lock's name no longer holds J). So from our check to our unlink the name holds J,
 * and J is what goes. A remover that dies leaves its aside: the next one removes it once
 * its maker (named in it: pid and start time) is known to be gone. test/store/stale-lock.test.ts
 * checks every interleaving of three writers against this argument.
 *
 * The protocol is a generator of file-system steps, run on the real file system by lock.ts and on a
 * model of one by the test.
 */

export interface LockLook {
  kind: 'file' | 'folder' | 'other';
  dev: number;
  ino: number;
  /** How many names the file has. */
  nlink: number;
  size: number;
  mtimeMs: number;
  /** The content of a small regular file; undefined for anything else, or when it could not be read. */
  text?: string;
}

/**
 * A file-system step, with what the protocol has learnt so far (the file judged stale, the asides
 * left to clear, the outcome): the step alone says where the protocol stands, so a model checker
 * can tell two runs that reached the same point.
 */
export type ReapStep = (
  | { op: 'look'; path: string }
  | { op: 'link'; from: string; to: string }
  | { op: 'unlink'; path: string }
  /** The names of the asides beside the lock (`<lock>.….stale`), in its folder. */
  | { op: 'list'; beside: string }
) & { judged?: LockLook; rest?: readonly string[]; outcome?: ReapOutcome };

/** `taken`: the new name exists; `unsupported`: the file system has no hard links (FAT). */
export type LinkResult = 'ok' | 'gone' | 'taken' | 'unsupported';
export type ReapResult = LockLook | undefined | LinkResult | readonly string[] | void;

/** `changed`: not the stale lock any more; `contended`: another remover is at work, try again shortly. */
export type ReapOutcome = 'removed' | 'changed' | 'contended' | 'unsupported';

export interface Reaper {
  lock: string;
  /** Our own name for the link, unique to this attempt and naming this process (see reaperGone). */
  aside: string;
  isStale(look: LockLook): boolean;
  /** Whether the process that made this aside (a name from `list`) has ended. */
  reaperGone(aside: string): boolean;
}

/** One file, seen twice: links (which change a file's link count and ctime) aside. */
export const sameFile = (a: LockLook, b: LockLook): boolean =>
  a.kind === b.kind && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.text === b.text;

export function* reapStaleLock(reaper: Reaper): Generator<ReapStep, ReapOutcome, ReapResult> {
  const { lock, aside } = reaper;
  const judged = (yield { op: 'look', path: lock }) as LockLook | undefined;
  if (judged === undefined || !reaper.isStale(judged)) return 'changed';
  const linked = (yield { op: 'link', from: lock, to: aside, judged }) as LinkResult;
  if (linked === 'unsupported') return 'unsupported';
  if (linked !== 'ok') return 'changed';
  const outcome = yield* check(reaper, judged);
  yield { op: 'unlink', path: aside, outcome };
  return outcome;
}

/** Step 3, with our aside made: remove the lock if it is J under two names; clear the asides of dead removers. */
function* check({ lock, aside, reaperGone }: Reaper, judged: LockLook): Generator<ReapStep, ReapOutcome, ReapResult> {
  // The count of names first, then the lock's name: in the other order, a remover that unlinked
  // the lock in between leaves two names (its aside and ours) and a new lock to be taken for J.
  const held = (yield { op: 'look', path: aside, judged }) as LockLook | undefined;
  if (held === undefined || !sameFile(held, judged)) return 'changed';
  if (held.nlink === 2) {
    const still = (yield { op: 'look', path: lock, judged }) as LockLook | undefined;
    if (still === undefined || !sameFile(still, judged)) return 'changed';
    yield { op: 'unlink', path: lock, judged };
    return 'removed';
  }
  // A third name: another remover at work, or the aside of one that died (cleared here: its name
  // is its own, which no live process will use).
  const names = (yield { op: 'list', beside: lock, judged }) as readonly string[];
  const gone = names.filter((name) => name !== aside && reaperGone(name));
  for (const [i, name] of gone.entries()) yield { op: 'unlink', path: name, judged, rest: gone.slice(i + 1) };
  return 'contended';
}
