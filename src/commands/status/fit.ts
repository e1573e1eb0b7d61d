/**
 * The class board fitted to one terminal screen: what needs action first and whole (the overdue,
 * each kind with its command once), then what the monitor can do now, one line a student while
 * there is room, packed or cut ("… và 3 bạn nữa") when there is not; the waiting and the done
 * are counts. A pipe, a file and `--all` get the whole board (groups.ts) instead.
 */
import type { BoardEntry } from '../../core/tracking/index.js';
import type { Output } from '../../ui/output.js';
import { displayWidth } from '../../ui/table.js';
import { pack, wrap } from '../../ui/wrap.js';
import { boardName, type BoardLine } from './board.js';
import { GROUPS, FIT, type GroupKey } from './messages.js';
import { groupLines, studentDetail } from './groups.js';

export interface FitOptions {
  /** Rows of the terminal. */
  height: number;
  title: string;
  /** What the board adds after a student's detail ("đã nhắc hôm qua", "⚑ 5 ngày …"). */
  notes: (entry: BoardEntry) => string[];
  /** The few words kept beside a name when names are packed several to a line ("⚑ 5 ngày"). */
  flags: (entry: BoardEntry) => string[];
  /** The last lines (the summary, the support e-mail, the hints), already wrapped. */
  footer: string[];
}

const ACTION_GROUPS: readonly GroupKey[] = ['missing', 'ready', 'login'];

function cut(text: string, width: number): string {
  return displayWidth(text) <= width ? text : `${[...text].slice(0, Math.max(1, width - 1)).join('')}…`;
}

/** A heading and its command on one line when they fit, else on two. */
function headed(head: string, command: string | undefined, width: number): string[] {
  if (command === undefined) return [head];
  const one = `${head} → ${command}`;
  const indent = /^ */.exec(head)?.[0] ?? '';
  return displayWidth(one) <= width ? [one] : [...wrap(head.trim(), width, indent).split('\n'), `${indent}  → ${command}`];
}

/** The command a group of overdue students shares: each one's command with its id left open. */
const commandTemplate = (entry: BoardEntry): string | undefined => entry.command?.split(entry.id).join('<mã>');

function studentLine(line: BoardLine, key: GroupKey, glyph: string, options: FitOptions, width: number): string {
  const { entry } = line;
  const detail = [studentDetail(line, key), ...options.notes(entry)].join(' · ');
  return cut(`  ${glyph} ${entry.id}  ${boardName(line)}  · ${detail}`, width);
}

function overdueBlock(lines: readonly BoardLine[], options: FitOptions, width: number): string[] {
  if (lines.length === 0) return [];
  const out = [`${GROUPS.overdue.title} (${lines.length})`];
  const byCommand = new Map<string, BoardLine[]>();
  for (const line of lines) {
    const key = `${line.entry.step.kind}\u0000${commandTemplate(line.entry) ?? ''}`;
    byCommand.set(key, [...(byCommand.get(key) ?? []), line]);
  }
  for (const group of byCommand.values()) {
    const first = (group[0] as BoardLine).entry;
    out.push(...headed(`  ${FIT.overdueAdvice[first.step.kind] ?? FIT.overdueOther}`, commandTemplate(first), width));
    for (const line of group) out.push(studentLine(line, 'overdue', '✖', options, width));
  }
  return out;
}

interface ActionGroup {
  head: string[];
  lines: string[];
  packed: string[];
  pieces: string[];
  mode: 'lines' | 'packed';
  cap: number;
}

const bodyOf = (group: ActionGroup): string[] => (group.mode === 'lines' ? group.lines : group.packed);
const costOf = (group: ActionGroup): number => group.head.length + Math.min(group.cap, bodyOf(group).length);

/** The packed names cut to `cap` lines, the last saying how many more there are. */
function packedWithin(pieces: readonly string[], cap: number, width: number): string[] {
  for (let shown = pieces.length; shown > 0; shown -= 1) {
    const rest = pieces.length - shown;
    const packed = pack([...pieces.slice(0, shown), ...(rest > 0 ? [FIT.more(rest)] : [])], width, '  ', ' · ');
    if (packed.length <= cap) return packed;
  }
  return [`  ${FIT.more(pieces.length)}`];
}

export function renderFitted(output: Output, lines: readonly BoardLine[], options: FitOptions): void {
  const { width, colors } = output;
  const groups = new Map(groupLines(lines).map((group) => [group.key, group.lines]));
  // Submitted past the SMS's usual delay with no file number recorded: a question for the monitor
  // (did the SMS come?), listed by name rather than counted with those still waiting.
  const waiting = groups.get('waitingFileNumber') ?? [];
  const questions = waiting.filter(({ entry }) => entry.troubleshootRow !== undefined);
  groups.set('waitingFileNumber', waiting.filter(({ entry }) => entry.troubleshootRow === undefined));
  const overdue = overdueBlock(groups.get('overdue') ?? [], options, width);
  const collapsed = collapsedLine(groups);
  const counts = collapsed === undefined ? [] : wrap(collapsed, width).split('\n');
  // The shell's prompt takes the last row once the board is printed.
  const asked = questions.length === 0 ? [] : [
    ...headed(`${FIT.askFileNumber} (${questions.length})`, GROUPS.waitingFileNumber.command, width),
    ...questions.map((line) => studentLine(line, 'waitingFileNumber', '●', options, width)),
  ];
  const room = options.height - 1 - 1 - overdue.length - asked.length - counts.length - options.footer.length;
  const action = (key: GroupKey, title: string, members: readonly BoardLine[]): ActionGroup => {
    const pieces = members.map((line) => [`${line.entry.id} ${boardName(line)}`, ...options.flags(line.entry)].join(' '));
    return {
      head: headed(`${title} (${members.length})`, GROUPS[key].command, width),
      lines: members.map((line) => studentLine(line, key, '●', options, width)),
      packed: pack(pieces, width, '  ', ' · '),
      pieces,
      mode: 'lines' as const,
      cap: Number.POSITIVE_INFINITY,
    };
  };
  const actions: ActionGroup[] = ACTION_GROUPS.flatMap((key) => {
    const members = groups.get(key);
    return members === undefined ? [] : [action(key, GROUPS[key].title, members)];
  });
  const total = () => actions.reduce((sum, group) => sum + costOf(group), 0);
  // Too long: the biggest groups are packed first, then the longest bodies cut a line at a time.
  for (const group of [...actions].sort((a, b) => b.lines.length - a.lines.length)) {
    if (total() <= room) break;
    group.mode = 'packed';
  }
  while (total() > room) {
    const longest = actions.reduce<ActionGroup | undefined>(
      (best, group) => (Math.min(group.cap, bodyOf(group).length) > 0 && (!best || costOf(group) > costOf(best)) ? group : best),
      undefined,
    );
    if (longest === undefined) break;
    longest.mode = 'packed';
    longest.cap = Math.min(longest.cap, longest.packed.length) - 1;
    // Down to the heading alone, which still says how many and the command.
    longest.packed = longest.cap === 0 ? [] : packedWithin(longest.pieces, longest.cap, width);
  }

  output.line(colors.bold(options.title));
  overdue.forEach((text, i) => output.line(i === 0 ? colors.red(colors.bold(text)) : text.includes('✖') ? colors.red(text) : text));
  asked.forEach((text, i) => output.line(i === 0 ? colors.yellow(colors.bold(text)) : text));
  for (const group of actions) {
    group.head.forEach((text, i) => output.line(i === 0 ? colors.bold(text) : text));
    for (const text of bodyOf(group).slice(0, group.cap)) output.line(text);
  }
  for (const text of counts) output.line(colors.dim(text));
  for (const text of options.footer) output.line(text);
}

function collapsedLine(groups: ReadonlyMap<GroupKey, BoardLine[]>): string | undefined {
  const fileNumber = groups.get('waitingFileNumber')?.length ?? 0;
  const password = groups.get('waitingPassword') ?? [];
  const forgot = password.filter(({ entry }) => entry.passwordPhase === 'forgot-worth-trying').length;
  const done = groups.get('done')?.length ?? 0;
  const parts = [
    ...(fileNumber + password.length > 0 ? [FIT.waiting(fileNumber, password.length, forgot)] : []),
    ...(done > 0 ? [FIT.done(done)] : []),
  ];
  return parts.length === 0 ? undefined : parts.join(' · ');
}
