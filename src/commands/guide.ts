import { commandMessages as C } from './messages.js';
import { CHECKLIST, CONTACTS, HIGHLIGHTS, INSTALL_STEPS, LOGIN_STEP, REGISTRATION_STEPS, TROUBLESHOOTING, withSupportEmail } from '../core/content/index.js';
import type { CommandContext } from '../context.js';
import { supportEmailOf } from '../core/support/address.js';
import { openCommandStore } from '../flows/open-store.js';
import { renderHeading, renderRow, renderStep, renderUpdates } from '../ui/render.js';
import { hanging } from '../ui/wrap.js';

export async function run(ctx: CommandContext): Promise<void> {
  const { output } = ctx;
  // Row 3 names this class's support address when `config` set one.
  const supportEmail = supportEmailOf((await openCommandStore(ctx, { readOnly: true })).storedProfile());
  const troubleshooting = TROUBLESHOOTING.map((row) => withSupportEmail(row, supportEmail));
  if (output.json) {
    output.printJson({
      registration: REGISTRATION_STEPS,
      login: LOGIN_STEP,
      checklist: CHECKLIST,
      troubleshooting,
      install: INSTALL_STEPS,
      highlights: HIGHLIGHTS,
      contacts: CONTACTS,
    });
    return;
  }
  renderHeading(output, C.guideTitle);
  output.line();
  REGISTRATION_STEPS.forEach((step) => renderStep(output, step));
  renderStep(output, LOGIN_STEP);
  renderHeading(output, C.guideTroubleshooting);
  output.line();
  troubleshooting.forEach((row) => renderRow(output, row));
  renderHeading(output, C.guideInstall);
  output.line();
  INSTALL_STEPS.forEach((step) => renderStep(output, step));
  renderHeading(output, C.guideHighlights);
  HIGHLIGHTS.forEach((text, i) => output.line(hanging(`  ${i + 1}. `, text, output.width)));
  output.line();
  for (const { label, value, update } of CONTACTS) {
    output.line(`${label}: ${value}`);
    if (update) renderUpdates(output, [update], '  ');
  }
}
