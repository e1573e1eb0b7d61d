import xterm from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { NOW, seedClass42 } from './class42-fixture.js';
import { runCli, tempHome } from './helpers.js';
import { Terminal } from './pty.js';

const COLS = 80;
const ROWS = 24;
const env = { VSSID_HELPER_NOW: NOW };

/** What an 80×24 terminal shows once the command has ended: its output replayed through a terminal emulator. */
async function screenAfter(term: Terminal, cols = COLS): Promise<string> {
  expect(await term.exited).toBe(0);
  const screen = new xterm.Terminal({ cols, rows: ROWS, allowProposedApi: true });
  await new Promise<void>((resolve) => screen.write(term.raw, resolve));
  const buffer = screen.buffer.active;
  const lines = Array.from({ length: ROWS }, (_, i) => buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
  const scrolled = buffer.viewportY;
  screen.dispose();
  return `${scrolled}\n${lines.join('\n')}`;
}

describe('the class board of 42 on an 80×24 terminal', () => {
  it('fits one screen: every overdue student, then what the monitor can do now; waiting and done are counts', async () => {
    const home = tempHome();
    const ids = seedClass42(home);
    const [scrolled, ...rows] = (await screenAfter(new Terminal(['status'], { home, env, cols: COLS, rows: ROWS }))).split('\n');
    const screen = rows.join('\n');
    // Nothing scrolled away: the first screen is the whole board.
    expect(Number(scrolled)).toBe(0);
    for (const id of ids.overdue) expect(screen).toContain(id);
    expect(screen).toContain('Quá hạn (4)');
    expect(screen).toMatch(/Cần bổ sung \(6\)/);
    expect(screen).toMatch(/Sẵn sàng nhập vào ứng dụng \(3\)/);
    expect(screen).toContain('Xong: 15');
    expect(screen).not.toContain(ids.extraDone);
    // Drafts made on 05/01 and still missing their photos are flagged (more than 3 days).
    expect(screen).toMatch(/⚑50 ngày/);
    expect(rows.every((row) => [...row].length <= COLS)).toBe(true);
  });

  it('at 60 columns too: every overdue student on the one screen, no line wider', async () => {
    const home = tempHome();
    const ids = seedClass42(home);
    const term = new Terminal(['status'], { home, env, cols: 60, rows: ROWS });
    const [scrolled, ...rows] = (await screenAfter(term, 60)).split('\n');
    expect(Number(scrolled)).toBe(0);
    for (const id of ids.overdue) expect(rows.join('\n')).toContain(id);
    expect(term.text.split(/\r?\n/).filter((line) => [...line.replace(/\s+$/, '')].length > 60)).toEqual([]);
  });

  it('piped, the board stays complete: every one of the 42 students is listed', () => {
    const home = tempHome();
    const ids = seedClass42(home);
    const piped = runCli(['status'], { home, env });
    expect(piped.code).toBe(0);
    for (const id of [...ids.all, ids.lateSms, ids.extraDone]) expect(piped.stdout).toContain(id);
    expect(openStore({ home }).list()).toHaveLength(42);
  });
});
