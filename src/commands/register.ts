import type { CommandContext } from '../context.js';
import { askAccountStatus } from '../flows/register/account.js';
import { showIntro } from '../flows/register/intro.js';
import { ANSWER_FLAGS } from '../flows/register/questions.js';
import type { RegisterOptions } from '../flows/register/start.js';


/**
 * A plain `register` in a terminal shows its first screen with only the prompt library loaded;
 * validation and the store (most of the start-up cost) load while the person reads it.
 */
export async function run(ctx: CommandContext, _args: string[], options: RegisterOptions): Promise<void> {
  const plain = ctx.interactive && options.resume === undefined && options.yes === undefined
    && options.alreadyRegistered === undefined && ANSWER_FLAGS.every(({ option }) => options[option as keyof RegisterOptions] === undefined);
  if (!plain) return (await import('../flows/register/start.js')).startRegistration(ctx, options, false);
  const { prompter } = await import('../ui/prompter.js');
  const account = askAccountStatus(ctx.output, prompter);
  // Once the first prompt is drawn, load the rest while the person reads it.
  await new Promise((resolve) => setImmediate(resolve));
  const loading = import('../flows/register/start.js');
  loading.catch(() => undefined); // reported when awaited below, not as an unhandled rejection
  const start = await account;
  if (start === 'record') return (await loading).startExistingAccount(ctx);
  if (start === 'stop' || !(await showIntro(ctx.output, prompter))) return;
  await (await loading).startRegistration(ctx, options, true);
}
