import { CHECKLIST, CONTACTS, HIGHLIGHTS, INSTALL_STEPS, LOGIN_STEP, REGISTRATION_STEPS, TROUBLESHOOTING } from '../core/content/index.js';
import type { CommandContext } from '../context.js';
import { peekSupportEmail } from '../store/peek-profile.js';
import { renderHeading, renderRow, renderStep } from '../ui/render.js';
import { withSupportEmail } from './troubleshoot/rows.js';
import { hanging } from '../ui/wrap.js';

export async function run(ctx: CommandContext): Promise<void> {
  const { output } = ctx;
  // Row 3 names this class's support address when `config` set one.
  const supportEmail = peekSupportEmail(ctx.env);
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
  renderHeading(output, 'Hướng dẫn đăng ký tài khoản cá nhân VssID');
  output.line();
  REGISTRATION_STEPS.forEach((step) => renderStep(output, step));
  renderStep(output, LOGIN_STEP);
  renderHeading(output, 'Các tình huống vướng mắc và cách xử lý');
  output.line();
  troubleshooting.forEach((row) => renderRow(output, row));
  renderHeading(output, 'Hướng dẫn cài đặt ứng dụng BHXH số – VssID');
  output.line();
  INSTALL_STEPS.forEach((step) => renderStep(output, step));
  renderHeading(output, '5 điểm nổi bật của ứng dụng VssID');
  HIGHLIGHTS.forEach((text, i) => output.line(hanging(`  ${i + 1}. `, text, output.width)));
  output.line();
  for (const { label, value } of CONTACTS) output.line(`${label}: ${value}`);
}
