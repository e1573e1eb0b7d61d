import { commandMessages as C } from './messages.js';
import { displayName } from '../core/record.js';
import type { CommandContext } from '../context.js';
import { NoTerminalError } from '../errors.js';
import { openCommandStore } from '../flows/open-store.js';
import { requireSaved } from '../flows/student-ref.js';
import { removeStoredPhotos } from '../store/photos.js';

export async function run(ctx: CommandContext, [id = '']: string[], options: { yes?: boolean }): Promise<void> {
  const { output } = ctx;
  const store = await openCommandStore(ctx);
  const record = requireSaved(store, id);
  const label = C.removeLabel(displayName(record.fields), record.id);
  if (!options.yes) {
    if (!ctx.interactive) throw new NoTerminalError([`--yes`]);
    const { prompter } = await import('../ui/prompter.js');
    if (!(await prompter.confirm({ message: C.removeConfirm(label), default: false }))) {
      output.line(C.removeCancelled);
      return;
    }
  }
  store.remove(record.id);
  // The ID photos the tool keeps for this student (received by `collect`, converted from HEIC by `photos`) go with the record.
  removeStoredPhotos(store.path, [record]);
  if (output.json) output.printJson({ removed: record.id });
  else output.success(C.removed(label));
}
