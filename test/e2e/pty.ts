import { spawn, type IPty } from '@lydell/node-pty';
import xterm from '@xterm/headless';
import { stripVTControlCharacters } from 'node:util';
import { BIN, tempHome } from './helpers.js';

/** The built CLI in a pseudo-terminal: what a person types and sees. */
export class Terminal {
  private readonly pty: IPty;
  private buffer = '';
  /** Everything received, escape sequences included, for a terminal emulator to replay. */
  raw = '';
  readonly exited: Promise<number>;

  constructor(args: string[], options: { home?: string; env?: NodeJS.ProcessEnv; cols?: number; rows?: number } = {}) {
    this.pty = spawn(process.execPath, [BIN, ...args], {
      cols: options.cols ?? 100,
      rows: options.rows ?? 40,
      env: { ...process.env, npm_command: '', npm_lifecycle_event: '', NO_COLOR: '1', VSSID_HELPER_HOME: options.home ?? tempHome(), ...options.env } as Record<string, string>,
    });
    this.pty.onData((data) => {
      this.buffer += data;
      this.raw += data;
    });
    this.exited = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything shown so far, without escape sequences. */
  get text(): string {
    return stripVTControlCharacters(this.buffer);
  }

  /** Waits until the screen shows `expected` after the current position, then moves past it. */
  async waitFor(expected: string | RegExp, timeoutMs = 8000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (typeof expected === 'string' ? this.text.includes(expected) : expected.test(this.text)) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`Timed out waiting for ${String(expected)}; screen was:\n${this.text.slice(-2000)}`);
  }

  type(text: string): void {
    this.pty.write(text);
  }

  /** Clears what was seen, so the next waitFor only looks at new output. */
  clear(): void {
    this.buffer = '';
  }

  kill(): void {
    this.pty.kill();
  }
}

export const KEY = { enter: '\r', ctrlC: '\u0003', down: '\u001b[B', up: '\u001b[A', backspace: '\u007f' } as const;

/** What a terminal of that size shows now: the output so far replayed through a terminal emulator. */
export async function screenOf(term: Terminal, cols: number, rows: number): Promise<string> {
  const screen = new xterm.Terminal({ cols, rows, allowProposedApi: true });
  await new Promise<void>((resolve) => screen.write(term.raw, resolve));
  const buffer = screen.buffer.active;
  const lines = Array.from({ length: rows }, (_, i) => buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
  screen.dispose();
  return lines.join('\n');
}
