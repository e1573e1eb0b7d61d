/**
 * `remind`: a message for each classmate whose next step is their own, from the board's rule;
 * on the terminal, as JSON, or as a page with copy buttons and chat links (`--out`). Each one
 * reminded gets a 'reminded' event, so the board says so and nobody is reminded twice in a day.
 */
import { parseCalendarDate, validOverrides, vietnamDateOf } from '../core/calendar/index.js';
import { classNames } from '../core/classes.js';
import { folderListingFileExists, photosToRedo } from '../core/fields/photo-presence.js';
import { applyEvent, buildBoard, classSummary, formatDate, planReminders, type ReminderPlan } from '../core/tracking/index.js';
import { smsLink, zaloLink } from '../core/remind/links.js';
import type { CommandContext } from '../context.js';
import { UserError } from '../errors.js';
import type { Store } from '../store/store.js';
import { wrap } from '../ui/wrap.js';
import { classRecords } from './class-filter.js';
import { remindMessages as R } from './remind/messages.js';
import { printReminders } from './remind/print.js';
import { openCommandStore } from '../flows/open-store.js';

/** As commander gives them; `--by` is read against today's date in readByDate. */
interface Options {
  out?: string;
  force?: boolean;
  by?: string;
  again?: boolean;
  preview?: boolean;
  class?: string;
}

/** `--by`: a day, with or without its year ('11/12' is the next 11/12 from today). */
export function readByDate(text: string, now: Date): string {
  const today = vietnamDateOf(now);
  const short = /^(\d{1,2})[/.-](\d{1,2})$/.exec(text.trim());
  let day = short ? parseCalendarDate(`${short[1]}/${short[2]}/${today.slice(0, 4)}`) : parseCalendarDate(text);
  if (short && day !== undefined && day < today) day = parseCalendarDate(`${short[1]}/${short[2]}/${Number(today.slice(0, 4)) + 1}`);
  if (day === undefined) throw new UserError(R.badDate(text), { hint: R.badDateHint });
  if (day < today) throw new UserError(R.pastDate(formatDate(day)), { hint: R.badDateHint });
  return day;
}

export async function run(ctx: CommandContext, _args: string[], options: Options): Promise<void> {
  const by = options.by === undefined ? undefined : readByDate(options.by, ctx.now);
  const store = await openCommandStore(ctx);
  const profile = store.getProfile();
  const records = classRecords(store.list(), profile.className, options.class);
  const exists = folderListingFileExists();
  const board = buildBoard(records, ctx.now, validOverrides(profile), (record) => photosToRedo(record.state, record.fields, exists));
  const plan = planReminders(board, records, ctx.now, { ...(by === undefined ? {} : { by }), again: options.again === true });
  // The class as it is stored ('12A2'), not as typed after --class ('12a2').
  const className = classNames(records, profile.className).join(', ') || (options.class ?? '');
  const summaryLine = classSummary(board, className).line;
  let path: string | undefined;
  if (options.out !== undefined) {
    const { renderReminderPage } = await import('../core/remind/page.js');
    const { writeUserFile } = await import('../ui/write-file.js');
    path = writeUserFile(options.out, renderReminderPage({ plan, summaryLine, className, now: ctx.now }), { force: options.force, forceFlag: '--force' });
  }
  const recorded = options.preview ? 0 : recordReminded(ctx, store, plan);
  const { output } = ctx;
  if (output.json) {
    output.printJson({ now: ctx.now.toISOString(), className, summary: summaryLine, recorded: recorded > 0, out: path ?? null, ...jsonPlan(plan) });
    return;
  }
  if (path !== undefined) {
    const count = plan.groups.reduce((sum, group) => sum + group.reminders.length, 0);
    output.success(wrap(R.written(count, path), output.width - 2));
    output.line(wrap(R.open, output.width));
    if (recorded > 0) output.line(wrap(R.recorded(recorded), output.width));
    return;
  }
  printReminders(output, plan, className, { recorded, preview: options.preview === true });
}

/** One 'reminded' event for each, in one write; a student removed meanwhile is just not recorded. */
function recordReminded(ctx: CommandContext, store: Store, plan: ReminderPlan): number {
  const ids = plan.groups.flatMap((group) => group.reminders.map((reminder) => reminder.id));
  if (ids.length === 0) return 0;
  const at = ctx.now.toISOString();
  const outcomes = store.updateEach(ids, (record) => applyEvent(record, { type: 'reminded', at }, ctx.now, () => true), ctx.now);
  return outcomes.filter((outcome) => outcome.ok).length;
}

function jsonPlan(plan: ReminderPlan) {
  return {
    groups: plan.groups.map((group) => ({
      kind: group.kind,
      title: group.title,
      reminders: group.reminders.map((reminder) => ({
        ...reminder,
        phone: reminder.phone ?? null,
        links: reminder.phone ? { zalo: zaloLink(reminder.phone), sms: smsLink(reminder.phone, reminder.text) } : null,
      })),
    })),
    skipped: plan.skipped,
  };
}
