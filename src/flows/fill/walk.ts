/**
 * `fill [mã…]`: the ready students through the official web form one after another. The named
 * ones first; then, one at a time and only if the monitor wants, the next ready student. The
 * clipboard is emptied however it ends (done, q, Ctrl+C, an error).
 */
import { fillBlocker } from '../../core/fill/readiness.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import type { CommandContext } from '../../context.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { openClipboard } from '../../ui/clipboard.js';
import { KeyReader } from '../../ui/keys.js';
import { wrap } from '../../ui/wrap.js';
import { prepareStudent } from './prepare.js';
import { fillMessages as F } from './messages.js';
import { fillStudent, type FillContext } from './student.js';
import { chooseStudents } from './students.js';

export async function walkStudents(ctx: CommandContext, store: Store, named: readonly StudentRecord[], options: { clipboard: boolean }): Promise<void> {
  const { output } = ctx;
  const say = (text: string) => output.line(wrap(text, output.width));
  const chosen = chooseStudents(store, named, { allowUnconfirmedPhone: true });
  for (const { message, hint } of chosen.skipped) {
    output.warn(wrap(message, output.width - 2));
    output.info(`  ${hint}`);
  }
  if (chosen.students.length === 0) throw new UserError(F.noReady, { hint: F.skipped(chosen.skipped.length) });
  const clipboard = await openClipboard({ disabled: !options.clipboard, env: ctx.env });
  const keys = new KeyReader();
  const fill: FillContext = { output, keys, clipboard, store, clock: ctx.clock };
  const visited = new Set<string>();
  let submitted = 0;
  let finished = false;
  keys.start();
  try {
    say(F.intro(chosen.students.length));
    say(F.openForm);
    if (clipboard.reason !== undefined) output.warn(wrap(F.noClipboard(clipboard.reason), output.width - 2));
    output.line(output.colors.dim(F.startKeys));
    if (!(await waitForStart(keys))) return;
    const queue = [...chosen.students];
    for (let position = 0; ; position += 1) {
      const next = position === 0 ? queue.shift() : await offerNext(fill, queue.shift() ?? nextReady(store, visited));
      if (next === undefined) break;
      visited.add(next.id);
      output.line();
      output.line(output.colors.bold(F.student(position + 1, displayName(next.fields), next.id)));
      const record = await prepareStudent(fill, keys, store, next);
      if (record === undefined) continue;
      const outcome = await fillStudent(fill, record);
      if (outcome === 'submitted') submitted += 1;
      if (outcome === 'stopped') return;
    }
    finished = true;
  } finally {
    keys.stop();
    await clipboard.close();
    output.line();
    if (finished) output.success(F.done(submitted));
    else say(F.stopped(submitted));
  }
}

async function waitForStart(keys: Pick<KeyReader, 'next'>): Promise<boolean> {
  for (;;) {
    const key = await keys.next();
    if (key?.name === 'return' || key?.name === 'enter') return true;
    if (key?.name === 'q' || key?.name === 'escape') return false;
  }
}

/** The first ready student not seen in this run that can be filled now. */
function nextReady(store: Store, visited: ReadonlySet<string>): StudentRecord | undefined {
  return store.list().find((record) => {
    if (visited.has(record.id) || record.state !== 'ready') return false;
    const blocker = fillBlocker(record);
    return blocker === undefined || blocker.kind === 'phone-unconfirmed';
  });
}

/** The next student, offered: Enter starts them, q ends the run. */
async function offerNext(ctx: FillContext, next: StudentRecord | undefined): Promise<StudentRecord | undefined> {
  if (next === undefined) return undefined;
  const { output } = ctx;
  output.line();
  output.line(output.colors.bold(wrap(F.nextOffer(displayName(next.fields), next.id), output.width)));
  output.line(output.colors.dim(F.nextKeys));
  return (await waitForStart(ctx.keys)) ? next : undefined;
}
