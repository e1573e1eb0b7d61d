/**
 * The class board grouped by what to do next, so 40 students fit a screen: a heading with the
 * count, the group's advice and command once, then one line per student.
 */
import { SHORT_LABELS } from '../../core/fields/short-labels.js';
import { missingToAsk } from '../../core/fields/required.js';
import {
  ALREADY_REGISTERED_LABEL, needsCompletion, formatDate, formatInstant, passwordDeadlineShort, type BoardEntry,
} from '../../core/tracking/index.js';
import type { Output } from '../../ui/output.js';
import { displayWidth } from '../../ui/table.js';
import { wrap } from '../../ui/wrap.js';
import { boardName, supportNote, type BoardLine } from './board.js';
import { GROUPS, statusMessages as S, type GroupKey } from './messages.js';

export const GROUP_ORDER: readonly GroupKey[] = ['overdue', 'missing', 'ready', 'login', 'waitingFileNumber', 'waitingPassword', 'done'];

/** Which group a student is in: overdue first, whatever the state; otherwise by state. */
export function groupOf(entry: BoardEntry): GroupKey {
  if (entry.overdue) return 'overdue';
  switch (entry.state) {
    case 'draft':
      return 'missing';
    case 'ready':
      // A photo deleted or moved since it was checked: to be completed again.
      return needsCompletion(entry) ? 'missing' : 'ready';
    case 'submitted':
      return 'waitingFileNumber';
    case 'file-number':
      return 'waitingPassword';
    case 'password':
      return 'login';
    case 'done':
      return 'done';
  }
}

export function groupLines(lines: readonly BoardLine[]): Array<{ key: GroupKey; lines: BoardLine[] }> {
  return GROUP_ORDER.map((key) => ({ key, lines: lines.filter((line) => groupOf(line.entry) === key) })).filter(
    (group) => group.lines.length > 0,
  );
}

const shortInstant = (iso: string): string => formatInstant(new Date(iso)).slice(0, 11);

/** The few words after a student's name: what is missing, since when, or the due date. */
export function studentDetail({ entry, record }: BoardLine, key: GroupKey): string {
  switch (key) {
    case 'missing': {
      const missing = [...new Set([...missingToAsk(record.fields), ...(entry.missingPhotos ?? [])])];
      const what = missing.length === 0 ? S.nothingMissing : S.missing(missing.map((field) => SHORT_LABELS[field]));
      // A "ready" student must be reopened before `register --resume` asks the photo again.
      return entry.state === 'ready' ? `${what} · ${S.reopenFirst(record.id)}` : what;
    }
    case 'waitingFileNumber':
      return S.sentAt(shortInstant(entry.since));
    case 'waitingPassword':
      // Past 72 hours: the deadline's own words, the same as troubleshoot 5 and the summary.
      return entry.passwordPhase === 'forgot-worth-trying' && entry.dueDate !== undefined
        ? passwordDeadlineShort({ dueDate: entry.dueDate, phase: entry.passwordPhase })
        : S.due(formatDate(entry.dueDate ?? '').slice(0, 5));
    case 'done':
      return entry.alreadyRegistered
        ? `${ALREADY_REGISTERED_LABEL} · ${S.since(shortInstant(entry.since))}`
        : S.since(shortInstant(entry.since));
    case 'login':
    case 'ready':
      return S.since(shortInstant(entry.since));
    case 'overdue':
      return entry.dueDate === undefined ? S.sentAt(shortInstant(entry.since)) : S.due(formatDate(entry.dueDate).slice(0, 5));
  }
}

function glyph(output: Output, key: GroupKey): string {
  const { colors } = output;
  if (key === 'overdue') return colors.red('✖');
  if (key === 'done') return colors.green('✔');
  return key === 'waitingFileNumber' || key === 'waitingPassword' ? '◌' : colors.yellow('●');
}

/** Fits `text` into `width` by cutting at the end, with "…" (a name longer than a whole line). */
function fit(text: string, width: number): string {
  return displayWidth(text) <= width ? text : `${[...text].slice(0, Math.max(1, width - 1)).join('')}…`;
}

export function renderGroups(output: Output, lines: readonly BoardLine[], notes: (entry: BoardEntry) => string[] = () => []): void {
  const { colors, width } = output;
  groupLines(lines).forEach((group, i) => {
    if (i > 0) output.line();
    const title = `${GROUPS[group.key].title} (${group.lines.length})`;
    output.line(group.key === 'overdue' ? colors.red(colors.bold(title)) : colors.bold(title));
    const advice = GROUPS[group.key].advice;
    if (advice !== undefined) output.line(colors.dim(wrap(advice, width, '  ')));
    const command = GROUPS[group.key].command;
    if (command !== undefined) output.line(`  ${colors.cyan(`→ ${command}`)}`);
    for (const line of group.lines) renderStudent(output, line, group.key, notes(line.entry));
  });
}

function renderStudent(output: Output, line: BoardLine, key: GroupKey, notes: readonly string[]): void {
  const { colors, width } = output;
  const { entry, support } = line;
  const who = `  ${glyph(output, key)} ${entry.id}  ${fit(boardName(line), width - 4 - entry.id.length - 2)}`;
  const detail = [studentDetail(line, key), ...notes].join(' · ');
  if (displayWidth(`${who}  · ${detail}`) <= width) output.line(`${who}  · ${detail}`);
  else {
    output.line(who);
    output.line(wrap(detail, width, '      '));
  }
  // Overdue students each need their own way out (row 5), and a file number not yet recorded is a
  // question for the monitor (row 2 only once no SMS came): said per student.
  if (key === 'overdue' || (key === 'waitingFileNumber' && entry.troubleshootRow !== undefined)) {
    output.line((key === 'overdue' ? colors.red : colors.yellow)(wrap(entry.nextStep, width, '      ')));
    if (entry.command !== undefined) output.line(`      ${colors.cyan(`→ ${entry.command}`)}`);
  }
  if (support) output.line(colors.yellow(wrap(supportNote(support), width, '      ')));
}
