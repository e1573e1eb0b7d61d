/** `troubleshoot 3 --email`: the support e-mail for every student marked with row 3. */
import { existsSync } from 'node:fs';
import { vietnamDateOf } from '../../core/calendar/vietnam-time.js';
import { buildSupportEmail, formatSupportEmail, pendingSupportRequests, supportAddressOf, supportEmailOf } from '../../core/support/index.js';
import type { CommandContext } from '../../context.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { writeUserFile } from '../../ui/write-file.js';
import { wrap } from '../../ui/wrap.js';
import { troubleshootMessages as T } from './messages.js';

export interface EmailOptions {
  out?: string;
  force?: boolean;
  /** The monitor states the guide's own address is the one to write to. */
  useGuideAddress?: boolean;
}

/**
 * The guide's address is one school's private Gmail: classmates' codes and phones go there only
 * when the monitor says so (this flag or prompt), or after `config set supportEmail`.
 */
async function guideAddressConfirmed(ctx: CommandContext, address: string, options: EmailOptions): Promise<boolean> {
  if (options.useGuideAddress) return true;
  if (!ctx.interactive || ctx.output.json) throw new UserError(T.guideAddressUnconfirmed(address), { hint: T.guideAddressHint });
  ctx.output.warn(wrap(T.guideAddressUnconfirmed(address), ctx.output.width - 2));
  const { prompter } = await import('../../ui/prompter.js');
  return prompter.confirm({ message: T.confirmGuideAddress(address), default: false });
}

export async function composeSupportEmail(ctx: CommandContext, store: Store, options: EmailOptions): Promise<void> {
  const { output } = ctx;
  const requests = pendingSupportRequests(store.list());
  if (requests.length === 0) throw new UserError(T.noRequests, { hint: T.noRequestsHint });
  const profile = store.getProfile();
  const support = supportAddressOf(supportEmailOf(store.storedProfile()));
  if (support.source === 'guide' && !(await guideAddressConfirmed(ctx, support.address, options))) {
    output.line(wrap(T.guideAddressDeclined, output.width));
    output.line(`  ${T.setAddressCommand}`);
    return;
  }
  const email = buildSupportEmail({
    to: support.address,
    className: profile.className,
    receivingAgency: profile.receivingAgency,
    requests,
  });
  const text = formatSupportEmail(email);
  const savedTo = options.out === undefined ? undefined : writeUserFile(options.out, text, { force: options.force, forceFlag: '--force' });

  if (output.json) {
    output.printJson({ ...email, toSource: support.source, students: requests, savedTo: savedTo ?? null });
    return;
  }
  if (savedTo !== undefined) {
    output.success(T.emailSaved(savedTo));
    sendHint(ctx, email.to);
    return;
  }
  output.line(text);
  // A pipe (`> mail.txt`) gets the e-mail alone; a person gets the offer to save it and the next step.
  if (!ctx.interactive) return;
  output.warn(wrap(T.fullNumbers, output.width - 2));
  const path = await offerToSave(ctx);
  if (path !== undefined) output.success(T.emailSaved(writeUserFile(path, text, { force: true })));
  sendHint(ctx, email.to);
}

function sendHint({ output }: CommandContext, to: string): void {
  output.line(wrap(T.sendHint(to), output.width));
  output.line(`  ${T.sendCommand}`);
  output.line(wrap(T.sentRecordHint, output.width));
  output.line(`  ${T.sentRecordCommand}`);
}

async function offerToSave(ctx: CommandContext): Promise<string | undefined> {
  const { prompter } = await import('../../ui/prompter.js');
  if (!(await prompter.confirm({ message: T.offerSave, default: true }))) return undefined;
  const day = vietnamDateOf(ctx.now);
  for (;;) {
    const path = (await prompter.input({ message: T.fileName, default: `email-ho-tro-${day}.txt`, validate: (v) => v.trim() !== '' || T.fileName })).trim();
    if (!existsSync(path) || (await prompter.confirm({ message: T.fileExists, default: false }))) return path;
  }
}
