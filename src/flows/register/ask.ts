import { bhxhFromCard, checkField, FIELD_LABELS } from '../../core/fields/index.js';
import { emailMessages } from '../../core/fields/messages.js';
import { FIELD_UPDATES, updateLine } from '../../core/content/index.js';
import { searchProvinces } from '../../core/provinces.js';
import { askWard } from './ask-ward.js';
import type { FieldKey } from '../../core/record.js';
import { describeConflict } from '../../store/messages.js';
import { findConflicts } from '../../core/duplicates.js';
import { wrap } from '../../ui/wrap.js';
import { registerMessages as M } from './messages.js';
import type { Question } from './questions.js';
import type { DraftSession } from './session.js';
import type { AskContext } from './context.js';

type Accepted = Extract<ReturnType<typeof checkField>, { ok: true }>;

/** The message that keeps a prompt open: the field's rule, then duplicates among saved students. */
export function problemWith(session: DraftSession, key: FieldKey, raw: string): string | undefined {
  // With the record, a photo is also compared with the other two (a copy of the front as the back).
  const result = checkField(key, raw, { record: session.fields });
  if (!result.ok) return result.message;
  const conflict = findConflicts(session.others(), { fields: { [key]: result.value } })
    .find((c) => c.severity === 'error');
  return conflict && describeConflict(conflict);
}

/** An optional field left empty: Enter on an empty prompt, or "-" to clear a value it had. */
const isSkip = (question: Question, raw: string): boolean =>
  !question.required && (raw.trim() === '' || raw.trim() === '-');

function label(question: Question, extra = ''): string {
  const text = FIELD_LABELS[question.key] + (question.required ? ' *' : '');
  return extra ? `${text} ${extra}` : text;
}

async function promptRaw(ctx: AskContext, question: Question): Promise<string> {
  const { prompter, session } = ctx;
  const current = session.fields[question.key];
  const validate = (value: string) => {
    if (isSkip(question, value)) return true;
    return problemWith(session, question.key, value) ?? true;
  };
  if (question.kind === 'province') {
    return prompter.search({
      message: label(question, `(${M.provinceSearch})`),
      source: (term) => {
        const names = searchProvinces(term);
        if (names.length === 0) return [{ name: M.provinceNotFound(term), value: '', disabled: true }];
        return names.map((name) => ({ name, value: name }));
      },
    });
  }
  const fallback = question.key === 'contactPerson' ? session.fields.name : undefined;
  const shown = typeof current === 'string' && current !== '' ? current : fallback;
  // Enter answers the default, so an optional value once given is cleared by typing "-".
  const hint = !question.required && shown !== undefined ? M.optionalClear
    : question.kind === 'photo' ? M.photoHint
    : question.key === 'district' ? M.districtHint
    : question.key === 'email' ? M.emailHint
    : question.required ? '' : M.optional;
  return prompter.input({ message: label(question, hint), default: shown, validate });
}

/** Asks one question until the answer is valid and confirmed, then saves it. */
export async function askQuestion(ctx: AskContext, question: Question): Promise<void> {
  const { output, session } = ctx;
  if (question.kind === 'phone') output.warn(wrap(M.phoneWarning, output.width - 2));
  const update = FIELD_UPDATES[question.key as keyof typeof FIELD_UPDATES];
  if (update !== undefined) output.info(wrap(updateLine(update), output.width));
  if (question.kind === 'ward') {
    const chosen = await askWard(ctx);
    if (chosen !== undefined) {
      if (chosen.clearDistrict && session.fields.district) session.set('district', '');
      session.set('ward', chosen.ward);
      return;
    }
  }
  for (;;) {
    const raw = await promptRaw(ctx, question);
    if (isSkip(question, raw)) {
      session.set(question.key, '' as never);
      // The form allows no e-mail, but the OTP goes to it: said now, not only on the board.
      if (question.key === 'email') output.warn(wrap(emailMessages.missing, output.width - 2));
      return;
    }
    const result = checkField(question.key, raw) as Accepted;
    if (question.kind === 'phone' && !(await allowKnownWrongPhone(ctx, result.value as string))) continue;
    if (!(await confirmAnswer(ctx, question, result))) continue;
    if (question.kind === 'phone') {
      session.confirmPhone(result.value as string);
    } else {
      // "Người liên hệ" follows the name while it is still the name's default.
      const { name, contactPerson } = session.fields;
      if (question.key === 'name' && contactPerson !== undefined && contactPerson === name) {
        session.fields = { ...session.fields, contactPerson: result.value as string };
      }
      session.set(question.key, result.value as never);
    }
    if (question.key === 'bhxhCode') session.cardCode = bhxhFromCard(raw) === undefined ? undefined : raw;
    for (const warning of result.warnings) output.warn(warning);
    for (const conflict of findConflicts(session.others(), { fields: { [question.key]: result.value } })) {
      output.warn(describeConflict(conflict));
    }
    return;
  }
}

/**
 * A phone this student registered by mistake (rows 2 and 3 recorded it) is refused, unless the
 * monitor states it was checked and is right after all (the cause was recorded wrongly): then
 * it is typed twice as usual, and the confirmed number is no longer refused.
 */
async function allowKnownWrongPhone(ctx: AskContext, phone: string): Promise<boolean> {
  if (!ctx.session.knownWrongPhones().includes(phone)) return true;
  ctx.output.warn(wrap(M.knownWrongPhone(phone), ctx.output.width - 2));
  return ctx.prompter.confirm({ message: M.allowWrongPhone(phone), default: false });
}

/** Conversions and decoded facts are shown back for a yes; the phone is typed a second time. */
async function confirmAnswer(ctx: AskContext, question: Question, result: Accepted): Promise<boolean> {
  const { output, prompter } = ctx;
  for (const note of result.notes) output.info(wrap(note, output.width, '  '));
  if (question.key === 'bhxhCode' && result.notes.length > 0) {
    return prompter.confirm({ message: M.confirmBhxh(String(result.value)), default: true });
  }
  if (question.key === 'idNumber' && result.decoded?.kind === 'cccd') {
    return prompter.confirm({ message: M.confirmDecoded, default: true });
  }
  if (question.kind === 'phone') {
    const again = await prompter.input({ message: M.phoneAgain, validate: (value) => (value.trim() ? true : M.phoneAgain) });
    const second = checkField('phone', again);
    if (!second.ok || second.value !== result.value) {
      output.error(M.phoneMismatch);
      return false;
    }
  }
  return true;
}
