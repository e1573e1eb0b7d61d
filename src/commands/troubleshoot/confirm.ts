/**
 * Rows 2 and 3 change a saved record, from a command that otherwise only explains: they say what
 * will change first, and change it only on a "yes" (asked, default no) or with --yes.
 */
import type { CommandContext } from '../../context.js';
import { NoTerminalError, UserError } from '../../errors.js';
import { hanging, wrap } from '../../ui/wrap.js';
import { troubleshootMessages as T } from './messages.js';

export interface PlannedChange {
  row: number;
  id: string;
  who: string;
  changes: readonly string[];
}

/** True when the change may go ahead; false when the user said no. Throws when no one can be asked. */
export async function confirmChange(ctx: CommandContext, plan: PlannedChange, yes: boolean): Promise<boolean> {
  if (yes) return true;
  const { output } = ctx;
  // A prompt would mix into the JSON on stdout.
  if (output.json) throw new UserError(T.jsonNeedsYes, { hint: T.jsonNeedsYesHint(plan.row, plan.id) });
  output.line(wrap(T.willChange(plan.row, plan.who), output.width));
  for (const change of plan.changes) output.line(hanging('  • ', change, output.width));
  output.line(wrap(T.othersKept, output.width));
  if (!ctx.interactive) throw new NoTerminalError(['--yes']);
  const { prompter } = await import('../../ui/prompter.js');
  return prompter.confirm({ message: T.confirmChange, default: false });
}
