/** `status <id> <event> [value]`: one event recorded, what changed and what comes next. */
import type { CommandContext } from '../../context.js';
import { holidaysFor, vietnamDateOf, type DayOffOverrides } from '../../core/calendar/index.js';
import { displayName, type EventType, type StudentRecord, type TrackingEvent } from '../../core/record.js';
import { registeredPhone } from '../../core/support/index.js';
import {
  allowedEvents,
  applyEvent,
  boardEntry,
  eventMessages,
  formatDate,
  formatInstant,
  parseEventName,
  previousInOrder,
  readEventTime,
  type EventTime,
} from '../../core/tracking/index.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { wrap } from '../../ui/wrap.js';
import { requireSaved } from '../../flows/student-ref.js';
import { statusMessages as S } from './messages.js';
import { CLI } from '../../invocation.js';

export const TAKES_VALUE: ReadonlySet<EventType> = new Set(['file-number', 'support-request']);
/** May carry a value, or not: what the support desk answered. */
const MAY_TAKE_VALUE: ReadonlySet<EventType> = new Set(['support-answered']);

export interface EventRequest {
  id: string;
  event: string;
  value?: string;
  at?: string;
}

export async function recordEvent(ctx: CommandContext, store: Store, request: EventRequest, overrides: DayOffOverrides) {
  const type = parseEventName(request.event);
  const found = requireSaved(store, request.id);
  if (request.value !== undefined && !TAKES_VALUE.has(type) && !MAY_TAKE_VALUE.has(type)) {
    throw new UserError(S.unexpectedValue(type, request.value), { hint: S.unexpectedValueHint(found.id, type) });
  }
  const isComplete = type === 'ready' ? (await import('../../core/fields/index.js')).isReadyRecord : () => true;
  const asked = request.at === undefined ? undefined : readEventTime(request.at, ctx.now);
  let before = found;
  let dateOnly = false;
  // Built on the record as it is on disk now, under the store's lock: an event another terminal
  // recorded meanwhile is kept, and a student removed meanwhile is refused, not brought back.
  const saved = store.update(
    found.id,
    (record) => {
      before = record;
      let value = request.value;
      if (type === 'support-request' && value === undefined) {
        value = registeredPhone(record);
        if (value === undefined) throw new UserError(S.noPhoneForSupport(record.id), { hint: S.noPhoneForSupportHint(record.id) });
      }
      const time = asked === undefined ? { at: ctx.now, dateOnly: false } : dayTime(record, type, asked, ctx.now);
      dateOnly = time.dateOnly;
      const event: TrackingEvent = { type, at: time.at.toISOString(), ...(value === undefined ? {} : { value }) };
      return applyEvent(record, event, ctx.now, isComplete);
    },
    ctx.now,
  );
  report(ctx, before, saved, overrides, dateOnly);
}

/**
 * A day given without a time stands for DATE_ONLY_TIME, kept within that day's possible times:
 * not before the event it follows, nor after now ("02/03" typed at 07:30 that morning).
 */
export function dayTime(record: StudentRecord, type: EventType, time: EventTime, now: Date): EventTime {
  if (!time.dateOnly) return time;
  const day = vietnamDateOf(time.at);
  let ms = time.at.getTime();
  const previous = previousInOrder(record, type);
  if (previous !== undefined && vietnamDateOf(new Date(previous.at)) === day) ms = Math.max(ms, Date.parse(previous.at));
  if (vietnamDateOf(now) === day) ms = Math.min(ms, now.getTime());
  return { at: new Date(ms), dateOnly: true };
}

/** The days off between two days, by name ('Tết Nguyên đán 16/02, 17/02'), to explain a due date. */
function holidaysBetween(from: string, to: string, overrides: DayOffOverrides): string[] {
  const byName = new Map<string, string[]>();
  for (const year of new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))])) {
    for (const holiday of holidaysFor(year, overrides)) {
      if (holiday.date <= from || holiday.date > to) continue;
      byName.set(holiday.name, [...(byName.get(holiday.name) ?? []), formatDate(holiday.date).slice(0, 5)]);
    }
  }
  return [...byName].map(([name, days]) => `${name} ${days.join(', ')}`);
}

function report(ctx: CommandContext, before: StudentRecord, after: StudentRecord, overrides: DayOffOverrides, dateOnly: boolean): void {
  const { output } = ctx;
  const stored = after.events.at(-1) as TrackingEvent;
  const entry = boardEntry(after, ctx.now, overrides);
  if (output.json) {
    output.printJson({ id: after.id, event: stored, from: before.state, to: after.state, dueDate: entry.dueDate ?? null, nextStep: entry.nextStep });
    return;
  }
  const name = displayName(after.fields);
  const say = (text: string) => output.line(wrap(text, output.width));
  output.success(wrap(S.recorded(name, after.id, stored.type, stored.value, formatInstant(new Date(stored.at))), output.width - 2));
  if (dateOnly) say(eventMessages.dateOnly(new Date(stored.at)));
  say(S.stateChange(before.state, after.state));
  if (stored.type === 'file-number' && entry.dueDate !== undefined) {
    say(S.dueDate(entry.dueDate, holidaysBetween(vietnamDateOf(new Date(stored.at)), entry.dueDate, overrides)));
  }
  if (stored.type === 'reopened') {
    say(S.resume);
    output.line(`  ${CLI} register --resume ${after.id}`);
  } else say(S.nextStep(entry.nextStep));
}

export function describeAllowed(record: StudentRecord): string {
  return S.allowed(allowedEvents(record.state));
}
