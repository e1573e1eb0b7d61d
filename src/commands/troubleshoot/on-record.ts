/** What rows 2–5 of the table do to a saved student (SPEC "Tracking": actions of the rows). */
import { LINKS, type TroubleshootingRow } from '../../core/content/index.js';
import type { StudentRecord, TrackingEvent } from '../../core/record.js';
import { pendingSupportRequest, pendingSupportRequests, registeredPhone, samePhone } from '../../core/support/index.js';
import { applyEvent, canApply, parseWrongPhone } from '../../core/tracking/index.js';
import type { CommandContext } from '../../context.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { maskPhone } from '../../ui/mask.js';
import { chooseBackground, printQr } from '../../ui/qr-screen.js';
import { wrap } from '../../ui/wrap.js';
import { confirmChange } from './confirm.js';
import { CMD, troubleshootMessages as T } from './messages.js';
import { passwordAdvice } from './password-advice.js';
import { cmd, say, who, type RowAction } from './row-action.js';

const HOUR_MS = 3_600_000;

function withEvent(record: StudentRecord, event: TrackingEvent, now: Date): StudentRecord {
  return applyEvent(record, event, now, () => true);
}

const cancelled = (kind: string): RowAction => ({
  data: { kind, changed: false, cancelled: true },
  render: (output) => say(output, T.cancelled),
});

// Phones are shown masked, as `show` and `list` show them (the screen may be shared or filmed).

/** Row 2's two causes: the registration simply failed, or it was made with a wrong phone. */
export const ROW2_CAUSES = ['failed', 'wrong-phone'] as const;
export type Row2Cause = (typeof ROW2_CAUSES)[number];

async function askCause(ctx: CommandContext, record: StudentRecord, given: Row2Cause | undefined): Promise<Row2Cause> {
  if (given !== undefined) return given;
  if (!ctx.interactive || ctx.output.json) throw new UserError(T.causeNeeded(who(record)), { hint: T.causeHint(record.id) });
  const { prompter } = await import('../../ui/prompter.js');
  const phone = record.fields.phone ?? '';
  return prompter.select<Row2Cause>({
    message: T.askCause,
    choices: [
      { name: T.causeFailed(maskPhone(phone)), value: 'failed' },
      { name: T.causeWrongPhone(maskPhone(phone)), value: 'wrong-phone' },
    ],
  });
}

/**
 * Row 2: no file-number SMS. Back to draft to register again. Only a phone the monitor says was
 * wrong is removed (and refused afterwards); after a plain failure the student keeps their number.
 */
async function reopenForRegistration(
  ctx: CommandContext, store: Store, record: StudentRecord, yes: boolean, givenCause: Row2Cause | undefined,
): Promise<RowAction> {
  const label = who(record);
  if (record.state === 'done') throw new UserError(T.reopenDone(label));
  if (record.state === 'file-number' || record.state === 'password') {
    throw new UserError(T.reopenHasFileNumber(label, record.state), { hint: T.reopenHasFileNumberHint(record.id, record.state) });
  }
  if (record.state === 'draft') {
    return {
      data: { kind: 'reopen', changed: false },
      render(output) {
        say(output, T.reopenDraft(label));
        cmd(output, CMD.resume(record.id));
      },
    };
  }
  const cause = await askCause(ctx, record, givenCause);
  const phone = record.fields.phone;
  const wrong = cause === 'wrong-phone' && phone !== undefined;
  const reopened = withEvent(record, { type: 'reopened', at: ctx.now.toISOString(), ...(wrong ? { value: phone } : {}) }, ctx.now);
  const changes = [T.changeState(record.state), ...(wrong ? [T.changeRemovePhone(maskPhone(phone))] : phone ? [T.changeKeepPhone(maskPhone(phone))] : [])];
  if (!(await confirmChange(ctx, { row: 2, id: record.id, who: label, changes }, yes))) return cancelled('reopen');
  let next = reopened;
  if (wrong) {
    // The wrong number leaves the record, and so does its confirmation: it is refused from now on.
    const { phone: _removed, ...fields } = reopened.fields;
    const { phoneConfirmed: _confirmed, ...rest } = reopened;
    next = { ...rest, fields };
  }
  store.update(record.id, (current) => unchangedSince(record, current, next), ctx.now);
  return {
    data: { kind: 'reopen', changed: true, cause, from: record.state, to: 'draft', removedPhone: wrong ? maskPhone(phone) : null },
    render(output) {
      output.success(wrap(T.reopened(label, record.state), output.width - 2));
      if (wrong) say(output, T.phoneCleared(maskPhone(phone)));
      else if (phone) say(output, T.phoneKept(maskPhone(phone)));
      say(output, wrong ? T.reRegister : T.reRegisterSame);
      cmd(output, CMD.resume(record.id));
      say(output, T.ifStillFails);
      cmd(output, CMD.row(3, record.id));
    },
  };
}

async function askWrongPhone(ctx: CommandContext, record: StudentRecord): Promise<string> {
  const known = registeredPhone(record);
  if (known) return known;
  if (!ctx.interactive) throw new UserError(T.noWrongPhone(who(record)), { hint: T.noWrongPhoneHint(record.id) });
  const { prompter } = await import('../../ui/prompter.js');
  const answer = await prompter.input({
    message: T.askWrongPhone,
    validate: (value) => {
      try {
        parseWrongPhone(value);
        return true;
      } catch (error) {
        return (error as Error).message;
      }
    },
  });
  return parseWrongPhone(answer);
}

/**
 * Row 3: marked for the support e-mail, and reopened so the right phone can be typed in. Not once
 * the file-number SMS came: it went to the registered phone, which proves that phone right.
 */
async function markForSupport(ctx: CommandContext, store: Store, record: StudentRecord, yes: boolean): Promise<RowAction> {
  const label = who(record);
  if (record.state === 'done') throw new UserError(T.supportDone(label));
  if (record.state === 'file-number' || record.state === 'password') {
    throw new UserError(T.supportHasFileNumber(label, record.state), { hint: T.supportHasFileNumberHint(record.id, record.state) });
  }
  const pending = pendingSupportRequest(record);
  if (pending?.value !== undefined) {
    const count = pendingSupportRequests(store.list()).length;
    return {
      data: { kind: 'support-request', changed: false, wrongPhone: maskPhone(pending.value) },
      render(output) {
        say(output, T.alreadyMarked(label, maskPhone(pending.value as string), pending.at));
        say(output, T.pendingCount(count));
        cmd(output, CMD.email);
      },
    };
  }
  const wrongPhone = await askWrongPhone(ctx, record);
  const at = ctx.now.toISOString();
  let next = withEvent(record, { type: 'support-request', at, value: wrongPhone }, ctx.now);
  const reopen = canApply(next.state, 'reopened') && samePhone(next.fields.phone, wrongPhone);
  if (reopen) next = withEvent(next, { type: 'reopened', at, value: wrongPhone }, ctx.now);
  const removePhone = samePhone(next.fields.phone, wrongPhone);
  if (removePhone) {
    const { phone: _wrong, ...fields } = next.fields;
    const { phoneConfirmed: _confirmed, ...rest } = next;
    next = { ...rest, fields };
  }
  const changes = [
    T.changeMark(maskPhone(wrongPhone)),
    ...(reopen ? [T.changeState(record.state)] : []),
    ...(removePhone ? [T.changeRemovePhone(maskPhone(record.fields.phone as string))] : []),
  ];
  if (!(await confirmChange(ctx, { row: 3, id: record.id, who: label, changes }, yes))) return cancelled('support-request');
  store.update(record.id, (current) => unchangedSince(record, current, next), ctx.now);
  const count = pendingSupportRequests(store.list()).length;
  return {
    data: { kind: 'support-request', changed: true, wrongPhone: maskPhone(wrongPhone), reopened: reopen, pending: count },
    render(output) {
      output.success(wrap(T.marked(label, maskPhone(wrongPhone)), output.width - 2));
      const right = next.fields.phone;
      if (right) say(output, T.rightPhoneKnown(maskPhone(right)));
      else {
        say(output, reopen ? T.reopenedForPhone : T.enterRightPhone);
        cmd(output, CMD.resume(record.id));
      }
      say(output, T.pendingCount(count));
      cmd(output, CMD.email);
    },
  };
}

/** Row 4: the account page, as a QR code for the phone; the code last, so it stays on the screen. */
function accountPage(ctx: CommandContext, record: StudentRecord, row: TroubleshootingRow, flags: QrFlags): RowAction {
  const hours = row.hours ?? 72;
  const until = new Date(ctx.now.getTime() + hours * HOUR_MS);
  const loggedIn = record.state === 'password' || record.state === 'done';
  return {
    data: { kind: 'account-page', url: LINKS.accountPage, approvalWithinHours: hours, loggedIn },
    async render(output) {
      if (!loggedIn) output.warn(wrap(T.notLoggedIn(who(record), record.state), output.width - 2));
      say(output, T.accountSteps(hours, until));
      output.line();
      const choice = chooseBackground(flags, ctx.env, (b) => (b === 'light' ? '--light' : '--dark'));
      await printQr(output, { label: T.accountPage, url: LINKS.accountPage }, choice);
    },
  };
}

interface QrFlags {
  light?: boolean;
  dark?: boolean;
}

export async function actOnRecord(
  ctx: CommandContext, store: Store, row: TroubleshootingRow, record: StudentRecord,
  options: { yes?: boolean; cause?: Row2Cause } & QrFlags = {},
): Promise<RowAction> {
  const yes = options.yes === true;
  switch (row.number) {
    case 2:
      return reopenForRegistration(ctx, store, record, yes, options.cause);
    case 3:
      return markForSupport(ctx, store, record, yes);
    case 4:
      return accountPage(ctx, record, row, options);
    case 5:
      return passwordAdvice(ctx, store, record);
    default:
      throw new UserError(T.notOnRecord(row.number), { hint: T.notOnRecordHint(row.number) });
  }
}

/**
 * The change was planned (and confirmed) on `seen`: if another command changed the record while
 * the question was open, the plan may no longer fit, so nothing is written and the row is re-run.
 */
function unchangedSince(seen: StudentRecord, current: StudentRecord, next: StudentRecord): StudentRecord {
  if (current.updatedAt !== seen.updatedAt) throw new UserError(T.changedMeanwhile(who(seen)), { hint: T.changedMeanwhileHint(seen.id) });
  return next;
}
