/** The receiving agency in the wizard: suggested from the card and the province, never silently the guide's. */
import { agencySuggestions, classAgencyFits } from '../../core/agency.js';
import { UPDATES, updateLine } from '../../core/content/index.js';
import { checkField } from '../../core/fields/index.js';
import { agencyMessages as A } from '../../core/fields/messages.js';
import { wrap } from '../../ui/wrap.js';
import type { AgencyContext, WizardContext } from './context.js';

const OTHER = '\u0000other';

/** The class's agency is used without a question whenever the class has one (see classAgencyFits). */
export function needsAgencyQuestion(ctx: Pick<WizardContext, 'session' | 'profile'>): boolean {
  const { session, profile } = ctx;
  const current = session.fields.receivingAgency;
  if (current !== undefined && current !== '' && checkField('receivingAgency', current).ok) return false;
  return !classAgencyFits({ classAgency: profile.receivingAgency, province: session.fields.province, cardCode: session.cardCode });
}

/** Asks the agency: the class's, the card's BHXH, the province's, the guide's (said to be pre-2025), or typed. */
export async function askAgency(ctx: AgencyContext): Promise<void> {
  const { output, prompter, session, profile } = ctx;
  const suggestions = agencySuggestions({ cardCode: session.cardCode, province: session.fields.province, classAgency: profile.receivingAgency });
  const current = session.fields.receivingAgency;
  // The 2026 note (no districts, "BHXH cơ sở …"): why the guide's "BHXH Quận 3" is only one choice.
  output.info(wrap(updateLine(UPDATES.noDistricts), output.width));
  const choice = await prompter.select<string>({
    message: A.ask,
    choices: [
      ...suggestions.map(({ agency, source }) => ({ name: `${agency} (${A.sources[source]})`, value: agency })),
      { name: A.other, value: OTHER },
    ],
    ...(current && suggestions.some((s) => s.agency === current) ? { default: current } : {}),
  });
  const typed = choice !== OTHER ? choice : await prompter.input({
    message: A.typeIt,
    ...(current ? { default: current } : {}),
    validate: (value) => {
      const result = checkField('receivingAgency', value);
      return result.ok || result.message;
    },
  });
  const result = checkField('receivingAgency', typed, { record: session.fields });
  if (!result.ok || result.value === undefined) return;
  session.set('receivingAgency', result.value);
  for (const note of result.notes) output.info(wrap(note, output.width));
  for (const warning of result.warnings) output.warn(wrap(warning, output.width - 2));
  await offerForClass(ctx, result.value);
}

/** First use: the class has no agency yet; the one just chosen may become the class's. */
async function offerForClass(ctx: AgencyContext, agency: string): Promise<void> {
  const { output, prompter, profile } = ctx;
  if (profile.receivingAgency || ctx.saveClassAgency === undefined) return;
  if (!(await prompter.confirm({ message: A.saveForClass(agency), default: true }))) return;
  ctx.profile = ctx.saveClassAgency(agency);
  output.success(A.savedForClass(agency));
}
