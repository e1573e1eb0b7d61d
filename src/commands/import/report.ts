/** The human report of `import`: file facts, then each row with a problem, field by field. */
import {
  ROSTER_FIELD_LABELS,
  type FieldIssue,
  type ParsedRoster,
  type RosterReport,
  type RowReport,
} from '../../core/roster/index.js';
import type { Output } from '../../ui/output.js';
import { renderTable } from '../../ui/table.js';
import { hanging, wrap } from '../../ui/wrap.js';
import { M } from './messages.js';

/** More saved students than this, and `list` shows them better than a table here. */
const SAVED_TABLE_MAX = 100;

export function printFileFacts(output: Output, file: string, parsed: ParsedRoster): void {
  const say = (text: string) => output.line(wrap(text, output.width));
  say(M.read(file, parsed.rows.length, parsed.format, parsed.encoding));
  if (parsed.ignoredColumns.length > 0) say(M.ignoredColumns(parsed.ignoredColumns));
  if (parsed.notices.length > 0) {
    output.line(output.colors.yellow(M.noticesTitle));
    for (const notice of parsed.notices) output.line(output.colors.yellow(hanging('  • ', notice, output.width)));
  }
}

/** A row's own warnings: for a student saved already, the first one only says so, and is shown as a list instead. */
const ownWarnings = (row: RowReport): FieldIssue[] => (row.alreadySaved === undefined ? row.warnings : row.warnings.slice(1));

export function printProblems(output: Output, parsed: ParsedRoster, report: RosterReport, dryRun: boolean): void {
  const { colors, width } = output;
  // report.rows follows parsed.rows one to one; the name is what the file says, for finding the row.
  const names = new Map(parsed.rows.map((row) => [row.line, row.cells.name]));
  output.line();
  printAlreadySaved(output, report, names);
  const withProblems = report.rows.filter((row) => row.errors.length > 0 || ownWarnings(row).length > 0);
  if (withProblems.length === 0) {
    output.line(M.noProblems);
    return;
  }
  output.line(colors.bold(M.problemsTitle));
  for (const row of withProblems) {
    const saved =
      row.alreadySaved !== undefined ? M.alreadySavedAs(row.alreadySaved)
      : row.id !== undefined ? M.savedAs(row.id)
      : dryRun ? ''
      : M.notSaved;
    const title = M.rowTitle(row.line, names.get(row.line));
    output.line();
    output.line((row.errors.length > 0 ? colors.red : colors.yellow)(colors.bold(title)) + (saved ? colors.dim(` (${saved})`) : ''));
    const issue = (mark: string, color: (s: string) => string) => (item: FieldIssue) =>
      output.line(color(hanging(`  ${mark} ${ROSTER_FIELD_LABELS[item.field]}: `, item.message, width)));
    row.errors.forEach(issue('✖', colors.red));
    ownWarnings(row).forEach(issue('⚠', colors.yellow));
  }
}

/** Students imported before: one table, not one warning block per row. */
function printAlreadySaved(output: Output, report: RosterReport, names: ReadonlyMap<number, string | undefined>): void {
  const rows = report.rows.filter((row) => row.alreadySaved !== undefined);
  if (rows.length === 0) return;
  output.line(output.colors.bold(wrap(M.alreadySavedTitle, output.width)));
  if (rows.length <= SAVED_TABLE_MAX) {
    const cells = rows.map((row) => [row.alreadySaved ?? '', String(row.line), names.get(row.line) ?? '']);
    for (const line of renderTable(M.savedTableHeaders, cells)) output.line(line);
  } else {
    output.line(wrap(M.alreadySavedTooMany(rows.length), output.width));
  }
  output.line();
}

export function printSummary(output: Output, report: RosterReport, dryRun: boolean): void {
  const { summary } = report;
  const say = (text: string, color: (s: string) => string = String) => output.line(color(wrap(text, output.width)));
  output.line();
  say(M.summary(summary.total, summary.ok, summary.failed), output.colors.bold);
  const skipped = report.rows.filter((row) => row.alreadySaved !== undefined).length;
  if (skipped > 0) {
    say(M.alreadySavedCount(skipped));
    say(M.alreadySavedRule, output.colors.dim);
  }
  if (dryRun) {
    say(M.dryRun);
    say(M.dryRunNext);
    return;
  }
  const saved = report.rows.filter((row) => row.id !== undefined);
  say(M.savedCount(saved.length), saved.length > 0 ? output.colors.green : String);
  const notSaved = summary.total - saved.length - skipped;
  if (notSaved > 0) say(M.notSavedCount(notSaved), output.colors.yellow);
  if (saved.length === 0) return;
  output.line();
  if (saved.length <= SAVED_TABLE_MAX) {
    const rows = saved.map((row) => [row.id ?? '', String(row.line), row.values.name ?? '']);
    for (const line of renderTable(M.savedTableHeaders, rows)) output.line(line);
  } else {
    say(M.savedTooMany(saved.length));
  }
  output.line();
  say(M.resumeHint);
  output.line(M.resumeCommand(saved[0]?.id ?? '<mã>'));
  output.line(M.resumeAny);
}
