import { vietnamDateOf } from '../core/calendar/index.js';
import { displayName, type StudentRecord } from '../core/record.js';
import type { CommandContext } from '../context.js';
import path from 'node:path';
import { NoTerminalError } from '../errors.js';
import { listCardFiles, removeCardFiles } from '../flows/fill/card-files.js';
import { openCommandStore } from '../flows/open-store.js';
import { removeStoredPhotos } from '../store/photos.js';
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
  // Typing cards (fill --cards) left in the data folder hold full numbers: they go too, whatever their date.
  const cards = listCardFiles(path.dirname(store.path));
  if (doomed.length === 0 && cards.length === 0) {
    if (output.json) output.printJson({ removed: 0, ids: [], cards: [] });
    else output.line(S.purgeNone(before));
    return;
  }
  if (!options.yes) {
    if (!ctx.interactive) throw new NoTerminalError(['--yes']);
    output.line(S.purgeList);
    for (const record of doomed) output.line(`  ${record.id}  ${displayName(record.fields)}`);
    for (const file of cards) output.line(`  ${S.purgeCard(file)}`);
    const { prompter } = await import('../ui/prompter.js');
    if (!(await prompter.confirm({ message: S.purgeConfirm(doomed.length, before, cards.length), default: false }))) {
      output.line(S.purgeCancelled);
      return;
    }
  }
  const ids = new Set(doomed.map((record) => record.id));
  const removed = doomed.length === 0 ? 0 : store.removeWhere((record) => ids.has(record.id));
  removeStoredPhotos(store.path, doomed);
  removeCardFiles(cards);
  if (output.json) output.printJson({ removed, ids: [...ids], cards });
  else {
    if (doomed.length > 0) output.success(S.purged(removed, before));
    if (cards.length > 0) output.success(S.purgedCards(cards.length));
  }
}
