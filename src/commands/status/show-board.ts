/** `status` without an event: the class board, or one student's line with what may be recorded next. */
import type { DayOffOverrides } from '../../core/calendar/holidays.js';
import { classNames } from '../../core/classes.js';
import { folderListingFileExists, photosToRedo } from '../../core/fields/photo-presence.js';
import { findStudent } from '../../core/lookup.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import { supportAddressOf, supportEmailOf } from '../../core/support/index.js';
import { allowedEvents, buildBoard, classSummary, eventMessages, idleDays, isEventName, parseEventName } from '../../core/tracking/index.js';
import type { CommandContext } from '../../context.js';
import { UsageError } from '../../errors.js';
import { requireSaved } from '../../flows/student-ref.js';
import type { Store } from '../../store/store.js';
import { wrap } from '../../ui/wrap.js';
import { classRecords } from '../class-filter.js';
import { boardJson, boardLines, renderBoard } from './board.js';
import { renderFitted } from './fit.js';
import { renderGroups } from './groups.js';
import { FIT, statusMessages as S } from './messages.js';
import { boardFlags, boardNotes } from './notes.js';
import { describeAllowed } from './record-event.js';
import { fittedFooter, printSummary } from './summary.js';

export interface BoardRequest {
  /** One student (id, BHXH code or name); the whole class without. */
  id?: string;
  idleLimit: number;
  overrides: DayOffOverrides;
  options: { overdue?: boolean; class?: string; summary?: boolean; names?: boolean; all?: boolean };
}

export function showBoard(ctx: CommandContext, store: Store, { id, idleLimit, overrides, options }: BoardRequest): void {
  const profile = store.getProfile();
  if (id !== undefined && isEventName(id)) needStudentsFor(store, id);
  // The board only reads: the students as read, not a copy of a school's thousands.
  const records = id === undefined
    ? classRecords(store.view() as readonly StudentRecord[], profile.className, options.class)
    : [requireSaved(store, id)];
  // Photo files deleted or moved since they were checked: looked up now, never stored; each folder listed once.
  const exists = folderListingFileExists();
  const board = buildBoard(records, ctx.now, overrides, (record) => photosToRedo(record.state, record.fields, exists));
  // The class as it is stored ('12A2'), not as typed after --class ('12a2').
  const className = classNames(records, profile.className).join(', ') || (options.class ?? '');
  if (options.summary) return printSummary(ctx.output, classSummary(board, className), options.names === true);
  const all = boardLines(board, records);
  const lines = options.overdue ? all.filter((line) => line.entry.overdue) : all;
  // A request whose e-mail was sent is no longer asked for: it waits for the answer.
  const supportCount = all.filter((line) => line.support && line.support.emailSentAt === undefined).length;
  const awaitingAnswer = all.filter((line) => line.support?.emailSentAt !== undefined).length;
  const notes = boardNotes(ctx.now, idleLimit);
  const support = supportAddressOf(supportEmailOf(store.storedProfile()));
  const { output } = ctx;
  if (output.json) {
    output.printJson({
      now: ctx.now.toISOString(),
      entries: boardJson(lines).map((entry) => ({ ...entry, idleDays: idleDays(entry, ctx.now, idleLimit) ?? null })),
      summary: { ...board.summary, supportRequests: supportCount, supportAwaitingAnswer: awaitingAnswer },
      summaryLine: classSummary(board, className).line,
      supportEmail: support,
    });
    return;
  }
  output.batch(() => printBoard());
  function printBoard(): void {
    if (records.length === 0) return output.line(wrap(S.empty, output.width));
    // On a terminal the class fits one screen; a pipe, a file or --all get everything.
    if (id === undefined && !options.all && !options.overdue && output.height !== undefined) {
      const footer = fittedFooter(output, supportCount, awaitingAnswer);
      const flags = boardFlags(ctx.now, idleLimit);
      return renderFitted(output, lines, { height: output.height, title: S.title(className), notes, flags, footer });
    }
    if (id === undefined) {
      output.line(output.colors.bold(S.title(className)));
      output.line();
    }
    if (lines.length > 0) {
      if (id === undefined) renderGroups(output, lines, notes);
      else renderBoard(output, lines);
    }
    if (id !== undefined) {
      const record = records[0]!;
      output.line();
      output.line(wrap(describeAllowed(record), output.width));
      // A reviewed or submitted record is no longer a draft: say how to edit it (reopening keeps every field).
      if (record.state === 'ready' || record.state === 'submitted') {
        output.line(wrap(S.editHint, output.width));
        for (const command of S.editCommands(record.id)) output.line(`  ${command}`);
      }
      return;
    }
    output.line();
    const say = (text: string, color: (s: string) => string = String) => output.line(color(wrap(text, output.width)));
    if (options.overdue) say(lines.length > 0 ? S.overdueOnly(lines.length, records.length) : S.noneOverdue);
    say(S.summary(board.summary), board.summary.overdue > 0 ? output.colors.red : String);
    if (supportCount > 0) {
      say(S.supportSummary(supportCount), output.colors.yellow);
      output.line(`  ${S.supportCommand}`);
    }
    if (awaitingAnswer > 0) say(FIT.supportAwaiting(awaitingAnswer), output.colors.yellow);
    say(S.supportAddress(support.address, support.source));
    say(S.recordHint);
    output.line(`  ${S.recordCommand}`);
    say(S.recordAt, output.colors.dim);
  }
}

/**
 * `status submitted` alone: an event with no student. Unless a student is called so (a name),
 * say which students it needs, and those it could be recorded for now.
 */
function needStudentsFor(store: Store, word: string): void {
  const records = store.list();
  if (findStudent(records, word).kind !== 'none') return;
  const type = parseEventName(word);
  const candidates = records.filter((record) => allowedEvents(record.state).includes(type));
  const named = candidates.slice(0, 10).map((record) => `${record.id} ${displayName(record.fields)}`);
  if (candidates.length > named.length) named.push(`… (${candidates.length} người)`);
  throw new UsageError(eventMessages.eventNeedsStudents(type, named));
}
