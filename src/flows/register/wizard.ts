import { FORM_TEXT, UPDATES, updateLine } from '../../core/content/index.js';
import { checkField } from '../../core/fields/index.js';
import type { ClassProfile } from '../../core/record.js';
import { askExistingAccount } from './already.js';
import { askQuestion, type AskContext } from './ask.js';
import { showIntro } from './intro.js';
import { wrap } from '../../ui/wrap.js';
import { M } from './messages.js';
import { QUESTIONS } from './questions.js';
import { review } from './review.js';
import type { DraftSession } from './session.js';

export interface WizardContext extends AskContext {
  profile: ClassProfile;
  now: () => Date;
  /** `--yes`: the commitment is given on the command line, not asked at "Ghi nhận". */
  assumeYes?: boolean;
}

/** A stored value is asked again only when missing (or, for a required field, invalid). */
export function needsAnswer(session: DraftSession, key: (typeof QUESTIONS)[number]): boolean {
  const value = session.fields[key.key];
  if (value === undefined) return true;
  if (value === '' && !key.required) return false;
  return !checkField(key.key, value).ok;
}

/**
 * The guide's steps over the draft: the first screens when `fresh` (a new registration whose
 * intro was not shown yet), the form, then its review; returns true when the record became ready.
 */
export async function runWizard(ctx: WizardContext, options: { fresh: boolean }): Promise<boolean> {
  if (options.fresh && (await askExistingAccount(ctx)) !== 'register') return false;
  if (options.fresh && !(await showIntro(ctx.output, ctx.prompter))) return false;
  return fillForm(ctx);
}

async function fillForm(ctx: WizardContext): Promise<boolean> {
  const { session, profile, output } = ctx;
  // The guide's agency (HCMC, Quận 3) is only right for that school: say so once, where it is set.
  if (session.fields.receivingAgency === undefined && profile.receivingAgency === FORM_TEXT.defaultReceivingAgency) {
    output.info(wrap(M.agencyDefault(profile.receivingAgency), output.width));
    output.info(wrap(updateLine(UPDATES.noDistricts), output.width));
  }
  for (const [key, value] of [
    ['subjectType', 'individual'],
    ['channel', 'portal'],
    ['receivingAgency', profile.receivingAgency || FORM_TEXT.defaultReceivingAgency],
    ['submissionMethod', profile.submissionMethod],
  ] as const) {
    if (session.fields[key] === undefined) session.fields = { ...session.fields, [key]: value };
  }
  for (const question of QUESTIONS) {
    if (needsAnswer(session, question)) await askQuestion(ctx, question);
  }
  return review(ctx);
}
