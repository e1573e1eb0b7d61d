/** The guide's waiting times turned into dates and the troubleshooting row they lead to. */
import type { DayOffOverrides } from '../calendar/holidays.js';
import { addWorkingDays, vietnamDateOf } from '../calendar/working-days.js';
import type { StudentRecord, TrackingEvent } from '../record.js';

/** The password SMS is due within this many working days of the file-number SMS. */
export const PASSWORD_DUE_WORKING_DAYS = 3;
/** Row 5 ("Quên mật khẩu") applies this long after submitting with no password. */
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

export interface DeadlineStatus {
  /** The password due date, while the password is awaited. */
  dueDate?: string;
  /** Something expected (the file-number SMS, the password by its due date) did not come. */
  overdue: boolean;
  /** The troubleshooting row that applies now: 2 (no file-number SMS) or 5 (no password). */
  troubleshootRow?: number;
  hoursSinceSubmitted?: number;
}

/**
 * Where a record stands against the guide's times. Past the 72-hour mark row 5 applies even
 * before the due date (a weekend can put the due date later), but the record is overdue only
 * once the due date has passed.
 */
export function deadlineStatus(record: StudentRecord, now: Date, overrides: DayOffOverrides = {}): DeadlineStatus {
  const hours = hoursSinceSubmitted(record, now);
  const status: DeadlineStatus = { overdue: false };
  if (hours !== undefined) status.hoursSinceSubmitted = hours;
  if (record.state === 'submitted' && hours !== undefined && hours * 60 >= FILE_NUMBER_SMS_GRACE_MINUTES) {
    status.overdue = true;
    status.troubleshootRow = TROUBLESHOOTING_ROW.noFileNumber;
  }
  if (record.state === 'file-number') {
    const dueDate = passwordDueDate(record, overrides);
    if (dueDate !== undefined) status.dueDate = dueDate;
    status.overdue = dueDate !== undefined && vietnamDateOf(now) > dueDate;
    if (status.overdue || (hours !== undefined && hours >= FORGOT_PASSWORD_AFTER_HOURS)) {
      status.troubleshootRow = TROUBLESHOOTING_ROW.forgotPassword;
    }
  }
  return status;
}
