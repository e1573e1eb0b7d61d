/**
 * The wizard's first question: does the student already have a VssID account (most were
 * registered by their parents at high school)? If so, how to log in or recover the password.
 * Content and a prompt only, so it shows before validation and storage have loaded.
 */
import { EXISTING_ACCOUNT, updateLine } from '../../core/content/index.js';
import type { Output } from '../../ui/output.js';
import type { Prompter } from '../../ui/prompter.js';
import { hanging, wrap } from '../../ui/wrap.js';
import { registerMessages as M } from './messages.js';

/** 'register': go on to the form; 'record': put the student on the board as done; 'stop': nothing. */
export type AccountStart = 'register' | 'record' | 'stop';

export async function askAccountStatus(output: Output, prompter: Prompter): Promise<AccountStart> {
  for (;;) {
    const answer = await prompter.select({
      message: M.accountQuestion,
      choices: [
        { name: M.accountNew, value: 'new' as const },
        { name: M.accountExists, value: 'exists' as const },
        { name: M.accountUnsure, value: 'unsure' as const },
      ],
    });
    if (answer === 'new') return 'register';
    if (answer === 'unsure') {
      for (const tip of EXISTING_ACCOUNT.unsure) output.line(hanging('  • ', tip, output.width));
      output.line();
      continue;
    }
    showLogin(output);
    if (await prompter.confirm({ message: M.accountRecord, default: true })) return 'record';
    output.line(M.accountNotRecorded);
    return 'stop';
  }
}

export function showLogin(output: Output): void {
  output.line(output.colors.bold(EXISTING_ACCOUNT.title));
  EXISTING_ACCOUNT.steps.forEach((step, i) => output.line(hanging(`  ${i + 1}. `, step, output.width)));
  for (const text of EXISTING_ACCOUNT.updates) output.line(output.colors.magenta(wrap(updateLine(text), output.width, '  ')));
  output.line();
}
