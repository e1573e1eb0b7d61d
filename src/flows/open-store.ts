import type { CommandContext } from '../context.js';
import type { Store } from '../store/store.js';

/** Opens the store (loading conf only now) and tells the user what opening had to repair. */
export async function openCommandStore(ctx: CommandContext): Promise<Store> {
  const { openStore } = await import('../store/store.js');
  // A repair may come at open or later, when the whole school is first read (store/file.ts).
  return openStore({ env: ctx.env, onNotice: (notice) => ctx.output.warn(notice) });
}
