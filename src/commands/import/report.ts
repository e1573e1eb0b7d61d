/** The human report of `import`: file facts, updates of saved students, rows with problems, what was not saved. */
import { FIELD_LABELS } from '../../core/fields/messages.js';
import type { StudentRecord } from '../../core/record.js';
import {
  isSavable,
  ROSTER_FIELD_LABELS,
  type FieldChange,
  type FieldIssue,
  type ParsedRoster,
  type RosterReport,
  type RowReport,
  type UpdatePlan,
} from '../../core/roster/index.js';
import { maskRecordValue } from '../../ui/mask.js';
import type { Output } from '../../ui/output.js';
import { renderTable } from '../../ui/table.js';
import { hanging, wrap } from '../../ui/wrap.js';
import { importMessages as M } from './messages.js';

/** More saved students than this, and `list` shows them better than a table here. */
const SAVED_TABLE_MAX = 100;

export interface RowUpdate {
  record: StudentRecord;
  plan: UpdatePlan;
}
type Updates = ReadonlyMap<number, RowUpdate>;

const title = (row: RowReport): string => M.rowTitle(row.label, row.name);
const unchanged = (update: RowUpdate | undefined): boolean =>
  update !== undefined && update.plan.changes.length === 0 && update.plan.conflicts.length === 0 && update.plan.refused.length === 0;

export function printFileFacts(output: Output, file: string, parsed: ParsedRoster<unknown>): void {
  const say = (text: string) => output.line(wrap(text, output.width));
  say(M.read(file, parsed.rows.length, parsed.format, parsed.encoding));
  if (parsed.timestampColumn !== undefined) say(M.timestampColumn(parsed.timestampColumn));
  if (parsed.ignoredColumns.length > 0) say(M.ignoredColumns(parsed.ignoredColumns));
  if (parsed.notices.length > 0) {
    output.line(output.colors.yellow(M.noticesTitle));
    for (const notice of parsed.notices) output.line(output.colors.yellow(hanging('  • ', notice, output.width)));
  }
}

const shown = (change: FieldChange, value: string | undefined): string =>
  value === undefined ? M.empty : maskRecordValue(change.field, value);

/** Per saved student the row matched: each field changed ("Số điện thoại: 091… ⇒ 098…") and each conflict kept. */
export function printUpdates(output: Output, report: RosterReport, updates: Updates, dryRun: boolean): void {
  const { colors, width } = output;
  const rows = report.rows.filter((row) => !unchanged(updates.get(row.index)) && updates.has(row.index));
  if (rows.length === 0) return;
  output.line();
  output.line(colors.bold(wrap(dryRun ? M.updatesTitleDry : M.updatesTitle, width)));
  for (const row of rows) {
    const { record, plan } = updates.get(row.index) as RowUpdate;
    output.line(colors.bold(`${title(row)} ${colors.dim(`(${M.savedId(record.id)})`)}`));
    for (const change of plan.changes) {
      output.line(colors.green(hanging('  ✔ ', `${FIELD_LABELS[change.field]}: ${shown(change, change.from)} ⇒ ${shown(change, change.to)}`, width)));
    }
    for (const change of plan.refused) {
      output.line(colors.red(hanging('  ✖ ', M.wrongPhoneRefused(FIELD_LABELS[change.field], shown(change, change.from), shown(change, change.to), record.id), width)));
    }
    if (plan.locked) output.line(colors.yellow(hanging('  ⚠ ', M.locked(record.id), width)));
    for (const change of plan.conflicts) {
      const text = plan.locked
        ? M.lockedField(FIELD_LABELS[change.field], shown(change, change.from), shown(change, change.to))
        : M.conflict(FIELD_LABELS[change.field], shown(change, change.from), shown(change, change.to));
      output.line(colors.yellow(hanging('  ⚠ ', text, width)));
    }
    if (record.state === 'ready' && plan.changes.length > 0) output.line(colors.yellow(hanging('  ⚠ ', M.readyReopened, width)));
  }
}

/**
 * Rows with an error or a warning, field by field, whatever the row's saved state: every row the
 * summary counts as failed is here with its line and field. A replaced answer is counted as
 * neither, so it is listed among the rows not saved instead.
 */
export function printProblems(output: Output, report: RosterReport, _updates: Updates, dryRun: boolean): void {
  const { colors, width } = output;
  const withProblems = report.rows.filter((row) => row.replacedBy === undefined && (row.errors.length > 0 || row.warnings.length > 0));
  output.line();
  if (withProblems.length === 0) {
    output.line(M.noProblems);
    return;
  }
  output.line(colors.bold(M.problemsTitle));
  for (const row of withProblems) {
    const saved =
      row.alreadySaved !== undefined ? M.savedId(row.alreadySaved)
      : row.id !== undefined ? M.savedAs(row.id)
      : dryRun ? ''
      : M.notSaved;
    output.line();
    output.line((row.errors.length > 0 ? colors.red : colors.yellow)(colors.bold(title(row))) + (saved ? colors.dim(` (${saved})`) : ''));
    const issue = (mark: string, color: (s: string) => string) => (item: FieldIssue) =>
      output.line(color(hanging(`  ${mark} ${ROSTER_FIELD_LABELS[item.field]}: `, item.message, width)));
    row.errors.forEach(issue('✖', colors.red));
    row.warnings.forEach(issue('⚠', colors.yellow));
  }
}

export function printSummary(output: Output, report: RosterReport, updates: Updates, dryRun: boolean): void {
  const { summary } = report;
  const say = (text: string, color: (s: string) => string = String) => output.line(color(wrap(text, output.width)));
  output.line();
  say(M.summary(summary.total, summary.ok, summary.failed, summary.replaced), output.colors.bold);
  const matched = [...updates.values()];
  const changed = matched.filter((u) => u.plan.changes.length > 0).length;
  const conflicts = matched.filter((u) => u.plan.conflicts.length > 0).length;
  if (matched.length > 0) say(M.matchedCount(matched.length, changed, conflicts, dryRun));
  if (conflicts > 0) say(M.conflictRule, output.colors.dim);
  if (dryRun) {
    say(M.dryRun);
    say(M.dryRunNext);
    return;
  }
  const saved = report.rows.filter((row) => row.id !== undefined);
  if (saved.length > 0 || matched.length === 0) say(M.savedCount(saved.length), saved.length > 0 ? output.colors.green : String);
  if (saved.length === 0) return;
  output.line();
  if (saved.length <= SAVED_TABLE_MAX) {
    const rows = saved.map((row) => [row.id ?? '', row.label, row.values.name ?? '']);
    for (const line of renderTable(M.savedTableHeaders, rows)) output.line(line);
  } else {
    say(M.savedTooMany(saved.length));
  }
  output.line();
  say(M.resumeHint);
  output.line(M.resumeCommand(saved[0]?.id ?? '<mã>'));
  output.line(M.resumeAny);
}

/** Why a row was not (or, in a dry run, would not be) saved, in a few words; undefined when it is. */
function notSavedReason(row: RowReport, report: RosterReport): string | undefined {
  if (row.replacedBy !== undefined) {
    const newer = report.rows.find((other) => other.line === row.replacedBy && other.replacedBy === undefined);
    return M.reasonReplaced(newer?.label ?? M.lineLabel(row.replacedBy));
  }
  if (row.alreadySaved !== undefined || isSavable(row)) return undefined;
  const blocking = row.errors.filter((e) => e.field === 'name' || e.field === 'bhxh');
  return M.reasonInvalid(blocking.map((e) => `${ROSTER_FIELD_LABELS[e.field]} (${e.message.split(/[.:]/)[0]?.trim() ?? ''})`));
}

/** The rows not saved (replaced by a newer answer, or without a valid name and BHXH code), one line each. */
export function printNotSaved(output: Output, report: RosterReport, dryRun: boolean): void {
  const rows = report.rows.flatMap((row) => {
    const reason = notSavedReason(row, report);
    return reason === undefined ? [] : [{ row, reason }];
  });
  if (rows.length === 0) return;
  output.line();
  output.line(output.colors.bold(wrap(M.notSavedTitle(rows.length, dryRun), output.width)));
  for (const { row, reason } of rows) output.line(hanging('  • ', `${title(row)}: ${reason}`, output.width));
}
