import { CHECKLIST, LINKS, SAFETY, SAFETY_TITLE, updateLine } from '../../core/content/index.js';
import type { Output } from '../../ui/output.js';
import type { Prompter } from '../../ui/prompter.js';
import { chooseBackground, printQr } from '../../ui/qr-screen.js';
import { hanging, wrap } from '../../ui/wrap.js';
import { CLI } from '../../invocation.js';
import { registerMessages as M } from './messages.js';

/**
 * The guide's first screens: what to prepare, where to start (app or web, with a QR code) and
 * "Cá nhân". Needs no validation or storage, so it can show before those have loaded.
 */
export async function showIntro(output: Output, prompter: Prompter, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  output.line(output.colors.bold(M.intro));
  output.line(M.introSaved);
  output.line();
  output.line(M.checklistTitle);
  for (const { item, note, update } of CHECKLIST) {
    output.line(hanging('  ☐ ', note ? `${item} — ${note}` : item, output.width));
    if (update) output.line(output.colors.magenta(wrap(updateLine(update), output.width, '    ')));
  }
  output.line(output.colors.bold(SAFETY_TITLE));
  for (const text of SAFETY) output.line(output.colors.yellow(hanging('  ⚠ ', text, output.width)));
  if (!(await prompter.confirm({ message: M.ready, default: true }))) {
    output.line(M.notReady);
    return false;
  }
  output.line();
  output.line(M.firstScreens);
  // The wizard has no --light: the other rendering is one command away. The next question's
  // 6 lines must fit under the code, else the code's top would scroll away: then the link only.
  const choice = chooseBackground({}, env, (b) => `${CLI} install web --${b}`);
  await printQr(output, { label: M.webCode, url: LINKS.webRegistration }, choice, { below: 6, instead: M.webCodeElsewhere });
  output.line();
  await prompter.select({
    message: M.subject,
    choices: [
      { name: M.subjectIndividual, value: 'individual' as const },
      { name: M.subjectOrganisation, value: 'individual' as const, disabled: M.unsupported },
    ],
  });
  output.line(output.colors.bold(M.formTitle));
  return true;
}
