import type { CommandContext } from '../context.js';
import type { Store } from '../store/store.js';

/** Opens the store (loading conf only now) and tells the user what opening had to repair. */
export async function openCommandStore(ctx: CommandContext): Promise<Store> {
  const { openStore } = await import('../store/store.js');
  const store = openStore({ env: ctx.env });
  for (const notice of store.notices) ctx.output.warn(notice);
  return store;
}
