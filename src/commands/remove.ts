import { displayName } from '../core/record.js';
import type { CommandContext } from '../context.js';
import { NoTerminalError } from '../errors.js';
import { openCommandStore } from './shared.js';

export async function run(ctx: CommandContext, [id = '']: string[], options: { yes?: boolean }): Promise<void> {
  const { output } = ctx;
  const store = await openCommandStore(ctx);
  const record = store.require(id);
  const label = `${displayName(record.fields)} (mã ${record.id})`;
  if (!options.yes) {
    if (!ctx.interactive) throw new NoTerminalError([`--yes`]);
    const { prompter } = await import('../ui/prompter.js');
    if (!(await prompter.confirm({ message: `Xóa hẳn ${label} khỏi máy này? Không khôi phục được.`, default: false }))) {
      output.line('Không xóa gì.');
      return;
    }
  }
  store.remove(record.id);
  if (output.json) output.printJson({ removed: record.id });
  else output.success(`Đã xóa ${label}.`);
}
