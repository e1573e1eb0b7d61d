/**
 * `remind`: a message for each classmate whose next step is theirs (next-step.ts: the same rule
 * as the board), grouped by what to do, and who was reminded too recently to be reminded again.
 */
import { nameWithTag, namesakeTags } from '../namesakes.js';
import { vietnamDateOf, vietnamDaysBetween } from '../calendar/vietnam-time.js';
import type { StudentRecord } from '../record.js';
import type { Board, BoardEntry } from './board.js';
import type { NextStepKind } from './next-step.js';
import { REMINDER_GROUP_TITLES, REMINDER_TEXT, agoText, remindText } from './remind-messages.js';

/** Reminded less than this long ago: never again, whatever the day (23:30 then 00:10). */
export const REMIND_QUIET_MINUTES = 60;

/** The groups of reminders, most urgent first: past a deadline, then what stops the class. */
export const REMINDER_ORDER: readonly NextStepKind[] = ['password-overdue', 'no-file-number', 'forgot-password', 'complete', 'photos-gone', 'log-in'];

export interface Reminder {
  id: string;
  name: string;
  /** The phone on the record, as saved (the monitor's own data, shown in full only by `remind`). */
  phone?: string;
  kind: NextStepKind;
  text: string;
  /** For the monitor's eyes only (never in the text): what tells a namesake apart, "sinh 2004, BHXH …4567". */
  namesake?: string;
}

export interface ReminderGroup {
  kind: NextStepKind;
  title: string;
  reminders: Reminder[];
}

export interface ReminderPlan {
  groups: ReminderGroup[];
  /** Reminded the same day or within the hour: left out unless asked again. */
  skipped: Array<{ id: string; name: string; remindedAt: string }>;
}

export interface ReminderOptions {
  /** 'YYYY-MM-DD': the day to send missing things by. */
  by?: string;
  /** Remind those reminded today too. */
  again?: boolean;
}

/** The reminder for a student, or undefined when the next step is not theirs (the monitor's, or a wait). */
export function reminderFor(entry: BoardEntry, record: StudentRecord, options: Pick<ReminderOptions, 'by'> = {}): Reminder | undefined {
  const { step } = entry;
  const write = REMINDER_TEXT[step.kind];
  if (step.actor !== 'student' || write === undefined) return undefined;
  const phone = record.fields.phone?.trim() || undefined;
  const missing = step.kind === 'photos-gone' ? step.photos : step.missing;
  const text = write({
    name: entry.name,
    ...(phone === undefined ? {} : { phone }),
    ...(missing === undefined ? {} : { missing }),
    ...(entry.dueDate === undefined ? {} : { dueDate: entry.dueDate }),
    ...(options.by === undefined ? {} : { by: options.by }),
  });
  return { id: entry.id, name: entry.name, ...(phone === undefined ? {} : { phone }), kind: step.kind, text };
}

/** Reminded the same day (Vietnam's), or within REMIND_QUIET_MINUTES: too soon to remind again. */
export function remindedRecently(remindedAt: string | undefined, now: Date): boolean {
  if (remindedAt === undefined) return false;
  const at = new Date(remindedAt);
  return vietnamDateOf(at) === vietnamDateOf(now) || now.getTime() - at.getTime() < REMIND_QUIET_MINUTES * 60_000;
}

export function planReminders(board: Board, records: readonly StudentRecord[], now: Date, options: ReminderOptions = {}): ReminderPlan {
  const byId = new Map(records.map((record) => [record.id, record]));
  const tags = namesakeTags(records, 'shown');
  const plan: ReminderPlan = { groups: [], skipped: [] };
  const found = new Map<NextStepKind, Reminder[]>();
  for (const entry of board.entries) {
    const reminder = reminderFor(entry, byId.get(entry.id) as StudentRecord, options);
    if (reminder === undefined) continue;
    const namesake = tags.get(entry.id);
    if (namesake !== undefined) reminder.namesake = namesake;
    if (!options.again && remindedRecently(entry.remindedAt, now)) {
      plan.skipped.push({ id: entry.id, name: nameWithTag(entry.name, namesake), remindedAt: entry.remindedAt as string });
      continue;
    }
    found.set(reminder.kind, [...(found.get(reminder.kind) ?? []), reminder]);
  }
  for (const kind of REMINDER_ORDER) {
    const reminders = found.get(kind);
    if (reminders !== undefined) plan.groups.push({ kind, title: REMINDER_GROUP_TITLES[kind] ?? kind, reminders });
  }
  return plan;
}

/** "đã nhắc 2 ngày trước": days counted on Vietnam's calendar, hours within the day. */
export function remindedAgo(remindedAt: string, now: Date): string {
  const at = new Date(remindedAt);
  const days = vietnamDaysBetween(at, now);
  return remindText.reminded(agoText(Math.max(0, (now.getTime() - at.getTime()) / 60_000), days));
}
