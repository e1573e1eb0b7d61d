import { FORM_TEXT } from '../../core/content/index.js';
import { checkField, FIELD_LABELS, isReadyRecord, missingRequiredFields } from '../../core/fields/index.js';
import { EMAIL_MISSING } from '../../core/fields/messages.js';
import { FORM_ORDER, type FieldKey, type StudentFields } from '../../core/record.js';
import { applyEvent } from '../../core/tracking/index.js';
import type { Output } from '../../ui/output.js';
import { wrap } from '../../ui/wrap.js';
import { askAgency } from './agency.js';
import { askQuestion } from './ask.js';
import { registerMessages as M } from './messages.js';
import { QUESTIONS, questionFor } from './questions.js';
import type { WizardContext } from './context.js';

/** How a stored value reads on the review screen. */
export function displayValue(key: FieldKey, fields: StudentFields): string {
  const value = fields[key];
  if (value === undefined) return M.missing;
  if (value === '') return M.skipped;
  if (key === 'subjectType') return M.subjectIndividual;
  if (key === 'channel') return FORM_TEXT.channel;
  if (key === 'submissionMethod') return FORM_TEXT.submissionMethods[value as 'postal' | 'reception'];
  if (key === 'commitment') return value ? 'Đã cam kết' : 'Chưa';
  return String(value);
}

export function printRecord(output: Output, fields: StudentFields, keys: readonly FieldKey[] = FORM_ORDER): void {
  const width = Math.max(...keys.map((key) => FIELD_LABELS[key].length));
  const missing = new Set(missingRequiredFields(fields));
  for (const key of keys) {
    let text = displayValue(key, fields);
    // No e-mail is allowed by the form, but then no OTP can reach the student.
    if (key === 'email' && !fields.email) text = output.colors.yellow(`${text} — ${EMAIL_MISSING}`);
    const shown = missing.has(key) ? output.colors.red(text) : text;
    output.line(`  ${FIELD_LABELS[key].padEnd(width)}  ${shown}`);
  }
}

type Action = { kind: 'submit' } | { kind: 'later' } | { kind: 'edit'; key: FieldKey };

const EDITABLE: readonly FieldKey[] = [...QUESTIONS.map((q) => q.key), 'receivingAgency', 'submissionMethod'];

/** The review screen: edit anything, then "Ghi nhận". Returns true when the record is ready. */
export async function review(ctx: WizardContext): Promise<boolean> {
  const { output, prompter, session } = ctx;
  for (;;) {
    output.line();
    output.line(output.colors.bold(M.reviewTitle));
    printRecord(output, session.fields, FORM_ORDER.filter((key) => key !== 'commitment'));
    const action = await prompter.select<Action>({
      message: M.reviewAction,
      choices: [
        { name: M.reviewSubmit, value: { kind: 'submit' }, disabled: missingRequiredFields(session.fields).length > 0 && M.incomplete },
        // Second, not last: below twelve fields it would be off the first page.
        { name: M.reviewLater, value: { kind: 'later' } },
        ...EDITABLE.map((key) => ({ name: M.reviewEdit(FIELD_LABELS[key]), value: { kind: 'edit', key } as Action })),
      ],
    });
    if (action.kind === 'later') return false;
    if (action.kind === 'edit') {
      await editField(ctx, action.key);
      continue;
    }
    if (!session.phoneConfirmed && !(await retypePhone(ctx))) continue;
    return submit(ctx);
  }
}

/** A phone that was not typed twice here (it came from a roster or a flag) is retyped once. */
async function retypePhone(ctx: Pick<WizardContext, 'prompter' | 'output' | 'session'>): Promise<boolean> {
  const { output, prompter, session } = ctx;
  const phone = session.fields.phone ?? '';
  const again = await prompter.input({ message: M.retypePhone(phone), validate: (value) => value.trim() !== '' || M.phoneAgain });
  const typed = checkField('phone', again);
  if (!typed.ok || typed.value !== phone) {
    output.error(M.retypeMismatch);
    return false;
  }
  session.confirmPhone(phone);
  return true;
}

async function editField(ctx: WizardContext, key: FieldKey): Promise<void> {
  const { prompter, session } = ctx;
  const question = questionFor(key);
  if (question) return askQuestion(ctx, question);
  if (key === 'submissionMethod') {
    const method = await prompter.select({
      message: FIELD_LABELS.submissionMethod,
      choices: (['reception', 'postal'] as const).map((value) => ({ name: FORM_TEXT.submissionMethods[value], value })),
      default: session.fields.submissionMethod,
    });
    return session.set('submissionMethod', method);
  }
  return askAgency(ctx);
}

async function submit(ctx: Pick<WizardContext, 'prompter' | 'output' | 'session' | 'now' | 'assumeYes'>): Promise<boolean> {
  const { output, prompter, session, now } = ctx;
  output.line(wrap(FORM_TEXT.commitment, output.width));
  if (!ctx.assumeYes && !(await prompter.confirm({ message: M.commitment, default: true }))) {
    output.warn(M.commitmentRefused);
    return false;
  }
  session.fields = { ...session.fields, commitment: true };
  session.save((record) => applyEvent(record, { type: 'ready', at: now().toISOString() }, now(), isReadyRecord));
  return true;
}
