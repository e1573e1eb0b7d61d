/**
 * `status <event> <mã…>`: one event for several students (20 pressed "Ghi nhận" one morning).
 * Each student is judged alone, on the record as it is on disk under the store's lock: a refusal
 * is reported for that student, the others are saved, all in one write.
 */
import { nameWithTag, namesakeTags } from '../../core/namesakes.js';
import type { CommandContext } from '../../context.js';
import { displayName, type EventType, type StudentRecord } from '../../core/record.js';
import { allowedEvents, applyEvent, formatInstant, parseEventName, readEventTime } from '../../core/tracking/index.js';
import { NoTerminalError, UsageError, UserError } from '../../errors.js';
import type { Store, UpdateOutcome } from '../../store/store.js';
import { wrap } from '../../ui/wrap.js';
import { requireStudent } from '../../flows/student-ref.js';
import { statusMessages as S } from './messages.js';
import { TAKES_VALUE, dayTime } from './record-event.js';

export interface ManyRequest {
  event: string;
  queries: readonly string[];
  at?: string;
}

type Outcome =
  | { query: string; ok: true; before: StudentRecord; after: StudentRecord }
  | { query: string; ok: false; reason: string; id?: string };

export async function recordMany(ctx: CommandContext, store: Store, request: ManyRequest): Promise<void> {
  const type = parseEventName(request.event);
  if (TAKES_VALUE.has(type)) throw new UsageError(S.manyTakesValue(type), { hint: S.manyTakesValueHint(type) });
  const isComplete = type === 'ready' ? (await import('../../core/fields/index.js')).isReadyRecord : () => true;
  const records = store.list();
  const time = request.at === undefined ? undefined : readEventTime(request.at, ctx.now);
  const seen = new Set<string>();
  // Names and ids resolved on the list read at open; the events themselves are applied below.
  const resolved: Array<{ query: string; id: string } | Extract<Outcome, { ok: false }>> = request.queries.map((query) => {
    try {
      const record = requireStudent(records, query);
      if (seen.has(record.id)) return { query, ok: false, id: record.id, reason: S.manyTwice(record.id) };
      seen.add(record.id);
      return { query, id: record.id };
    } catch (error) {
      return refusal(query, error);
    }
  });
  // Each event is built on the record as it is on disk now, under one lock and in one write: an
  // event another terminal recorded meanwhile is kept, a student removed meanwhile is refused.
  const ids = resolved.flatMap((r) => ('ok' in r ? [] : [r.id]));
  const applied = new Map(
    store
      .updateEach(
        ids,
        (record) => {
          const at = time === undefined ? ctx.now : dayTime(record, type, time, ctx.now).at;
          return applyEvent(record, { type, at: at.toISOString() }, ctx.now, isComplete);
        },
        ctx.now,
      )
      .map((outcome) => [outcome.id, outcome]),
  );
  const outcomes: Outcome[] = resolved.map((r) => {
    if ('ok' in r) return r;
    const outcome = applied.get(r.id) as UpdateOutcome;
    return outcome.ok
      ? { query: r.query, ok: true, before: outcome.before, after: outcome.after }
      : { ...refusal(r.query, outcome.error), id: r.id };
  });
  const saved = outcomes.filter((o) => o.ok);
  report(ctx, type, outcomes);
  const refused = outcomes.length - saved.length;
  if (refused > 0) throw new UserError(S.manyRefused(refused, outcomes.length), { hint: S.manyRefusedHint });
}

function refusal(query: string, error: unknown): Extract<Outcome, { ok: false }> {
  if (!(error instanceof UserError)) throw error;
  // Candidates of an ambiguous name are the hint's indented lines: kept on the student's line.
  const candidates = (error.hint ?? '').split('\n').filter((line) => line.startsWith('  ')).map((line) => line.trim());
  const reason = candidates.length > 0 ? `${error.message} ${candidates.join('; ')}` : error.message;
  return { query, ok: false, reason };
}

function report(ctx: CommandContext, type: EventType, outcomes: readonly Outcome[]): void {
  const { output } = ctx;
  if (output.json) {
    output.printJson({
      event: type,
      results: outcomes.map((o) =>
        o.ok
          ? { query: o.query, id: o.after.id, ok: true, from: o.before.state, to: o.after.state, at: o.after.events.at(-1)?.at }
          : { query: o.query, id: o.id ?? null, ok: false, error: o.reason },
      ),
    });
    return;
  }
  const saved = outcomes.filter((o) => o.ok).length;
  output.line(output.colors.bold(wrap(S.manyTitle(type, saved, outcomes.length), output.width)));
  for (const o of outcomes) {
    if (o.ok) {
      const at = formatInstant(new Date(o.after.events.at(-1)?.at ?? ''));
      output.line(output.colors.green(wrap(`✔ ${o.after.id}  ${displayName(o.after.fields)}: ${S.manyDone(o.before.state, o.after.state, at)}`, output.width)));
    } else {
      output.line(output.colors.red(wrap(`✖ ${o.query}: ${o.reason}`, output.width)));
    }
  }
}

/** `status --mark <event>`: tick the students on a list (only those the event suits), then record it for them. */
export async function markWithChecklist(ctx: CommandContext, store: Store, event: string, at: string | undefined): Promise<void> {
  const type = parseEventName(event);
  if (TAKES_VALUE.has(type)) throw new UsageError(S.manyTakesValue(type), { hint: S.manyTakesValueHint(type) });
  if (!ctx.interactive) throw new NoTerminalError([`status ${type} <mã…>`]);
  const candidates = store.list().filter((record) => allowedEvents(record.state).includes(type));
  if (candidates.length === 0) throw new UserError(S.markNone(type));
  const { prompter } = await import('../../ui/prompter.js');
  const tags = namesakeTags(candidates);
  const chosen = await prompter.checkbox({
    message: S.markPrompt(type),
    choices: candidates.map((record) => ({ name: `${record.id}  ${nameWithTag(displayName(record.fields), tags.get(record.id))}`, value: record.id })),
  });
  if (chosen.length === 0) return ctx.output.line(S.markNothing);
  return recordMany(ctx, store, { event: type, queries: chosen, ...(at === undefined ? {} : { at }) });
}
