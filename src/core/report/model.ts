/** What the report shows, computed from the board (src/core/tracking) and the events: no HTML. */
import type { DayOffOverrides } from '../calendar/holidays.js';
import { vietnamDateOf } from '../calendar/vietnam-time.js';
import { classNames, classOf } from '../classes.js';
import { TROUBLESHOOTING } from '../content/troubleshooting.js';
import { STUDENT_STATES, type ClassProfile, type StudentRecord, type StudentState } from '../record.js';
import { buildBoard, type BoardEntry } from '../tracking/board.js';
import { classSummary } from '../tracking/class-summary.js';
import { teacherStep } from './teacher-step.js';
import { stepOf } from '../tracking/history.js';
import { REACHED_STATES } from './messages.js';
import { compareVietnameseNumbers } from '../text.js';

export interface StateTotal {
  state: StudentState;
  count: number;
  /** Of these, how many are overdue. */
  overdue: number;
}

export interface ProgressDay {
  /** 'YYYY-MM-DD', Vietnam's day. */
  date: string;
  /** Students who reached each state that day. */
  reached: Record<(typeof REACHED_STATES)[number], number>;
}

export interface ReportStudent {
  entry: BoardEntry;
  className: string;
  bhxhCode: string;
  idNumber: string;
  /** The next step in a teacher's words (no command). */
  step: string;
  troubleshoot?: { number: number; situation: string; solution: string };
}

export interface ReportModel {
  /** The class shown in the title: the chosen one, the store's own, or '' for several. */
  className: string;
  /** Every class in the report, when there are several. */
  classes: string[];
  profile: ClassProfile;
  now: Date;
  masked: boolean;
  totals: StateTotal[];
  overdue: number;
  /** The class in one line, as `status --summary` says it in the class chat. */
  summaryLine: string;
  progress: ProgressDay[];
  /** Those who need action, overdue first (the board's order). */
  actions: ReportStudent[];
  /** Everyone, by class then name. */
  students: ReportStudent[];
}

export interface ReportInput {
  /** As they should be shown: masked by the caller unless asked otherwise. */
  records: readonly StudentRecord[];
  profile: ClassProfile;
  now: Date;
  masked: boolean;
  overrides?: DayOffOverrides;
  /** The class chosen with --class, if any. */
  className?: string;
}


export function buildReportModel(input: ReportInput): ReportModel {
  const { records, profile, now } = input;
  const board = buildBoard(records, now, input.overrides);
  const byId = new Map(records.map((record) => [record.id, record]));
  const students = board.entries.map((entry): ReportStudent => {
    const record = byId.get(entry.id) as StudentRecord;
    const student: ReportStudent = {
      entry,
      className: classOf(record, profile.className),
      bhxhCode: record.fields.bhxhCode ?? '',
      idNumber: record.fields.idNumber ?? '',
      step: teacherStep(entry),
    };
    const row = TROUBLESHOOTING.find((r) => r.number === entry.troubleshootRow);
    if (row !== undefined) student.troubleshoot = { number: row.number, situation: row.situation, solution: row.solution };
    return student;
  });
  const classes = classNames(records, profile.className).filter(Boolean);
  const totals = STUDENT_STATES.map((state) => {
    const inState = board.entries.filter((entry) => entry.state === state);
    return { state, count: inState.length, overdue: inState.filter((entry) => entry.overdue).length };
  });
  const className = input.className ?? (classes.length === 1 ? (classes[0] as string) : classes.length === 0 ? profile.className : '');
  return {
    className,
    classes,
    profile,
    now,
    masked: input.masked,
    totals,
    overdue: board.summary.overdue,
    summaryLine: classSummary(board, className || classes.join(', ')).line,
    progress: progressByDay(records),
    actions: students.filter((student) => student.entry.needsAction),
    students: [...students].sort(
      (a, b) => compareVietnameseNumbers(a.className, b.className) || compareVietnameseNumbers(a.entry.name, b.entry.name) || (a.entry.id < b.entry.id ? -1 : 1),
    ),
  };
}

const REACHED: ReadonlySet<string> = new Set(REACHED_STATES);

/** Per day, how many students reached each step; a student counts once per step and day. */
export function progressByDay(records: readonly StudentRecord[]): ProgressDay[] {
  const seen = new Map<string, Set<string>>();
  for (const record of records) {
    for (const event of record.events) {
      // A student who had an account reaches "done" the day it was recorded: the columns add up to the totals.
      const step = stepOf(event);
      if (!REACHED.has(step)) continue;
      const key = `${vietnamDateOf(new Date(event.at))}|${step}`;
      const who = seen.get(key) ?? new Set<string>();
      who.add(record.id);
      seen.set(key, who);
    }
  }
  const days = new Map<string, ProgressDay>();
  for (const [key, who] of seen) {
    const [date, state] = key.split('|') as [string, (typeof REACHED_STATES)[number]];
    const day = days.get(date) ?? { date, reached: { ready: 0, submitted: 0, 'file-number': 0, password: 0, done: 0 } };
    day.reached[state] = who.size;
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
