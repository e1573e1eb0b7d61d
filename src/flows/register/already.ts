/** A student who already has a VssID account, recorded as done on the board without the form. */
import { isReadyRecord } from '../../core/fields/index.js';
import type { StudentRecord } from '../../core/record.js';
import { applyEvent } from '../../core/tracking/index.js';
import type { Output } from '../../ui/output.js';
import { askQuestion } from './ask.js';
import type { AskContext, WizardContext } from './context.js';
import { registerMessages as M } from './messages.js';
import { questionFor, type Question } from './questions.js';
import type { DraftSession } from './session.js';

/** Asks the name and the BHXH code (the login), then records 'already-registered'. */
export async function recordExistingAccount(ctx: AskContext & Pick<WizardContext, 'now'>): Promise<StudentRecord> {
  for (const key of ['name', 'bhxhCode'] as const) {
    if (ctx.session.fields[key] === undefined) await askQuestion(ctx, questionFor(key) as Question);
  }
  const record = markAlreadyRegistered(ctx.session, ctx.now());
  printAlreadyRegistered(ctx.output, record);
  return record;
}

/** The draft (with at least a name and a BHXH code) recorded as done: it had an account already. */
export function markAlreadyRegistered(session: DraftSession, now: Date): StudentRecord {
  return session.save((record) => applyEvent(record, { type: 'already-registered', at: now.toISOString() }, now, isReadyRecord));
}

export function printAlreadyRegistered(output: Output, record: StudentRecord): void {
  output.success(M.accountRecorded(record.fields.name ?? '', record.id));
}
