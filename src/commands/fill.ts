/** `fill [mã…]`: type a ready student into the official web form, box by box; `--cards`: printable typing cards. */
import type { CommandContext } from '../context.js';
import { UsageError, UserError } from '../errors.js';
import { fillMessages as F } from '../flows/fill/messages.js';
import { openCommandStore } from '../flows/open-store.js';
import { requireSaved } from '../flows/student-ref.js';

/** As commander gives them; `clipboard` is false only with --no-clipboard. */
interface Options {
  cards?: boolean;
  out?: string;
  force?: boolean;
  clipboard: boolean;
}

export async function run(ctx: CommandContext, refs: string[], options: Options): Promise<void> {
  if (options.cards) {
    const { writeCards } = await import('../flows/fill/cards.js');
    const store = await openCommandStore(ctx);
    return writeCards(ctx, store, refs.map((ref) => requireSaved(store, ref)), options);
  }
  if (options.out !== undefined || options.force) throw new UsageError(F.outWithoutCards, { hint: F.outWithoutCardsHint });
  if (ctx.output.json) throw new UsageError(F.jsonWithWalk, { hint: F.jsonWithWalkHint });
  // Checked before anything is read: without a terminal no key can ever come.
  if (!ctx.interactive) throw new UserError(F.noTerminal, { hint: F.noTerminalHint });
  const { walkStudents } = await import('../flows/fill/walk.js');
  const store = await openCommandStore(ctx);
  await walkStudents(ctx, store, refs.map((ref) => requireSaved(store, ref)), { clipboard: options.clipboard });
}
