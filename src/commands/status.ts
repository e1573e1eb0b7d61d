import { validOverrides } from '../core/calendar/index.js';
import { IDLE_AFTER_DAYS, isEventName } from '../core/tracking/index.js';
import type { CommandContext } from '../context.js';
import { UsageError } from '../errors.js';
import { openCommandStore } from '../flows/open-store.js';
import { FIT, statusMessages as S } from './status/messages.js';
import { recordEvent } from './status/record-event.js';

/** `--at` and `--mark` are checked against the time now and the event names, once a command needs them. */
interface Options {
  at?: string;
  overdue?: boolean;
  mark?: string;
  class?: string;
  summary?: boolean;
  names?: boolean;
  all?: boolean;
  idleDays?: string;
}

function readIdleDays(raw: string | undefined): number {
  if (raw === undefined) return IDLE_AFTER_DAYS;
  const days = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || days < 1 || days > 365) throw new UsageError(FIT.badIdleDays(raw), { hint: FIT.badIdleDaysHint });
  return days;
}

export async function run(ctx: CommandContext, args: string[], options: Options): Promise<void> {
  const [id, event, value, ...extra] = args;
  if (options.mark !== undefined) {
    if (id !== undefined) throw new UsageError(S.markWithIds, { hint: S.markWithIdsHint });
    const { markWithChecklist } = await import('./status/record-many.js');
    return markWithChecklist(ctx, await openCommandStore(ctx), options.mark, options.at);
  }
  if (options.at !== undefined && event === undefined) throw new UsageError(S.atWithoutEvent, { hint: S.atWithoutEventHint });
  if (options.overdue && id !== undefined) throw new UsageError(S.overdueWithId, { hint: S.overdueWithIdHint });
  // An event name in first place means `status <event> <mã…>`; ids are 6 letters and digits, never an event's name.
  if (id !== undefined && event !== undefined && isEventName(id)) {
    const { recordMany } = await import('./status/record-many.js');
    const request = { event: id, queries: args.slice(1), ...(options.at === undefined ? {} : { at: options.at }) };
    return recordMany(ctx, await openCommandStore(ctx), request);
  }
  if (extra.length > 0) throw new UsageError(S.tooManyArgs, { hint: S.tooManyArgsHint });
  if (options.names && !options.summary) throw new UsageError(FIT.namesWithoutSummary, { hint: FIT.namesWithoutSummaryHint });
  if (options.summary && id !== undefined) throw new UsageError(FIT.summaryWithId, { hint: FIT.summaryWithIdHint });
  const idleLimit = readIdleDays(options.idleDays);
  if (options.class !== undefined && id !== undefined) throw new UsageError(S.classWithId, { hint: S.classWithIdHint });
  // The board and one student's line only show: the store is opened read-only.
  const store = await openCommandStore(ctx, { readOnly: event === undefined });
  const overrides = validOverrides(store.getProfile());
  if (id !== undefined && event !== undefined) {
    const request = { id, event, ...(value === undefined ? {} : { value }), ...(options.at === undefined ? {} : { at: options.at }) };
    return recordEvent(ctx, store, request, overrides);
  }
  // The board's code is loaded only now: one student's event needs none of it.
  const { showBoard } = await import('./status/show-board.js');
  return showBoard(ctx, store, { ...(id === undefined ? {} : { id }), idleLimit, overrides, options });
}
