/** The class board on a terminal: a table line per student, the next step indented below it. */
import { displayName, type StudentRecord } from '../../core/record.js';
import { nameWithTag, namesakeTags } from '../../core/namesakes.js';
import { withSourceMark } from '../../ui/source-mark.js';
import { supportRequestOf, type SupportRequest } from '../../core/support/index.js';
import {
  ALREADY_REGISTERED_LABEL, NEEDS_COMPLETION_LABEL, STATE_LABELS, needsCompletion, formatDate, formatInstant, type Board, type BoardEntry,
} from '../../core/tracking/index.js';
import { maskPhone, maskTail } from '../../ui/mask.js';
import type { Output } from '../../ui/output.js';
import { columnWidths, displayWidth, renderTable } from '../../ui/table.js';
import { pack, wrap } from '../../ui/wrap.js';
import { BOARD_HEADERS, FIT, NARROW, statusMessages as S } from './messages.js';

export interface BoardLine {
  entry: BoardEntry;
  record: StudentRecord;
  support?: SupportRequest;
  /** What tells this student apart from a classmate of the same name ("sinh 2004, BHXH …4567"). */
  namesake?: string;
}

export function boardLines(board: Board, records: readonly StudentRecord[]): BoardLine[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const tags = namesakeTags(records, 'shown');
  return board.entries.map((entry) => {
    const record = byId.get(entry.id) as StudentRecord;
    const support = supportRequestOf(record);
    const namesake = tags.get(entry.id);
    return { entry, record, ...(support ? { support } : {}), ...(namesake === undefined ? {} : { namesake }) };
  });
}

/** The student's name as the board shows it: its source mark, and what sets a namesake apart. */
export const boardName = (line: BoardLine): string => nameWithTag(withSourceMark(displayName(line.entry), line.record), line.namesake);

/** The board as data for `--json`: identity numbers masked as in every list. */
export function boardJson(lines: readonly BoardLine[]) {
  return lines.map(({ entry, record, support }) => ({
    ...entry,
    bhxhCode: record.fields.bhxhCode ? maskTail(record.fields.bhxhCode, 4) : null,
    supportRequest: support
      ? {
          wrongPhone: maskPhone(support.wrongPhone),
          rightPhone: support.rightPhone ? maskPhone(support.rightPhone) : null,
          requestedAt: support.requestedAt,
          emailSentAt: support.emailSentAt ?? null,
        }
      : null,
  }));
}

function glyph(output: Output, entry: BoardEntry): string {
  const { colors } = output;
  if (entry.overdue) return colors.red('✖');
  if (entry.state === 'done') return colors.green('✔');
  return entry.needsAction ? colors.yellow('●') : '◌';
}

function stateCell(output: Output, entry: BoardEntry): string {
  const { colors } = output;
  const label = entry.alreadyRegistered
    ? ALREADY_REGISTERED_LABEL
    : entry.state === 'ready' && needsCompletion(entry) ? NEEDS_COMPLETION_LABEL : STATE_LABELS[entry.state];
  if (entry.overdue) return colors.red(label);
  if (entry.state === 'done') return colors.green(label);
  return entry.needsAction ? colors.yellow(label) : label;
}

/** 'HH:mm DD/MM': the year is rarely in doubt on a board of this term. */
const shortInstant = (iso: string): string => formatInstant(new Date(iso)).slice(0, 11);

/** The password due date as 'DD/MM', red once it has passed. */
function dueCell(output: Output, entry: BoardEntry): string {
  const day = formatDate(entry.dueDate ?? '').slice(0, 5);
  return entry.overdue ? output.colors.red(day) : day;
}

function fit(text: string, width: number): string {
  return displayWidth(text) <= width ? text : `${[...text].slice(0, Math.max(1, width - 1)).join('')}…`;
}

/** Below this many columns the table would cut names and split dates: each student gets two lines. */
export const NARROW_BELOW = 80;

export function renderBoard(output: Output, lines: readonly BoardLine[]): void {
  if (output.width < NARROW_BELOW) renderNarrow(output, lines);
  else renderWide(output, lines);
}

function renderWide(output: Output, lines: readonly BoardLine[]): void {
  const { width } = output;
  const headers = [`  ${BOARD_HEADERS[0]}`, ...BOARD_HEADERS.slice(1)];
  const others = lines.map(({ entry, record }) => [
    `${glyph(output, entry)} ${entry.id}`,
    record.fields.bhxhCode ? maskTail(record.fields.bhxhCode, 4) : '',
    stateCell(output, entry),
    shortInstant(entry.since),
    entry.dueDate === undefined ? '' : dueCell(output, entry),
  ]);
  // The name gets what the other columns (as wide as their widest cell) and the 2-space gaps leave.
  const otherHeaders = headers.filter((_, i) => i !== 1);
  const fixed = columnWidths(otherHeaders, others).reduce((sum, columnWidth) => sum + columnWidth, 2 * otherHeaders.length);
  const nameWidth = Math.max(12, width - fixed);
  const rows = others.map(([id = '', ...rest], i) => [id, fit(boardName(lines[i] as BoardLine), nameWidth), ...rest]);
  const [header, ...table] = renderTable(headers, rows);
  output.line(output.colors.bold(header ?? ''));
  lines.forEach((line, i) => {
    output.line(table[i]);
    renderDetails(output, line);
  });
}

/**
 * Two lines a student, no header: who (with the BHXH code when it fits), then the state, since
 * when and the due date, each piece whole, never split across lines; then the next step.
 */
function renderNarrow(output: Output, lines: readonly BoardLine[]): void {
  const { width } = output;
  const indent = '    ';
  lines.forEach((line) => {
    const { entry, record } = line;
    const who = `${glyph(output, entry)} ${entry.id}  ${fit(boardName(line), width - 2 - entry.id.length - 2)}`;
    const bhxh = record.fields.bhxhCode ? NARROW.bhxh(maskTail(record.fields.bhxhCode, 4)) : undefined;
    const sideBySide = bhxh !== undefined && displayWidth(who) + 2 + displayWidth(bhxh) <= width;
    output.line(sideBySide ? `${who}  ${bhxh}` : who);
    const details = [
      stateCell(output, entry),
      NARROW.since(shortInstant(entry.since)),
      ...(entry.dueDate === undefined ? [] : [NARROW.due(dueCell(output, entry))]),
      ...(bhxh !== undefined && !sideBySide ? [bhxh] : []),
    ];
    for (const text of pack(details, width, indent, ' · ')) output.line(text);
    renderDetails(output, line);
  });
}

/** Below a student's line(s): the next step and its command, and a pending support request. */
function renderDetails(output: Output, { entry, support }: BoardLine): void {
  const { width } = output;
  if (entry.state !== 'done') {
    const text = wrap(entry.nextStep, width, '    ');
    output.line(entry.overdue ? output.colors.red(text) : text);
    if (entry.command !== undefined) output.line(`    ${output.colors.cyan(`→ ${entry.command}`)}`);
  }
  if (entry.missingEmail && entry.state !== 'done') output.line(output.colors.yellow(wrap(S.missingEmail, width, '    ')));
  if (support) output.line(output.colors.yellow(wrap(supportNote(support), width, '    ')));
}

/** A pending support request: still to send, or sent and awaiting the answer. */
export function supportNote(support: SupportRequest): string {
  const right = support.rightPhone && maskPhone(support.rightPhone);
  return support.emailSentAt === undefined
    ? S.supportPending(maskPhone(support.wrongPhone), right)
    : FIT.supportSent(maskPhone(support.wrongPhone), right, formatInstant(new Date(support.emailSentAt)));
}
