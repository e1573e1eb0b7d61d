/** `remind` on a terminal or a pipe: each group's heading, then per classmate who, the phone and the message on one line (to copy whole). */
import { displayName } from '../../core/record.js';
import { nameWithTag } from '../../core/namesakes.js';
import { zaloLink } from '../../core/remind/links.js';
import type { ReminderPlan } from '../../core/tracking/index.js';
import type { Output } from '../../ui/output.js';
import { wrap } from '../../ui/wrap.js';
import { remindMessages as R } from './messages.js';

export function printReminders(output: Output, plan: ReminderPlan, className: string, done: { recorded: number; preview: boolean }): void {
  const { colors, width } = output;
  const count = plan.groups.reduce((sum, group) => sum + group.reminders.length, 0);
  output.batch(() => {
    if (count === 0) {
      output.line(wrap(R.nobody, width));
    } else {
      output.line(colors.bold(R.title(className, count)));
      output.line(colors.dim(wrap(R.pasteHint, width)));
      for (const group of plan.groups) {
        output.line();
        output.line(colors.bold(`${group.title} (${group.reminders.length})`));
        for (const reminder of group.reminders) {
          const phone = reminder.phone ? ` · ${reminder.phone} · ${zaloLink(reminder.phone)}` : '';
          output.whole(`  ${colors.yellow('●')} ${nameWithTag(displayName(reminder), reminder.namesake)}${phone}`);
          // One line, never wrapped: the terminal folds it, and a copy takes the message whole.
          output.whole(`    ${reminder.text}`);
        }
      }
    }
    if (plan.skipped.length > 0) {
      output.line();
      output.line(wrap(R.skipped(plan.skipped.map((s) => displayName(s))), width));
      output.line(`  ${R.skippedHint}`);
    }
    if (count > 0) {
      output.line();
      output.line(wrap(done.preview ? R.preview : R.recorded(done.recorded), width));
      output.line(wrap(R.pageHint, width));
    }
  });
}
