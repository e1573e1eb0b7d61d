/**
 * The wizard's first question: does the student already have a VssID account? If so, how to log
 * in or recover the password, and the student can be put on the board as done, without the form.
 */
import { EXISTING_ACCOUNT, updateLine } from '../../core/content/index.js';
import { isReadyRecord } from '../../core/fields/index.js';
import type { StudentRecord } from '../../core/record.js';
import { applyEvent } from '../../core/tracking/index.js';
import { hanging, wrap } from '../../ui/wrap.js';
import { askQuestion, type AskContext } from './ask.js';
import { M } from './messages.js';
import { questionFor, type Question } from './questions.js';
import type { DraftSession } from './session.js';

export type AccountStart = 'register' | 'recorded' | 'stop';

/** Asks, and for an existing account shows the way in; 'register' goes on to the form. */
export async function askExistingAccount(ctx: AskContext & { now: () => Date }): Promise<AccountStart> {
  const { output, prompter } = ctx;
  for (;;) {
    const answer = await prompter.select({
      message: M.accountQuestion,
      choices: [
        { name: M.accountNew, value: 'new' as const },
        { name: M.accountExists, value: 'exists' as const },
        { name: M.accountUnsure, value: 'unsure' as const },
      ],
    });
    if (answer === 'new') return 'register';
    if (answer === 'unsure') {
      for (const tip of EXISTING_ACCOUNT.unsure) output.line(hanging('  • ', tip, output.width));
      output.line();
      continue;
    }
    showLogin(ctx);
    if (!(await prompter.confirm({ message: M.accountRecord, default: true }))) {
      output.line(M.accountNotRecorded);
      return 'stop';
    }
    for (const key of ['name', 'bhxhCode'] as const) await askQuestion(ctx, questionFor(key) as Question);
    const record = markAlreadyRegistered(ctx.session, ctx.now());
    printAlreadyRegistered(ctx, record);
    return 'recorded';
  }
}

export function showLogin({ output }: Pick<AskContext, 'output'>): void {
  output.line(output.colors.bold(EXISTING_ACCOUNT.title));
  EXISTING_ACCOUNT.steps.forEach((step, i) => output.line(hanging(`  ${i + 1}. `, step, output.width)));
  for (const text of EXISTING_ACCOUNT.updates) output.line(output.colors.magenta(wrap(updateLine(text), output.width, '  ')));
  output.line();
}

/** The draft (with at least a name and a BHXH code) recorded as done: it had an account already. */
export function markAlreadyRegistered(session: DraftSession, now: Date): StudentRecord {
  return session.save((record) => applyEvent(record, { type: 'already-registered', at: now.toISOString() }, now, isReadyRecord));
}

export function printAlreadyRegistered({ output }: Pick<AskContext, 'output'>, record: StudentRecord): void {
  output.success(M.accountRecorded(record.fields.name ?? '', record.id));
}
