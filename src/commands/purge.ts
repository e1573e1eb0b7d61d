import { vietnamDateOf } from '../core/calendar/index.js';
import { displayName, type StudentRecord } from '../core/record.js';
import type { CommandContext } from '../context.js';
import { NoTerminalError } from '../errors.js';
import { openCommandStore } from '../flows/open-store.js';
import { statusMessages as S } from './status/messages.js';

/** As commander gives them: the day already checked (calendarDay in options.ts). */
interface Options {
  doneBefore: string;
  yes?: boolean;
}

/** The Vietnamese day the student logged in, from the last 'done' event. */
function doneDay(record: StudentRecord): string | undefined {
  const done = record.events.findLast((event) => event.type === 'done');
  return done && vietnamDateOf(new Date(done.at));
}

export async function run(ctx: CommandContext, _args: string[], options: Options): Promise<void> {
  const { output } = ctx;
  const before = options.doneBefore;
  const store = await openCommandStore(ctx);
  const isFinished = (record: StudentRecord) => {
    const day = record.state === 'done' ? doneDay(record) : undefined;
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
