/** The guide's waiting times turned into dates and the troubleshooting row they lead to. */
import type { DayOffOverrides } from '../calendar/holidays.js';
import { addWorkingDays, vietnamDateOf } from '../calendar/working-days.js';
import type { StudentRecord, TrackingEvent } from '../record.js';

/** The password SMS is due within this many working days of the file-number SMS. */
export const PASSWORD_DUE_WORKING_DAYS = 3;
/**
 * Row 5 ("Quên mật khẩu") becomes worth trying this long after the registration succeeded (the
 * file-number SMS: the guide's row 5 says "72 giờ sau khi đăng ký thành công"). The password is
 * overdue only once its due date (3 working days, the guide's step 4) has passed.
 */
export const FORGOT_PASSWORD_AFTER_HOURS = 72;
/**
 * The guide says the file-number SMS comes at once ("lập tức"); after this long without it,
 * row 2 applies (re-register, check the phone). Long enough for a slow SMS, short enough to
 * re-register while the class is still together.
 */
export const FILE_NUMBER_SMS_GRACE_MINUTES = 30;

export const TROUBLESHOOTING_ROW = { noFileNumber: 2, forgotPassword: 5 } as const;

const MS_PER_HOUR = 3_600_000;

/** The events since the record was last reopened: earlier ones belong to a failed attempt. */
function currentAttempt(record: StudentRecord): TrackingEvent[] {
  const events = record.events;
  for (let i = events.length - 1; i >= 0; i -= 1) {
    if (events[i]?.type === 'reopened') return events.slice(i + 1);
  }
  return events;
}

function lastEvent(record: StudentRecord, type: TrackingEvent['type']): TrackingEvent | undefined {
  return currentAttempt(record).findLast((e) => e.type === type);
}

/**
 * The last day ('YYYY-MM-DD', inclusive) by which the password SMS should have come: the 3rd
 * working day after the file-number SMS (see addWorkingDays). Undefined without that SMS.
 */
export function passwordDueDate(record: StudentRecord, overrides: DayOffOverrides = {}): string | undefined {
  const fileNumber = lastEvent(record, 'file-number');
  return fileNumber && addWorkingDays(new Date(fileNumber.at), PASSWORD_DUE_WORKING_DAYS, overrides);
}

/** Hours (fractional, never negative) since 'submitted' in the current attempt, if any. */
export function hoursSinceSubmitted(record: StudentRecord, now: Date): number | undefined {
  const submitted = lastEvent(record, 'submitted');
  if (!submitted) return undefined;
  return Math.max(0, (now.getTime() - Date.parse(submitted.at)) / MS_PER_HOUR);
}

/**
 * Where the password stands while it is awaited: before the 72-hour mark, between it and the
 * due date (row 5 worth trying, not overdue), or past the due date.
 */
export type PasswordPhase = 'waiting' | 'forgot-worth-trying' | 'overdue';

export interface PasswordDeadline {
  /** The last day ('YYYY-MM-DD', inclusive) the password SMS is due: the one official deadline. */
  dueDate: string;
  /** From this instant (ISO), 72 hours after the file-number SMS, "Quên mật khẩu" is worth trying. */
  forgotPasswordFrom: string;
  phase: PasswordPhase;
}

/**
 * The one deadline rule (the board, troubleshoot 5, the summary and the wizard all call this):
 * undefined unless the record waits for its password with a file-number SMS recorded.
 */
export function passwordDeadline(record: StudentRecord, now: Date, overrides: DayOffOverrides = {}): PasswordDeadline | undefined {
  if (record.state !== 'file-number') return undefined;
  const fileNumber = lastEvent(record, 'file-number');
  if (fileNumber === undefined) return undefined;
  const dueDate = addWorkingDays(new Date(fileNumber.at), PASSWORD_DUE_WORKING_DAYS, overrides);
  const from = Date.parse(fileNumber.at) + FORGOT_PASSWORD_AFTER_HOURS * MS_PER_HOUR;
  const phase: PasswordPhase =
    vietnamDateOf(now) > dueDate ? 'overdue' : now.getTime() >= from ? 'forgot-worth-trying' : 'waiting';
  return { dueDate, forgotPasswordFrom: new Date(from).toISOString(), phase };
}

export interface DeadlineStatus {
  /** The password due date, while the password is awaited. */
  dueDate?: string;
  /** The password's phase, while it is awaited (see passwordDeadline). */
  passwordPhase?: PasswordPhase;
  /** The whole deadline, while the password is awaited. */
  password?: PasswordDeadline;
  /** Something expected (the file-number SMS, the password by its due date) did not come. */
  overdue: boolean;
  /** The troubleshooting row that applies now: 2 (no file-number SMS) or 5 (no password). */
  troubleshootRow?: number;
  hoursSinceSubmitted?: number;
}

/**
 * Where a record stands against the guide's times. Past the 72-hour mark row 5 is worth trying
 * even before the due date (a weekend can put the due date later), but the record is overdue
 * only once the due date has passed.
 */
export function deadlineStatus(record: StudentRecord, now: Date, overrides: DayOffOverrides = {}): DeadlineStatus {
  const hours = hoursSinceSubmitted(record, now);
  const status: DeadlineStatus = { overdue: false };
  if (hours !== undefined) status.hoursSinceSubmitted = hours;
  // No file number recorded yet is a question for the monitor (did the SMS come and was it not
  // typed in?), not an alarm: advising to register again now would make duplicates. Row 2 asks,
  // and only a confirmed "no SMS" reopens the record to register again.
  if (record.state === 'submitted' && hours !== undefined && hours * 60 >= FILE_NUMBER_SMS_GRACE_MINUTES) {
    status.troubleshootRow = TROUBLESHOOTING_ROW.noFileNumber;
  }
  const password = passwordDeadline(record, now, overrides);
  if (password !== undefined) {
    status.dueDate = password.dueDate;
    status.passwordPhase = password.phase;
    status.password = password;
    status.overdue = password.phase === 'overdue';
    if (password.phase !== 'waiting') status.troubleshootRow = TROUBLESHOOTING_ROW.forgotPassword;
  }
  return status;
}
