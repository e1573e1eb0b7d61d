import { agencyProvinceMismatch, agencySuggestions, classAgencyFits } from '../../core/agency.js';
import { checkWardInList, loadWardList, wardMessages } from '../../core/address/index.js';
import { bhxhFromCard, bhxhIdMismatch, checkField, FIELD_LABELS, isReadyRecord, missingRequiredFields, photoPairProblems } from '../../core/fields/index.js';
import { agencyMessages } from '../../core/fields/messages.js';
import { displayName, type StudentFields, type StudentRecord } from '../../core/record.js';
import { applyEvent, STATE_LABELS } from '../../core/tracking/index.js';
import type { CommandContext } from '../../context.js';
import { NoTerminalError, UserError } from '../../errors.js';
import { registerMessages as M } from './messages.js';
import { ANSWER_FLAGS, QUESTIONS, questionFor } from './questions.js';
import { printReady } from './result.js';
import { DraftSession } from './session.js';
import { wrongPhones } from '../../core/tracking/history.js';
import { findConflicts } from '../../core/duplicates.js';
import { describeConflict } from '../../store/messages.js';
import type { Store } from '../../store/store.js';
import { openCommandStore } from '../open-store.js';
import { requireSaved } from '../student-ref.js';
import { runWizardCommand } from './run.js';
import { CLI } from '../../invocation.js';
import { markAlreadyRegistered, printAlreadyRegistered, recordExistingAccount } from './already.js';
import { showLogin } from './account.js';

/** `register`'s options as commander gives them; the answers are checked by their fields' rules (fieldsFromFlags). */
export interface RegisterOptions {
  name?: string;
  bhxh?: string;
  idNumber?: string;
  front?: string;
  back?: string;
  portrait?: string;
  province?: string;
  district?: string;
  ward?: string;
  street?: string;
  contact?: string;
  email?: string;
  phone?: string;
  agency?: string;
  submission?: string;
  yes?: boolean;
  phoneIsRight?: boolean;
  alreadyRegistered?: boolean;
  /** `--resume` alone: choose among the drafts. */
  resume?: string | true;
}

/** The fields given as flags, validated; any invalid one stops the command before a prompt. */
export function fieldsFromFlags(options: RegisterOptions): { fields: StudentFields; notes: string[] } {
  const fields: StudentFields = {};
  const notes: string[] = [];
  const errors: string[] = [];
  for (const { key, flag, option } of ANSWER_FLAGS) {
    const raw = options[option as keyof RegisterOptions];
    if (typeof raw !== 'string') continue;
    const optional = questionFor(key)?.required === false;
    if (optional && raw.trim() === '') {
      Object.assign(fields, { [key]: '' });
      continue;
    }
    const result = checkField(key, raw);
    if (result.ok) {
      Object.assign(fields, { [key]: result.value });
      notes.push(...result.notes, ...result.warnings);
    } else {
      errors.push(`  ${flag} (${FIELD_LABELS[key]}): ${result.message}`);
    }
  }
  const mismatch = bhxhIdMismatch(fields.bhxhCode, fields.idNumber);
  if (mismatch !== undefined) notes.push(mismatch);
  for (const pair of photoPairProblems(fields)) {
    const flag = questionFor(pair.field)?.flag;
    errors.push(`  ${flag} (${FIELD_LABELS[pair.field]}): ${pair.message}`);
  }
  if (errors.length > 0) throw new UserError(`${M.flagErrors}\n${errors.join('\n')}`, { hint: M.fixFlags });
  return { fields, notes };
}

/**
 * `register` after its light entry (src/commands/register.ts): flags validated, the store opened,
 * then either no prompt at all (`--yes` and every answer given) or the wizard.
 */
export async function startRegistration(
  ctx: CommandContext, options: RegisterOptions, introShown: boolean,
): Promise<void> {
  const { fields: given, notes } = fieldsFromFlags(options);
  const store = await openCommandStore(ctx);
  const draft = options.resume === undefined ? undefined : await chooseDraft(ctx, store, options.resume);
  if (given.phone !== undefined && draft !== undefined && wrongPhones(draft).includes(given.phone)) {
    if (options.phoneIsRight !== true) throw new UserError(`--phone: ${M.knownWrongPhoneFlag(given.phone)}`, { hint: M.fixFlags });
    // The stated confirmation: the number is stored as confirmed, so it is no longer refused.
    const phone = given.phone;
    store.update(draft.id, (current) => ({ ...current, fields: { ...current.fields, phone }, phoneConfirmed: phone }), ctx.now);
  }
  const profile = store.getProfile();
  const cardCode = options.bhxh !== undefined && bhxhFromCard(options.bhxh) !== undefined ? options.bhxh : undefined;
  const base: StudentFields = {
    subjectType: 'individual',
    channel: 'portal',
    submissionMethod: profile.submissionMethod,
    ...draft?.fields,
    ...given,
  };
  // The class's agency only where it fits the student; never the guide's without a choice.
  if (!base.receivingAgency && classAgencyFits({ classAgency: profile.receivingAgency, province: base.province, cardCode })) {
    base.receivingAgency = profile.receivingAgency;
  }
  // A draft's answer that no longer passes (a photo moved away since) counts as missing, as in the
  // wizard; so does a phone troubleshooting recorded as wrong that reached the draft another way.
  for (const { key } of QUESTIONS) {
    const value = base[key];
    if (typeof value === 'string' && value !== '' && !(key in given) && !checkField(key, value).ok) delete base[key];
  }
  if (draft !== undefined && base.phone !== undefined && !('phone' in given) && wrongPhones(draft).includes(base.phone)) {
    notes.push(M.knownWrongPhoneDropped(base.phone));
    delete base.phone;
  }
  if (given.ward !== undefined) notes.push(...(await checkGivenWard(base, given, profile.extraWards)));
  // "Người liên hệ" defaults to the person's own name (SPEC), as the wizard's prompt offers it.
  if (base.contactPerson === undefined && base.name) base.contactPerson = base.name;
  if (options.alreadyRegistered) return recordAlreadyRegistered(ctx, store, draft, base, notes);
  const mismatch = agencyProvinceMismatch(base.receivingAgency, base.province);
  if (mismatch && base.receivingAgency) notes.push(agencyMessages.mismatch(base.receivingAgency, mismatch.agencyProvince, mismatch.province));
  const complete = missingRequiredFields(base).length === 0;
  if (options.yes && complete) return finishWithoutPrompts(ctx, store, draft, base, notes);
  if (!ctx.interactive) {
    // --contact is never needed: it defaults to --name.
    const unanswered = missingRequiredFields(base);
    const missing = [...QUESTIONS, { key: 'receivingAgency' as const, flag: '--agency', required: true }]
      .filter((q) => q.required && q.key !== 'contactPerson' && unanswered.includes(q.key))
      .map((q) => q.flag);
    if (options.yes && missing.length === 1 && missing[0] === '--agency') {
      const hint = agencySuggestions({ cardCode, province: base.province, classAgency: profile.receivingAgency })
        .map(({ agency, source }) => agencyMessages.suggestion(agency, agencyMessages.sources[source]));
      throw new UserError(agencyMessages.needed, { hint: hint.join('\n') });
    }
    throw new NoTerminalError(options.yes ? missing : [...missing, '--yes']);
  }
  for (const note of notes) ctx.output.info(note);
  await runWizardCommand(ctx, {
    store, draft, given, profile, fresh: !draft && !introShown, assumeYes: options.yes === true, ...(cardCode ? { cardCode } : {}),
  });
}

/**
 * `--ward` against the official list of the province: a former ward (`--district` tells
 * same-named ones apart) becomes today's, with a note naming both; anything else is kept, warned.
 */
async function checkGivenWard(base: StudentFields, given: StudentFields, extraWards: readonly string[]): Promise<string[]> {
  if (base.province === undefined || base.ward === undefined) return [];
  const list = await loadWardList(extraWards);
  const checked = checkWardInList(list, base.province, base.ward, base.district, wardMessages.fixFlags);
  base.ward = checked.ward;
  given.ward = checked.ward;
  if (checked.clearDistrict) {
    base.district = '';
    given.district = '';
  }
  return checked.warnings;
}

async function chooseDraft(ctx: CommandContext, store: Store, resume: string | true): Promise<StudentRecord> {
  if (resume !== true) {
    const record = requireSaved(store, resume);
    if (record.state !== 'draft') {
      throw new UserError(M.notADraft(record.id, STATE_LABELS[record.state]), { hint: M.notADraftHint(record.id) });
    }
    return record;
  }
  const drafts = store.list().filter((r) => r.state === 'draft');
  if (drafts.length === 0) throw new UserError(M.noDrafts, { hint: M.noDraftsHint });
  if (!ctx.interactive) {
    const commands = drafts.map((r) => `  ${CLI} register --resume ${r.id}   (${displayName(r.fields)})`);
    throw new UserError(M.whichDraft(drafts.length), { hint: commands.join('\n') });
  }
  const { pickStudent } = await import('../pick-student.js');
  return pickStudent<StudentRecord>(M.chooseDraft, drafts);
}

/**
 * `--already-registered`: the student has a VssID account already; saved with what was given
 * (name and BHXH code at least) and recorded as done, with no form and no prompt.
 */
function recordAlreadyRegistered(
  ctx: CommandContext, store: Store, draft: StudentRecord | undefined, fields: StudentFields, notes: string[],
): void {
  const { output } = ctx;
  if (!fields.name || !fields.bhxhCode) throw new UserError(M.alreadyNeeds, { hint: M.alreadyNeedsHint });
  const conflicts = findConflicts(store.list().filter((r) => r.id !== draft?.id), { fields });
  const errors = conflicts.filter((c) => c.severity === 'error');
  if (errors.length > 0) throw new UserError(errors.map(describeConflict).join('\n'), { hint: M.fixFlags });
  const session = new DraftSession(store, () => ctx.now, draft);
  session.fields = fields;
  const record = markAlreadyRegistered(session, ctx.now);
  if (output.json) {
    output.printJson({ id: record.id, state: record.state, fields: record.fields, notes });
    return;
  }
  for (const note of notes) output.info(note);
  printAlreadyRegistered(output, record);
  showLogin(output);
}

/**
 * A plain `register` whose first answer was "already has an account, record it": the name and
 * the BHXH code are asked, and the student is put on the board as done.
 */
export async function startExistingAccount(ctx: CommandContext): Promise<void> {
  const store = await openCommandStore(ctx);
  const session = new DraftSession(store, () => ctx.now, undefined);
  const { prompter } = await import('../../ui/prompter.js');
  try {
    await recordExistingAccount({ output: ctx.output, prompter, session, now: () => ctx.now });
  } catch (error) {
    if (error instanceof Error && error.name === 'ExitPromptError' && session.id) {
      ctx.output.line();
      ctx.output.line(`${M.savedDraft(session.id)}\n${M.resumeWith(session.id)}`);
    }
    throw error;
  }
}

/** `--yes` with every required flag: no prompt at all, usable from a script. */
function finishWithoutPrompts(
  ctx: CommandContext, store: Store, draft: StudentRecord | undefined, fields: StudentFields, notes: string[],
): void {
  const { output } = ctx;
  const conflicts = findConflicts(store.list().filter((r) => r.id !== draft?.id), { fields });
  const errors = conflicts.filter((c) => c.severity === 'error');
  if (errors.length > 0) throw new UserError(errors.map(describeConflict).join('\n'), { hint: M.fixFlags });
  const session = new DraftSession(store, () => ctx.now, draft);
  // Optional questions without a flag are skipped, stored as '' like an Enter in the wizard.
  const skipped = QUESTIONS.filter((q) => !q.required && fields[q.key] === undefined).map((q) => [q.key, '']);
  session.fields = { ...Object.fromEntries(skipped), ...fields, commitment: true };
  const record = session.save((r) => applyEvent(r, { type: 'ready', at: ctx.now.toISOString() }, ctx.now, isReadyRecord));
  if (output.json) {
    output.printJson({ id: record.id, state: record.state, fields: record.fields, notes });
    return;
  }
  for (const note of notes) output.info(note);
  for (const conflict of conflicts) output.warn(describeConflict(conflict));
  printReady(ctx, record);
}
