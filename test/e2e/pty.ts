import { spawn, type IPty } from '@lydell/node-pty';
import { stripVTControlCharacters } from 'node:util';
import { BIN, tempHome } from './helpers.js';

/** The built CLI in a pseudo-terminal: what a person types and sees. */
export class Terminal {
  private readonly pty: IPty;
  private buffer = '';
  readonly exited: Promise<number>;

  constructor(args: string[], options: { home?: string; env?: NodeJS.ProcessEnv; cols?: number } = {}) {
    this.pty = spawn(process.execPath, [BIN, ...args], {
      cols: options.cols ?? 100,
      rows: 40,
      env: { ...process.env, npm_command: '', npm_lifecycle_event: '', NO_COLOR: '1', VSSID_HELPER_HOME: options.home ?? tempHome(), ...options.env } as Record<string, string>,
    });
    this.pty.onData((data) => {
      this.buffer += data;
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
