/** Row 5 on a saved student: how long since submitting, and the password deadline in the board's words. */
import type { CommandContext } from '../../context.js';
import { validOverrides } from '../../core/calendar/index.js';
import type { StudentRecord } from '../../core/record.js';
import { FILE_NUMBER_SMS_GRACE_MINUTES, deadlineStatus, passwordDeadline, passwordDeadlineText } from '../../core/tracking/index.js';
import type { Store } from '../../store/store.js';
import { CMD, troubleshootMessages as T } from './messages.js';
import { cmd, say, who, type RowAction } from './row-action.js';

export function passwordAdvice(ctx: CommandContext, store: Store, record: StudentRecord): RowAction {
  const label = who(record);
  const overrides = validOverrides(store.getProfile());
  const status = deadlineStatus(record, ctx.now, overrides);
  const deadline = passwordDeadline(record, ctx.now, overrides);
  const hours = status.hoursSinceSubmitted;
  const lines: Array<string | { command: string }> = [];
  let advice: string;
  if (record.state === 'draft' || record.state === 'ready') {
    advice = 'not-submitted';
    lines.push(T.notSubmitted(label, record.state));
  } else if (record.state === 'password' || record.state === 'done') {
    advice = 'has-password';
    lines.push(T.hasPassword(label));
  } else {
    if (hours !== undefined) lines.push(T.sinceSubmitted(label, hours));
    if (record.state === 'submitted') {
      const late = hours !== undefined && hours * 60 >= FILE_NUMBER_SMS_GRACE_MINUTES;
      advice = late ? 'troubleshoot-2' : 'wait-file-number';
      lines.push(...(late ? [T.noFileNumberFirst, { command: CMD.row(2, record.id) }] : [T.waitFileNumber]));
    } else if (deadline === undefined) {
      advice = 'wait';
      lines.push(T.noFileNumberTime);
    } else {
      // The board's own sentence (one rule, one wording); after 72 hours, what if it fails.
      lines.push(passwordDeadlineText(deadline));
      if (deadline.phase === 'waiting') advice = 'wait';
      else {
        advice = deadline.phase === 'overdue' ? 'forgot-password-overdue' : 'forgot-password';
        // Row 2 is refused once the file-number SMS came (it proves the phone); reopening is the way back.
        lines.push(T.ifForgotFails, { command: CMD.reopen(record.id) });
      }
    }
  }
  return {
    data: {
      kind: 'password-advice',
      advice,
      hoursSinceSubmitted: hours ?? null,
      dueDate: deadline?.dueDate ?? null,
      forgotPasswordFrom: deadline?.forgotPasswordFrom ?? null,
      phase: deadline?.phase ?? null,
      overdue: status.overdue,
    },
    render: (output) => lines.forEach((line) => (typeof line === 'string' ? say(output, line) : cmd(output, line.command))),
  };
}
