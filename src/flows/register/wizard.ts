import { checkWardInList } from '../../core/address/index.js';
import { agencyProvinceMismatch, GUIDE_AGENCY } from '../../core/agency.js';
import { UPDATES, updateLine } from '../../core/content/index.js';
import { checkField } from '../../core/fields/index.js';
import { agencyMessages } from '../../core/fields/messages.js';
import { askAccountStatus } from './account.js';
import { recordExistingAccount } from './already.js';
import { askQuestion } from './ask.js';
import { askAgency, needsAgencyQuestion } from './agency.js';
import { showIntro } from './intro.js';
import { wrap } from '../../ui/wrap.js';
import { QUESTIONS } from './questions.js';
import { review } from './review.js';
import type { DraftSession } from './session.js';
import type { WizardContext } from './context.js';

/** A stored value is asked again only when missing (or, for a required field, invalid, or a phone recorded as wrong). */
export function needsAnswer(session: DraftSession, key: (typeof QUESTIONS)[number]): boolean {
  const value = session.fields[key.key];
  if (value === undefined) return true;
  if (value === '' && !key.required) return false;
  if (key.key === 'phone' && session.knownWrongPhones().includes(value as string)) return true;
  return !checkField(key.key, value).ok;
}

/**
 * The guide's steps over the draft: the first screens when `fresh` (a new registration whose
 * intro was not shown yet), the form, then its review; returns true when the record became ready.
 */
export async function runWizard(ctx: WizardContext, options: { fresh: boolean }): Promise<boolean> {
  if (options.fresh) {
    const start = await askAccountStatus(ctx.output, ctx.prompter);
    if (start === 'record') await recordExistingAccount(ctx);
    if (start !== 'register' || !(await showIntro(ctx.output, ctx.prompter))) return false;
  }
  return fillForm(ctx);
}

/**
 * A saved ward the list does not hold as today's (a roster's former or unknown ward): said, and
 * asked again, so the draft leaves with a ward the app lists (keeping it stays possible).
 */
async function wardOffList(ctx: Pick<WizardContext, 'session' | 'output' | 'wardList'>): Promise<boolean> {
  const { province, ward, district } = ctx.session.fields;
  if (!province || !ward || !ctx.wardList) return false;
  const checked = checkWardInList(await ctx.wardList(), province, ward, district, '');
  if (checked.ward === ward && checked.warnings.length === 0) return false;
  for (const warning of checked.warnings) ctx.output.warn(wrap(warning, ctx.output.width - 2));
  return true;
}

async function fillForm(ctx: WizardContext): Promise<boolean> {
  const { session, profile } = ctx;
  for (const [key, value] of [
    ['subjectType', 'individual'],
    ['channel', 'portal'],
    ['submissionMethod', profile.submissionMethod],
  ] as const) {
    if (session.fields[key] === undefined) session.fields = { ...session.fields, [key]: value };
  }
  for (const question of QUESTIONS) {
    if (needsAnswer(session, question) || (question.kind === 'ward' && (await wardOffList(ctx)))) await askQuestion(ctx, question);
  }
  // After the card and the province are known: they decide what to suggest.
  if (needsAgencyQuestion(ctx)) await askAgency(ctx);
  else if (!session.fields.receivingAgency) {
    session.set('receivingAgency', ctx.profile.receivingAgency);
    const mismatch = agencyProvinceMismatch(ctx.profile.receivingAgency, session.fields.province);
    if (mismatch) ctx.output.info(wrap(agencyMessages.mismatch(ctx.profile.receivingAgency, mismatch.agencyProvince, mismatch.province), ctx.output.width));
    // The class chose the guide's "BHXH Quận 3": fits this student's province, but say it predates 2025.
    if (ctx.profile.receivingAgency === GUIDE_AGENCY) ctx.output.info(wrap(updateLine(UPDATES.noDistricts), ctx.output.width));
  }
  return review(ctx);
}
