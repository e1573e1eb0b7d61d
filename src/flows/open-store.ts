import type { CommandContext } from '../context.js';
import type { Store } from '../store/store.js';

/** Opens the store (loading its code only now) and tells the user what the reads found wrong. */
export async function openCommandStore(ctx: CommandContext, options: { readOnly?: boolean } = {}): Promise<Store> {
  const { openStore } = await import('../store/store.js');
  return openStore({ env: ctx.env, readOnly: options.readOnly, onNotice: (notice) => ctx.output.warn(notice) });
}
