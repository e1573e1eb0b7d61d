/**
 * Single key presses from the terminal (raw mode), for screens that move on one key instead of
 * a typed answer. Ctrl+C arrives as a key in raw mode, not as a signal: it is turned into the
 * same error inquirer's prompts throw, so the one error handler says "stopped" and exits 130.
 */
import { emitKeypressEvents } from 'node:readline';

export interface Key {
  /** readline's name: 'return', 'left', 'backspace', a letter …; undefined for others. */
  name: string | undefined;
  sequence: string;
  ctrl: boolean;
}

/** Named as inquirer's, which the error handler already turns into exit code 130. */
export class KeysInterrupted extends Error {
  override readonly name = 'ExitPromptError';
}

type Waiter = { resolve: (key: Key | undefined) => void; reject: (error: Error) => void; timer?: NodeJS.Timeout };

export class KeyReader {
  readonly #input: NodeJS.ReadStream;
  readonly #queue: Key[] = [];
  #waiter: Waiter | undefined;
  #ended = false;

  constructor(input: NodeJS.ReadStream = process.stdin) {
    this.#input = input;
  }

  readonly #onKey = (sequence: string | undefined, key: Partial<Key> | undefined): void => {
    const pressed: Key = { name: key?.name, sequence: key?.sequence ?? sequence ?? '', ctrl: key?.ctrl === true };
    if (pressed.ctrl && pressed.name === 'c') return this.#fail(new KeysInterrupted('Ctrl+C'));
    const waiter = this.#waiter;
    if (waiter === undefined) {
      this.#queue.push(pressed);
      return;
    }
    this.#waiter = undefined;
    clearTimeout(waiter.timer);
    waiter.resolve(pressed);
  };

  // The terminal closed: nobody is left to press a key.
  readonly #onEnd = (): void => this.#fail(new KeysInterrupted('end of input'));

  #fail(error: Error): void {
    this.#ended = true;
    const waiter = this.#waiter;
    this.#waiter = undefined;
    if (waiter !== undefined) {
      clearTimeout(waiter.timer);
      waiter.reject(error);
    }
  }

  start(): void {
    emitKeypressEvents(this.#input);
    this.#input.setRawMode?.(true);
    this.#input.on('keypress', this.#onKey);
    this.#input.on('end', this.#onEnd);
    this.#input.resume();
  }

  stop(): void {
    this.#input.off('keypress', this.#onKey);
    this.#input.off('end', this.#onEnd);
    this.#input.setRawMode?.(false);
    this.#input.pause();
  }

  /** The next key; undefined when `timeoutMs` passed first. Keys pressed before the call are dropped, so a held Enter skips nothing. */
  next(timeoutMs?: number): Promise<Key | undefined> {
    this.#queue.length = 0;
    if (this.#ended) return Promise.reject(new KeysInterrupted('end of input'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      if (timeoutMs !== undefined) {
        waiter.timer = setTimeout(() => {
          this.#waiter = undefined;
          resolve(undefined);
        }, timeoutMs);
      }
      this.#waiter = waiter;
    });
  }
}
