/**
 * One student through the form: box by box, each value copied as it is shown, then "was
 * 'Ghi nhận' pressed?", recorded as the 'submitted' event through the store's normal update.
 */
import { fillSteps, type FillStep } from '../../core/fill/steps.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import { applyEvent, formatInstant } from '../../core/tracking/index.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import type { Clipboard } from '../../ui/clipboard.js';
import type { Key, KeyReader } from '../../ui/keys.js';
import type { Output } from '../../ui/output.js';
import { wrap } from '../../ui/wrap.js';
import { fillMessages as F } from './messages.js';
import { showStep } from './screen.js';

/** After this long without a key the clipboard is emptied: a laptop left open shows no one's number. */
export const CLIPBOARD_IDLE_MS = 3 * 60_000;

export interface FillContext {
  output: Output;
  keys: Pick<KeyReader, 'next'>;
  clipboard: Clipboard;
  store: Pick<Store, 'update'>;
  clock: () => Date;
}

export type StudentOutcome = 'submitted' | 'not-submitted' | 'stopped';

const isEnter = (key: Key) => key.name === 'return' || key.name === 'enter';
const isBack = (key: Key) => key.name === 'b' || key.name === 'left' || key.name === 'up' || key.name === 'backspace';
const isStop = (key: Key) => key.name === 'q' || key.name === 'escape';

/** What goes on the clipboard for a box: the stored value exactly, or the photo's full path. */
const clipboardValue = (step: FillStep): string | undefined => (step.kind === 'text' || step.kind === 'photo' ? step.value : undefined);

/** Copies (or empties the clipboard for a box with nothing to paste) and says whether the value is there now. */
async function copyFor(ctx: FillContext, step: FillStep): Promise<boolean> {
  const value = clipboardValue(step);
  if (value === undefined) {
    await ctx.clipboard.clear();
    return false;
  }
  if (ctx.clipboard.reason !== undefined) return false;
  const copied = await ctx.clipboard.write(value);
  if (!copied) ctx.output.warn(F.copyFailed);
  return copied;
}

/** A key; on a long pause the clipboard is emptied first, and the wait goes on. */
async function nextKey(ctx: FillContext): Promise<Key> {
  for (;;) {
    const key = await ctx.keys.next(CLIPBOARD_IDLE_MS);
    if (key !== undefined) return key;
    if (ctx.clipboard.reason === undefined) {
      await ctx.clipboard.clear();
      ctx.output.line(wrap(F.idleCleared(CLIPBOARD_IDLE_MS / 60_000), ctx.output.width));
    }
  }
}

export async function fillStudent(ctx: FillContext, record: StudentRecord): Promise<StudentOutcome> {
  const { output } = ctx;
  const steps = fillSteps({ ...record.fields, phone: record.phoneConfirmed ?? record.fields.phone });
  let index = 0;
  for (;;) {
    if (index === steps.length) {
      const answer = await askSubmitted(ctx, record);
      if (answer !== 'back') return answer;
      index -= 1;
    }
    const step = steps[index] as FillStep;
    const copied = await copyFor(ctx, step);
    showStep(output, { index: index + 1, total: steps.length, step, copied });
    output.line(output.colors.dim(ctx.clipboard.reason === undefined ? F.keys : F.keysNoClipboard));
    // Shown and waited for in one turn of the event loop: no key can fall between the two.
    const key = await nextKey(ctx);
    // c: the same box again, copied afresh (something else was copied meanwhile).
    if (key.name === 'c') continue;
    if (isStop(key)) return 'stopped';
    if (isBack(key)) index = Math.max(0, index - 1);
    else if (isEnter(key)) index += 1;
  }
}

/** "Ghi nhận" pressed? Yes records 'submitted' now; no leaves the student ready; b goes back a box. */
async function askSubmitted(ctx: FillContext, record: StudentRecord): Promise<StudentOutcome | 'back'> {
  const { output } = ctx;
  const name = displayName(record.fields);
  await ctx.clipboard.clear();
  output.line();
  output.line(output.colors.bold(wrap(F.askSubmitted(name), output.width)));
  output.line(output.colors.dim(F.submittedKeys));
  for (;;) {
    const key = await nextKey(ctx);
    if (isBack(key)) return 'back';
    if (isStop(key)) return 'stopped';
    if (key.name === 'k' || key.name === 'n') {
      output.line(wrap(F.notRecorded(name, record.id), output.width));
      return 'not-submitted';
    }
    if (key.name !== 'c' && key.name !== 'y') continue;
    const at = ctx.clock();
    try {
      // The store's one update path: the event rules (ready → submitted, times in order) apply.
      ctx.store.update(record.id, (current) => applyEvent(current, { type: 'submitted', at: at.toISOString() }, at, () => true), at);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      output.error(error.message);
      if (error.hint) output.info(error.hint);
      return 'not-submitted';
    }
    output.success(wrap(F.recorded(name, record.id, formatInstant(at)), output.width - 2));
    output.line(wrap(F.recordedNext(record.id), output.width));
    return 'submitted';
  }
}
