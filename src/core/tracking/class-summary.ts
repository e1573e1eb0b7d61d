/**
 * The class in one line for the class chat ("Lớp 23CTT2: 30/42 đã xong · 5 chờ mật khẩu · …"),
 * and who sat still too long: both read from the board's next steps.
 */
import { vietnamDaysBetween } from '../calendar/vietnam-time.js';
import type { Board, BoardEntry } from './board.js';
import type { NextStepKind } from './next-step.js';
import { summaryText as T } from './remind-messages.js';

export type SummaryPartKey = 'done' | 'awaitPassword' | 'overdue' | 'missingInfo' | 'logIn' | 'awaitFileNumber' | 'withMonitor';

export interface SummaryPart {
  key: SummaryPartKey;
  count: number;
  /** Those in the part whose next step is their own (they are the ones to name in the chat). */
  mustAct: string[];
}

export interface ClassSummary {
  className: string;
  total: number;
  parts: SummaryPart[];
  line: string;
}

const PART_OF: Readonly<Record<NextStepKind, SummaryPartKey>> = {
  done: 'done',
  'await-password': 'awaitPassword',
  'forgot-password': 'awaitPassword',
  'password-overdue': 'overdue',
  'no-file-number': 'awaitFileNumber',
  complete: 'missingInfo',
  'photos-gone': 'missingInfo',
  'log-in': 'logIn',
  'await-file-number': 'awaitFileNumber',
  review: 'withMonitor',
  'enter-in-app': 'withMonitor',
};

const ORDER: readonly SummaryPartKey[] = ['done', 'awaitPassword', 'overdue', 'missingInfo', 'logIn', 'awaitFileNumber', 'withMonitor'];

/** Overdue whatever the step (the board's rule); otherwise by the next step. */
export const summaryPartOf = (entry: BoardEntry): SummaryPartKey => (entry.overdue ? 'overdue' : PART_OF[entry.step.kind]);

export function classSummary(board: Board, className: string): ClassSummary {
  const parts = ORDER.map((key): SummaryPart => ({ key, count: 0, mustAct: [] }));
  for (const entry of board.entries) {
    const part = parts.find((p) => p.key === summaryPartOf(entry)) as SummaryPart;
    part.count += 1;
    if (entry.step.actor === 'student') part.mustAct.push(entry.name.trim() || entry.id);
  }
  const total = board.entries.length;
  const words = parts.flatMap((part) => {
    if (part.key === 'done') return [T.done(part.count, total)];
    return part.count === 0 ? [] : [T[part.key](part.count)];
  });
  const line = `${T.head(className)}: ${total === 0 ? T.empty : words.join(' · ')}`;
  return { className, total, parts: parts.filter((p) => p.key === 'done' || p.count > 0), line };
}

/**
 * A student waits on the monitor (reviewed, not typed into the app) or on their own missing
 * answers for this many days before the board flags it: the guide's own wait for a password is 3
 * working days, and a step that takes minutes should not sit longer than that.
 */
export const IDLE_AFTER_DAYS = 3;

const IDLE_KINDS: ReadonlySet<NextStepKind> = new Set(['enter-in-app', 'complete', 'review', 'photos-gone']);

/** Whole days (Vietnam's calendar) the student has sat in "Sẵn sàng" or "Cần bổ sung", when more than `limit`. */
export function idleDays(entry: BoardEntry, now: Date, limit: number = IDLE_AFTER_DAYS): number | undefined {
  if (!IDLE_KINDS.has(entry.step.kind)) return undefined;
  const days = vietnamDaysBetween(new Date(entry.since), now);
  return days > limit ? days : undefined;
}
