/** Row 5 on a saved student: how long since submitting, and whether to wait or act now. */
import type { CommandContext } from '../../context.js';
import { validOverrides } from '../../core/calendar/index.js';
import type { StudentRecord } from '../../core/record.js';
import { FILE_NUMBER_SMS_GRACE_MINUTES, FORGOT_PASSWORD_AFTER_HOURS, deadlineStatus } from '../../core/tracking/index.js';
import type { Store } from '../../store/store.js';
import { CMD, T } from './messages.js';
import { cmd, say, who, type RowAction } from './row-action.js';

const HOUR_MS = 3_600_000;

export function passwordAdvice(ctx: CommandContext, store: Store, record: StudentRecord): RowAction {
  const label = who(record);
  const status = deadlineStatus(record, ctx.now, validOverrides(store.getProfile()));
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
    } else if (status.overdue || (hours !== undefined && hours >= FORGOT_PASSWORD_AFTER_HOURS)) {
      advice = 'forgot-password';
      // Row 2 is refused once the file-number SMS came (it proves the phone); reopening is the way back.
      lines.push(T.forgotNow(status.overdue ? status.dueDate : undefined), T.ifForgotFails, { command: CMD.reopen(record.id) });
    } else {
      advice = 'wait';
      if (hours !== undefined) lines.push(T.waitPassword(new Date(ctx.now.getTime() + (FORGOT_PASSWORD_AFTER_HOURS - hours) * HOUR_MS)));
      if (status.dueDate) lines.push(T.dueDate(status.dueDate));
    }
  }
  return {
    data: { kind: 'password-advice', advice, hoursSinceSubmitted: hours ?? null, dueDate: status.dueDate ?? null, overdue: status.overdue },
    render: (output) => lines.forEach((line) => (typeof line === 'string' ? say(output, line) : cmd(output, line.command))),
  };
}

