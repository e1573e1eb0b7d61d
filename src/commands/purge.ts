import * as z from 'zod';
import { parseCalendarDate, vietnamDateOf } from '../core/calendar/index.js';
import { displayName, type StudentRecord } from '../core/record.js';
import { finishedAt } from '../core/tracking/history.js';
import type { CommandContext } from '../context.js';
import { NoTerminalError, UserError } from '../errors.js';
import { openCommandStore } from './shared.js';
import { S } from './status/messages.js';

const optionsSchema = z.object({
  doneBefore: z.string(),
  yes: z.boolean().optional(),
});

/** The Vietnamese day the student was finished: logged in, or recorded as having had an account. */
function doneDay(record: StudentRecord): string | undefined {
  const at = finishedAt(record);
  return at && vietnamDateOf(new Date(at));
}

export async function run(ctx: CommandContext, _args: string[], rawOptions: Record<string, unknown>): Promise<void> {
  const options = optionsSchema.parse(rawOptions);
  const { output } = ctx;
  const before = parseCalendarDate(options.doneBefore);
  if (before === undefined) throw new UserError(S.purgeBadDate(options.doneBefore));
  const store = await openCommandStore(ctx);
  const isFinished = (record: StudentRecord) => {
    const day = doneDay(record);
    return day !== undefined && day < before;
  };
  const doomed = store.list().filter(isFinished);
  if (doomed.length === 0) {
    if (output.json) output.printJson({ removed: 0, ids: [] });
    else output.line(S.purgeNone(before));
    return;
  }
  if (!options.yes) {
    if (!ctx.interactive) throw new NoTerminalError(['--yes']);
    output.line(S.purgeList);
    for (const record of doomed) output.line(`  ${record.id}  ${displayName(record.fields)}`);
    const { prompter } = await import('../ui/prompter.js');
    if (!(await prompter.confirm({ message: S.purgeConfirm(doomed.length, before), default: false }))) {
      output.line(S.purgeCancelled);
      return;
    }
  }
  const ids = new Set(doomed.map((record) => record.id));
  const removed = store.removeWhere((record) => ids.has(record.id));
  if (output.json) output.printJson({ removed, ids: [...ids] });
  else output.success(S.purged(removed, before));
}
