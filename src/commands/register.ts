import type { CommandContext } from '../context.js';
import { showIntro } from '../flows/register/intro.js';
import { ANSWER_FLAGS } from '../flows/register/questions.js';


/**
 * A plain `register` in a terminal shows its first screen with only the prompt library loaded;
 * validation and the store (most of the start-up cost) load while the person reads it.
 */
export async function run(ctx: CommandContext, _args: string[], options: Record<string, unknown>): Promise<void> {
  const plain = ctx.interactive && options.resume === undefined && options.yes === undefined
    && ANSWER_FLAGS.every(({ option }) => options[option] === undefined);
  if (!plain) return (await import('../flows/register/start.js')).startRegistration(ctx, options, false);
  const { prompter } = await import('../ui/prompter.js');
  const introduced = showIntro(ctx.output, prompter);
  // Once the first prompt is drawn, load the rest while the person reads the checklist.
  await new Promise((resolve) => setImmediate(resolve));
  const loading = import('../flows/register/start.js');
  loading.catch(() => undefined); // reported when awaited below, not as an unhandled rejection
  if (!(await introduced)) return;
  await (await loading).startRegistration(ctx, options, true);
}
