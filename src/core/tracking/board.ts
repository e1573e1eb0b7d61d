/** The class board: one line per student, what needs doing first. */
import type { DayOffOverrides } from '../calendar/holidays.js';
import { FIELD_LABELS } from '../fields/messages.js';
import type { PhotoKey } from '../fields/photo.js';
import type { StudentRecord, StudentState } from '../record.js';
import { deadlineStatus, type DeadlineStatus, type PasswordPhase } from './deadlines.js';
import { isNote } from './events.js';
import { needsActionFor, nextStep, type NextStep } from './next-step.js';
import { boardMessages, isAlreadyRegistered } from './messages.js';
import { CLI } from '../../invocation.js';
import { compareVietnamese } from '../text.js';

export interface BoardEntry {
  id: string;
  name: string;
  state: StudentState;
  /** When the record entered its state (ISO instant). */
  since: string;
  /** What the record needs now and whose turn it is: the rule every wording is derived from. */
  step: NextStep;
  /** The board's wording of `step`, with the monitor's words for what to record. */
  nextStep: string;
  /** The last reminder sent since the record entered its state (ISO instant). */
  remindedAt?: string;
  /** The vssid-helper command that does or records the next step; none when done. */
  command?: string;
  /** The password due date ('YYYY-MM-DD', inclusive) while the password is awaited. */
  dueDate?: string;
  overdue: boolean;
  troubleshootRow?: number;
  /** While the password is awaited: waiting, "Quên mật khẩu" worth trying, or overdue. */
  passwordPhase?: PasswordPhase;
  /** Someone (the monitor or the student) has something to do now, rather than wait. */
  needsAction: boolean;
  /** Done without the form: the student had a VssID account already (set only then). */
  alreadyRegistered?: true;
  /** No e-mail on the record: the OTP cannot reach the student (the guide's step 3). */
  missingEmail: boolean;
  /**
   * Photos deleted or moved since they were checked, while they are still to be uploaded: a
   * "ready" student then needs completing again (derived when shown, the stored state unchanged).
   */
  missingPhotos?: PhotoKey[];
}

/** A "ready" record whose photos are gone is shown as needing completion, not ready. */
export const needsCompletion = (entry: Pick<BoardEntry, 'state' | 'missingPhotos'>): boolean =>
  entry.state === 'draft' || (entry.state === 'ready' && (entry.missingPhotos?.length ?? 0) > 0);

export interface BoardSummary {
  total: number;
  done: number;
  /** Submitted or with the file number, not overdue: waiting for an SMS. */
  waiting: number;
  overdue: number;
  /** Of the waiting: past 72 hours, "Quên mật khẩu" worth trying, not overdue. */
  forgotPassword: number;
  /** Drafts: fields missing or not yet reviewed. */
  incomplete: number;
  /** Reviewed, not yet typed into the app: the monitor's turn, not a wait. */
  ready: number;
  /** The password SMS came: the student logs in, then 'done' is recorded. */
  passwordReceived: number;
}

export interface Board {
  entries: BoardEntry[];
  summary: BoardSummary;
}

function stateSince(record: StudentRecord): string {
  const entered = record.events.findLast((e) => e.type !== 'support-request' && !isNote(e.type));
  return entered?.at ?? record.createdAt;
}

/** The board's wording of the next step (the rule itself is nextStep, next-step.ts). */
function nextStepText(step: NextStep, id: string, state: StudentState): string {
  switch (step.kind) {
    case 'complete':
    case 'review':
      return boardMessages.draft;
    case 'photos-gone':
      return boardMessages.photosGone((step.photos ?? []).map((key) => FIELD_LABELS[key]), state === 'ready', id);
    case 'enter-in-app':
      return boardMessages.ready;
    case 'await-file-number':
      return boardMessages.waitingFileNumber;
    case 'no-file-number':
      return boardMessages.noFileNumber(step.minutesSinceSubmitted ?? 0, id);
    case 'await-password':
    case 'forgot-password':
    case 'password-overdue':
      return step.deadline === undefined ? boardMessages.waitingPassword : boardMessages.password(step.deadline);
    case 'log-in':
      return boardMessages.logIn;
    case 'done':
      return step.alreadyRegistered ? boardMessages.alreadyRegistered : boardMessages.done;
  }
}

function commandOf(step: NextStep, id: string, state: StudentState, status: DeadlineStatus): string | undefined {
  // Submitted without a file number: first record it (the step's text names row 2 for "no SMS").
  if (status.troubleshootRow !== undefined && state !== 'submitted') return `${CLI} troubleshoot ${status.troubleshootRow} --student ${id}`;
  if (step.kind === 'photos-gone' && state === 'ready') return `${CLI} status ${id} reopened`;
  switch (state) {
    case 'draft':
      return `${CLI} register --resume ${id}`;
    case 'ready':
      return `${CLI} status ${id} submitted`;
    case 'submitted':
      return `${CLI} status ${id} file-number <số hồ sơ>`;
    case 'file-number':
      return `${CLI} status ${id} password`;
    case 'password':
      return `${CLI} status ${id} done`;
    case 'done':
      return undefined;
  }
}

/** The photos that were found missing, for a record; none by default (core does not read the disk). */
export type MissingPhotos = (record: StudentRecord) => readonly PhotoKey[];

export function boardEntry(
  record: StudentRecord, now: Date, overrides: DayOffOverrides = {}, missingPhotos: readonly PhotoKey[] = [],
): BoardEntry {
  const status = deadlineStatus(record, now, overrides);
  const photos = record.state === 'draft' || record.state === 'ready' ? missingPhotos : [];
  const step = nextStep(record, status, photos);
  const since = stateSince(record);
  const entry: BoardEntry = {
    id: record.id,
    name: record.fields.name ?? '',
    state: record.state,
    since,
    step,
    nextStep: nextStepText(step, record.id, record.state),
    overdue: status.overdue,
    needsAction: needsActionFor(step.kind),
    // '' is an e-mail skipped on purpose, still none: the warning stays until one is given.
    missingEmail: !record.fields.email,
  };
  if (status.passwordPhase !== undefined) entry.passwordPhase = status.passwordPhase;
  const command = commandOf(step, record.id, record.state, status);
  if (command !== undefined) entry.command = command;
  if (status.dueDate !== undefined) entry.dueDate = status.dueDate;
  if (status.troubleshootRow !== undefined) entry.troubleshootRow = status.troubleshootRow;
  if (isAlreadyRegistered(record)) entry.alreadyRegistered = true;
  if (photos.length > 0) entry.missingPhotos = [...photos];
  const reminded = lastReminder(record, since);
  if (reminded !== undefined) entry.remindedAt = reminded;
  return entry;
}

/** The last reminder since the record entered its state: an older one was about another step. */
function lastReminder(record: StudentRecord, since: string): string | undefined {
  return record.events.findLast((e) => e.type === 'reminded' && e.at >= since)?.at;
}

/** 0 overdue, 1 drafts, 2 other things to do, 3 waiting, 4 done. */
function rank(entry: BoardEntry): number {
  if (entry.overdue) return 0;
  if (needsCompletion(entry)) return 1;
  if (entry.state === 'done') return 4;
  return entry.needsAction ? 2 : 3;
}

export function buildBoard(
  records: readonly StudentRecord[], now: Date, overrides: DayOffOverrides = {}, missingPhotos: MissingPhotos = () => [],
): Board {
  const ranked = records.map((record) => {
    const entry = boardEntry(record, now, overrides, missingPhotos(record));
    return { entry, rank: rank(entry) };
  });
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      compareVietnamese(a.entry.name, b.entry.name) ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
  const entries = ranked.map((r) => r.entry);
  const summary: BoardSummary = {
    total: entries.length, done: 0, waiting: 0, overdue: 0, forgotPassword: 0, incomplete: 0, ready: 0, passwordReceived: 0,
  };
  for (const { entry } of ranked) {
    if (entry.overdue) summary.overdue += 1;
    else if (needsCompletion(entry)) summary.incomplete += 1;
    else if (entry.state === 'done') summary.done += 1;
    else if (entry.state === 'ready') summary.ready += 1;
    else if (entry.state === 'password') summary.passwordReceived += 1;
    else summary.waiting += 1;
    if (entry.passwordPhase === 'forgot-worth-trying') summary.forgotPassword += 1;
  }
  return { entries, summary };
}
