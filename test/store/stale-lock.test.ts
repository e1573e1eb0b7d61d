/**
 * The stale-lock protocol (src/store/stale-lock.ts), model-checked: every interleaving of the
 * file-system steps of three writers, on a model of a file system, starting from a lock left by a
 * dead process. Each writer does what store/file.ts does (create the lock by link, else look at it,
 * remove it if stale through the real protocol, else wait; then read and write the data; then
 * release its own lock). No interleaving may let two writers hold the lock at once, or lose a
 * change a writer reported saved.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleLock } from '../../src/store/lock.js';
import { reapStaleLock, type LinkResult, type LockLook, type ReapStep } from '../../src/store/stale-lock.js';
import { BIN } from '../e2e/helpers.js';

const LOCK = 'data.json.lock';
const DEAD = new Set(['D', 'R']);

interface World {
  /** Name → inode number. */
  names: Record<string, number>;
  /** Inode number → its content and time. */
  inodes: Record<number, { text: string; mtime: number }>;
  nextInode: number;
  data: number;
  /** The writer between reading and writing the data, if any. */
  inside: string | null;
}

/** A step, marked with the writer and attempt that takes it. */
type Step = (ReapStep | { op: 'create'; owner: string } | { op: 'rename'; from: string; to: string } | { op: 'read' } | { op: 'write'; value: number } | { op: 'leave' }) & {
  by?: string;
  attempt?: number;
  phase?: string;
};
type Writer = Generator<Step, 'saved' | 'busy', unknown>;
type Reap = (name: string, attempt: number) => Generator<Step, unknown, unknown>;

/** Tries per writer: enough for one to remove the stale lock and come back for it while the others act. */
const ATTEMPTS = 2;

const isStale = (look: LockLook) => look.text === undefined || [...DEAD].some((dead) => look.text === dead);
const asideOwner = (aside: string) => aside.slice(LOCK.length + 1).split('-')[0] ?? '';

/**
 * store/file.ts's withLock around one change, with `reap` for removing a stale lock. Each step
 * carries the writer's own state (its attempt, and the value it read), as the protocol's steps
 * carry theirs: the pending step is the writer's whole state.
 */
function* writer(name: string, reap: Reap, attempts: number): Writer {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const at = { by: name, attempt };
    if ((yield { op: 'create', owner: name, ...at }) === 'ok') {
      const value = (yield { op: 'read', ...at }) as number;
      yield { op: 'write', value: value + 1, ...at };
      yield { op: 'leave', ...at };
      // releaseLock: only a lock that is still ours.
      const mine = (yield { op: 'look', path: LOCK, ...at, phase: 'release' }) as LockLook | undefined;
      if (mine?.text === name) yield { op: 'unlink', path: LOCK, ...at, phase: 'release' };
      return 'saved';
    }
    const look = (yield { op: 'look', path: LOCK, ...at, phase: 'inspect' }) as LockLook | undefined;
    if (look === undefined || !isStale(look)) continue;
    // The protocol's steps, marked as this attempt's.
    const steps = reap(name, attempt);
    for (let next = steps.next(); next.done !== true; ) next = steps.next(yield { ...next.value, ...at, phase: 'reap' });
  }
  return 'busy';
}

const protocol: Reap = function* (name, attempt) {
  return yield* reapStaleLock({
    lock: LOCK,
    aside: `${LOCK}.${name}-${attempt}.stale`,
    isStale,
    reaperGone: (aside) => DEAD.has(asideOwner(aside)),
  });
};

/** The protocol this one replaced: rename the lock aside, check it there, link it back if live. */
const renameAside: Reap = function* (name, attempt) {
  const aside = `${LOCK}.${name}-${attempt}.stale`;
  if ((yield { op: 'rename', from: LOCK, to: aside }) !== 'ok') return;
  const moved = (yield { op: 'look', path: aside }) as LockLook | undefined;
  if (moved !== undefined && !isStale(moved)) yield { op: 'link', from: aside, to: LOCK };
  yield { op: 'unlink', path: aside };
};

/** One step on a copy of the world: the new world and what the step returns. */
function apply(world: World, step: Step, who: string): { world: World; result: unknown; violation?: string } {
  const next: World = { ...world, names: { ...world.names }, inodes: { ...world.inodes } };
  const nlink = (inode: number) => Object.values(next.names).filter((i) => i === inode).length;
  const drop = (name: string) => {
    const inode = next.names[name];
    delete next.names[name];
    if (inode !== undefined && nlink(inode) === 0) delete next.inodes[inode];
  };
  switch (step.op) {
    case 'create': {
      if (LOCK in next.names) return { world: next, result: 'taken' };
      next.inodes[next.nextInode] = { text: step.owner, mtime: next.nextInode };
      next.names[LOCK] = next.nextInode++;
      return { world: next, result: 'ok' };
    }
    case 'look': {
      const inode = next.names[step.path];
      if (inode === undefined) return { world: next, result: undefined };
      const { text, mtime } = next.inodes[inode]!;
      const look: LockLook = { kind: 'file', dev: 1, ino: inode, nlink: nlink(inode), size: text.length, mtimeMs: mtime, text };
      return { world: next, result: look };
    }
    case 'link': {
      const inode = next.names[step.from];
      if (inode === undefined) return { world: next, result: 'gone' satisfies LinkResult };
      if (step.to in next.names) return { world: next, result: 'taken' satisfies LinkResult };
      next.names[step.to] = inode;
      return { world: next, result: 'ok' satisfies LinkResult };
    }
    case 'rename': {
      const inode = next.names[step.from];
      if (inode === undefined) return { world: next, result: 'gone' };
      drop(step.to);
      delete next.names[step.from];
      next.names[step.to] = inode;
      return { world: next, result: 'ok' };
    }
    case 'unlink':
      drop(step.path);
      return { world: next, result: undefined };
    case 'list':
      return { world: next, result: Object.keys(next.names).filter((n) => n.startsWith(`${LOCK}.`) && n.endsWith('.stale')).sort() };
    case 'read': {
      const violation = next.inside === null ? undefined : `${who} and ${next.inside} hold the lock at once`;
      next.inside = who;
      return { world: next, result: next.data, ...(violation === undefined ? {} : { violation }) };
    }
    case 'write':
      next.data = step.value;
      return { world: next, result: undefined };
    case 'leave':
      next.inside = null;
      return { world: next, result: undefined };
  }
}

interface Explored {
  states: number;
  violations: string[];
}

/**
 * Every interleaving, depth first. A writer's state is its pending step (or its result once done);
 * its generator is rebuilt by replaying the results of one run that reached that state. States
 * reached twice are explored once.
 */
function explore(start: World, names: readonly string[], reap: Reap, attempts = ATTEMPTS): Explored {
  const seen = new Set<string>();
  const violations: string[] = [];
  const pending = (name: string, results: readonly unknown[]) => {
    const run = writer(name, reap, attempts);
    let next = run.next();
    for (const result of results) next = run.next(result);
    return next;
  };
  const visit = (world: World, histories: readonly (readonly unknown[])[], trace: readonly string[] = []) => {
    const states = names.map((name, i) => pending(name, histories[i]!));
    const key = JSON.stringify([world, states.map((state) => state.value)]);
    if (seen.has(key) || violations.length > 0) return;
    seen.add(key);
    if (states.every((s) => s.done === true)) {
      const saved = states.filter((s) => s.value === 'saved').length;
      if (world.data !== saved) violations.push(`${saved} writers exited 0 but the data holds ${world.data} changes:\n${trace.join('\n')}`);
      return;
    }
    states.forEach((state, i) => {
      if (state.done === true) return;
      const { world: after, result, violation } = apply(world, state.value, names[i]!);
      const line = `${names[i]} ${state.value.op} ${'path' in state.value ? state.value.path : ''} → ${JSON.stringify(result)?.slice(0, 60)}`;
      if (violation !== undefined) violations.push(`${violation}:\n${[...trace, line].join('\n')}`);
      visit(after, histories.map((h, j) => (j === i ? [...h, result] : h)), [...trace, line]);
    });
  };
  visit(start, names.map(() => []));
  return { states: seen.size, violations };
}

const deadLock = (extra: Record<string, number> = {}): World => ({
  names: { [LOCK]: 0, ...extra },
  inodes: { 0: { text: 'D', mtime: 0 } },
  nextInode: 1,
  data: 0,
  inside: null,
});

describe('the stale-lock protocol under every interleaving', () => {
  it('the checker finds the lost change of the rename-aside protocol it replaced', () => {
    const result = explore(deadLock(), ['A', 'B', 'C'], renameAside);
    console.log(`rename-aside: ${result.states} states, first violation: ${result.violations[0]?.split('\n')[0]}`);
    expect(result.violations.length).toBeGreaterThan(0);
  });

  it('three writers and a dead owner’s lock: never two holders, no change lost', { timeout: 120_000 }, () => {
    const result = explore(deadLock(), ['A', 'B', 'C'], protocol);
    console.log(`link-and-check: ${result.states} states explored`);
    expect(result.violations).toEqual([]);
    expect(result.states).toBeGreaterThan(1000);
  });

  it('the aside a dead remover left is cleared, and still no interleaving loses a change', { timeout: 120_000 }, () => {
    const result = explore(deadLock({ [`${LOCK}.R-0.stale`]: 0 }), ['A', 'B', 'C'], protocol);
    console.log(`with a dead remover's aside: ${result.states} states explored`);
    expect(result.violations).toEqual([]);
  });

  it('a writer alone removes the dead owner’s lock and saves', () => {
    const run = writer('A', protocol, 3);
    let world = deadLock({ [`${LOCK}.R-0.stale`]: 0 });
    let next = run.next();
    while (next.done !== true) {
      const applied = apply(world, next.value, 'A');
      world = applied.world;
      next = run.next(applied.result);
    }
    expect(next.value).toBe('saved');
    expect(world).toMatchObject({ names: {}, data: 1 });
  });
});

describe('on the real file system', () => {
  const posix = process.platform !== 'win32';
  const home = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vssid-stale-lock-'));
  const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

  it('removes a dead owner’s lock and the aside a dead remover left, and nothing else', () => {
    const dir = home();
    const lock = path.join(dir, 'data.json.lock');
    fs.writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: os.hostname(), at: new Date().toISOString() }));
    fs.linkSync(lock, `${lock}.${deadPid()}-.0badc0de.stale`);
    fs.writeFileSync(path.join(dir, 'data.json'), '{}');
    for (let i = 0; i < 3 && fs.existsSync(lock); i++) removeStaleLock(lock);
    expect(fs.readdirSync(dir)).toEqual(['data.json']);
    fs.rmSync(dir, { recursive: true });
  });

  it('leaves a live owner’s lock where it is, and no aside behind', () => {
    const dir = home();
    const lock = path.join(dir, 'data.json.lock');
    const text = JSON.stringify({ pid: process.ppid, host: os.hostname(), at: new Date().toISOString() });
    fs.writeFileSync(lock, text);
    removeStaleLock(lock);
    expect(fs.readdirSync(dir)).toEqual(['data.json.lock']);
    expect(fs.readFileSync(lock, 'utf8')).toBe(text);
    fs.rmSync(dir, { recursive: true });
  });

  it.runIf(posix)('a folder where the lock should be: a message saying what to remove, and nothing left behind', () => {
    const dir = home();
    fs.mkdirSync(path.join(dir, 'data.json.lock'));
    fs.writeFileSync(path.join(dir, 'data.json.lock', 'giu-lai.txt'), 'x');
    const result = spawnSync(process.execPath, [BIN, 'config', 'set', 'className', '12A1'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', VSSID_HELPER_HOME: dir },
      timeout: 15_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^✖ Ở chỗ của tệp khoá .*data\.json\.lock lại có một thư mục/);
    expect(result.stderr).toMatch(/xoá hoặc đổi tên nó/);
    expect(result.stderr).not.toMatch(/không mong đợi|Path is a directory/);
    expect(fs.readdirSync(dir)).toEqual(['data.json.lock']);
    expect(fs.readdirSync(path.join(dir, 'data.json.lock'))).toEqual(['giu-lai.txt']);
    fs.rmSync(dir, { recursive: true });
  });
});
