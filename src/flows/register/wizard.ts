import { CHECKLIST, FORM_TEXT, LINKS } from '../../core/content/index.js';
import { checkField } from '../../core/fields/index.js';
import type { ClassProfile } from '../../core/record.js';
import type { Output } from '../../ui/output.js';
import { qrCode } from '../../ui/qr.js';
import { hanging } from '../../ui/wrap.js';
import { askQuestion, type AskContext } from './ask.js';
import { M } from './messages.js';
import type { Prompter } from './prompter.js';
import { QUESTIONS } from './questions.js';
import { review } from './review.js';
import type { DraftSession } from './session.js';

export interface WizardContext extends AskContext {
  profile: ClassProfile;
  now: () => Date;
}

/** A stored value is asked again only when missing (or, for a required field, invalid). */
export function needsAnswer(session: DraftSession, key: (typeof QUESTIONS)[number]): boolean {
  const value = session.fields[key.key];
  if (value === undefined) return true;
  if (value === '' && !key.required) return false;
  return !checkField(key.key, value).ok;
}

async function intro(output: Output, prompter: Prompter): Promise<boolean> {
  output.line(output.colors.bold(M.intro));
  output.line(M.introSaved);
  output.line();
  output.line(M.checklistTitle);
  for (const { item, note } of CHECKLIST) output.line(hanging('  ☐ ', note ? `${item} — ${note}` : item, output.width));
  if (!(await prompter.confirm({ message: M.ready, default: true }))) {
    output.line(M.notReady);
    return false;
  }
  output.line();
  output.line(M.firstScreens);
  output.line(await qrCode(LINKS.webRegistration));
  output.line(`  ${LINKS.webRegistration}`);
  output.line();
  return true;
}

/** Runs the guide's steps 1–4 over the draft; returns true when the record became ready. */
export async function runWizard(ctx: WizardContext, options: { fresh: boolean }): Promise<boolean> {
  const { output, prompter, session, profile } = ctx;
  if (options.fresh) {
    if (!(await intro(output, prompter))) return false;
    await prompter.select({
      message: M.subject,
      choices: [
        { name: M.subjectIndividual, value: 'individual' as const },
        { name: M.subjectOrganisation, value: 'individual' as const, disabled: M.unsupported },
      ],
    });
    output.line(output.colors.bold(M.formTitle));
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
