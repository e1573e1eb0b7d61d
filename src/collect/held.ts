/**
 * A new phone or e-mail for a saved student, sent from a phone: held until the monitor accepts
 * it in the terminal (the password goes to that phone), one question at a time. Without a
 * terminal, or when `collect` stops first, it stays held, with the command that changes it.
 */
import { createInterface, type Interface } from 'node:readline/promises';
import { applyCollect } from '../core/collect/merge.js';
import { FIELD_LABELS } from '../core/fields/messages.js';
import type { FieldChange } from '../core/roster/update.js';
import type { Store } from '../store/store.js';
import type { Output } from '../ui/output.js';
import { collectTerminal as T } from './messages.js';

interface Ask {
  id: string;
  name: string;
  change: FieldChange;
}

export class HeldChanges {
  /** Changes left as they were: declined, unasked, or with no terminal to ask in. */
  held = 0;
  readonly #queue: Ask[] = [];
  #asking = false;
  #closed = false;
  /** The change whose question is on the screen now. */
  #current: Ask | undefined;
  #line: Interface | undefined;

  constructor(private readonly deps: { interactive: boolean; output: Output; store: Store; clock: () => Date }) {}

  add(id: string, name: string, changes: readonly FieldChange[]): void {
    for (const change of changes) this.#queue.push({ id, name, change });
    if (changes.length > 0) void this.#drain();
  }

  /** At the end: what was not asked yet stays held. */
  close(): void {
    this.#closed = true;
    this.held += this.#queue.splice(0).length + (this.#current === undefined ? 0 : 1);
    this.#line?.close();
    this.#line = undefined;
  }

  async #drain(): Promise<void> {
    if (this.#asking) return;
    this.#asking = true;
    const { output, store, clock } = this.deps;
    try {
      for (let next = this.#queue.shift(); next !== undefined; next = this.#queue.shift()) {
        const { id, name, change } = next;
        output.line(output.colors.bold(T.held(name, FIELD_LABELS[change.field], change.from ?? '', change.to)));
        this.#current = next;
        const answer = await this.#ask();
        this.#current = undefined;
        if (this.#closed) return;
        if (answer === undefined) {
          this.held += 1;
          output.line(T.heldNoTerminal(id));
        } else if (answer.startsWith('c') || answer.startsWith('y')) {
          store.update(id, (current) => applyCollect(current, [change], clock()), clock());
          output.line(T.heldAccepted);
        } else {
          this.held += 1;
          output.line(T.heldDeclined);
        }
      }
    } finally {
      this.#asking = false;
    }
  }

  /** The monitor's answer; undefined without a terminal or once `collect` stops. */
  async #ask(): Promise<string | undefined> {
    if (!this.deps.interactive) return undefined;
    if (this.#line === undefined) {
      this.#line = createInterface({ input: process.stdin, output: process.stdout });
      // Ctrl+C while a question waits still stops `collect`, as it does otherwise.
      this.#line.on('SIGINT', () => process.kill(process.pid, 'SIGINT'));
    }
    try {
      return (await this.#line.question(T.heldAsk)).trim().toLowerCase();
    } catch {
      return undefined;
    }
  }
}
