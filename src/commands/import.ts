import type { CommandContext } from '../context.js';
import { ClassFileError, looksLikeClassFile, readClassFile, type ReadClassFile } from '../core/class-file/read.js';
import type { StudentRecord } from '../core/record.js';
import {
  applyUpdate,
  isSavable,
  parseCsvPieces,
  parseRoster,
  planUpdate,
  RowChecker,
  type CheckedRoster,
  type ExistingStudent,
  type RosterReport,
  type RowReport,
} from '../core/roster/index.js';
import { UserError } from '../errors.js';
import { withSpinner, type SpinnerOptions } from '../ui/spinner.js';
import { conflictKeys } from '../core/duplicates.js';
import { loadWardList } from '../core/address/index.js';
import type { Store } from '../store/store.js';
import { LazyArray } from '../ui/json.js';
import { maskRecordValue } from '../ui/mask.js';
import { importMessages as M } from './import/messages.js';
import { withRosterFile } from './import/roster-file.js';
import { printFileFacts, printNotSaved, printProblems, printSummary, printUpdates, type RowUpdate } from './import/report.js';
import { openCommandStore } from '../flows/open-store.js';

/** About 7,000 rows of a typical roster: checking takes a noticeable moment from here on. */
const LARGE_ROSTER_BYTES = 1_000_000;

/**
 * `import <file> [--dry-run] [--overwrite]`: read a class roster, judge every row field by field;
 * a row that is a saved student updates that student (what is empty or came from an import;
 * typed fields only with --overwrite), every other row with a valid name and BHXH code becomes a
 * draft. All in one write, or none with --dry-run (which reports the same).
 */
export async function run(ctx: CommandContext, args: string[], options: Record<string, unknown>): Promise<void> {
  const file = args[0] ?? '';
  const dryRun = options.dryRun === true;
  const overwrite = options.overwrite === true;
  const { output } = ctx;
  // The file first: a roster refused as a whole touches no store.
  const read = await readRoster(file, output, ctx.now);
  // Our own class file (export --format json) is merged, states and events included: not a roster.
  if ('classFile' in read) {
    const { mergeClassFile } = await import('./import/class-file.js');
    return mergeClassFile(ctx, read.classFile, dryRun);
  }
  const { parsed, checker, spinner } = read;
  // A dry run leaves no trace: the store is only read.
  const store = await openCommandStore(ctx, { readOnly: dryRun });
  const saved = store.list();
  const wards = await loadWardList(store.getProfile().extraWards);
  const { report, updates } = await withSpinner(M.checking(parsed.rows.length), () => {
    const checked = checker.finish(parsed, saved.map(comparable), wards);
    const planned = planUpdates(checked, saved, overwrite);
    if (!dryRun) saveAll(store, checked, planned, overwrite, ctx.now);
    return { report: checked, updates: planned };
  }, spinner);

  if (output.json) {
    output.printJson({
      // Made row by row as the report is written: never all 100,000 JSON rows at once.
      rows: new LazyArray(report.rows.length, (i) => jsonRow(report.rows[i] as RowReport, updates)),
      summary: { ...report.summary, updated: [...updates.values()].filter((u) => u.plan.changes.length > 0).length },
      ignoredColumns: report.ignoredColumns,
      notices: report.notices,
    });
  } else {
    printFileFacts(output, file, parsed);
    printUpdates(output, report, updates, dryRun);
    printProblems(output, report, updates, dryRun);
    printSummary(output, report, updates, dryRun);
    printNotSaved(output, report, dryRun);
  }
  const { failed, total } = report.summary;
  if (failed > 0) {
    const hint = output.json ? M.failedHintJson : dryRun ? M.failedHintDry : M.failedHintSaved;
    throw new UserError(M.failed(failed, total), { hint });
  }
}

/**
 * The roster read, each row checked on its own as it is read (RowChecker), or our own class file.
 * A UTF-8 CSV (nearly every roster) is read in pieces, so the file is never whole in memory;
 * anything else (another encoding, JSON, a workbook, a CSV error to locate) is read whole.
 */
async function readRoster(
  file: string,
  output: CommandContext['output'],
  now: Date,
): Promise<{ classFile: ReadClassFile } | { parsed: CheckedRoster; checker: RowChecker; spinner: SpinnerOptions }> {
  return withRosterFile(file, async (roster) => {
    // Parsing and checking block the event loop, so no timer can tell they last: the size does.
    const spinner = { enabled: !output.json && roster.size >= LARGE_ROSTER_BYTES, delayMs: 0, color: output.colors.level > 0 };
    return withSpinner(M.reading(file), async () => {
      const checker = new RowChecker(now);
      const parsed = parseCsvPieces(roster.pieces(), checker.check);
      if (parsed !== undefined) return { parsed, checker, spinner };
      const bytes = await roster.whole();
      const classFile = readOwnClassFile(bytes);
      if (classFile !== undefined) return { classFile };
      // Rows of the pieces read before they were given up are checked again, from the start.
      const again = new RowChecker(now);
      return { parsed: await parseRoster(bytes, again.check), checker: again, spinner };
    }, spinner);
  });
}

/** What each row matched to a saved student changes in it, by the row's line. */
function planUpdates(report: RosterReport, saved: readonly StudentRecord[], overwrite: boolean): Map<number, RowUpdate> {
  const byId = new Map(saved.map((record) => [record.id, record]));
  const updates = new Map<number, RowUpdate>();
  for (const row of report.rows) {
    const record = row.alreadySaved === undefined ? undefined : byId.get(row.alreadySaved);
    if (record !== undefined) updates.set(row.index, { record, plan: planUpdate(record, row.values, overwrite) });
  }
  return updates;
}

/**
 * The SPEC's row shape plus `index` and `name` (a one-line JSON file gives every row line 1);
 * `id` when the row was saved or updates a saved student (`alreadySaved: true`, with its
 * `changes` and `conflicts`, numbers masked); `replacedBy` when a newer answer replaced it.
 */
function jsonRow(row: RowReport, updates: ReadonlyMap<number, RowUpdate>) {
  const { line, index, ok, id, alreadySaved, replacedBy, errors, warnings } = row;
  const name = row.name ?? null;
  if (alreadySaved !== undefined) {
    const update = updates.get(index);
    const mask = (list: RowUpdate['plan']['changes']) =>
      list.map((c) => ({ field: c.field, from: c.from === undefined ? null : maskRecordValue(c.field, c.from), to: maskRecordValue(c.field, c.to) }));
    const changes = update
      ? { changes: mask(update.plan.changes), conflicts: mask(update.plan.conflicts), refused: mask(update.plan.refused), locked: update.plan.locked }
      : {};
    return { line, index, name, ok, id: alreadySaved, alreadySaved: true, ...changes, errors, warnings };
  }
  if (replacedBy !== undefined) return { line, index, name, ok, replacedBy, errors, warnings };
  return id === undefined ? { line, index, name, ok, errors, warnings } : { line, index, name, ok, id, errors, warnings };
}

function readOwnClassFile(bytes: Uint8Array): ReadClassFile | undefined {
  const text = new TextDecoder().decode(bytes.subarray(0, 200));
  if (!looksLikeClassFile(text)) return undefined;
  try {
    return readClassFile(new TextDecoder().decode(bytes));
  } catch (error) {
    if (error instanceof ClassFileError) throw new UserError(error.message, { hint: error.hint });
    throw error;
  }
}

/**
 * Compared as the store compares them, so what passes here passes saveMany's duplicate check;
 * the fields let a row that is this student, imported before, be recognised.
 */
function comparable(record: StudentRecord): ExistingStudent {
  const keys = new Map(conflictKeys(record.fields));
  const { id, fields, state } = record;
  return { id, bhxhCode: keys.get('bhxhCode'), idNumber: keys.get('idNumber'), phone: keys.get('phone'), fields, state };
}

/** New drafts (fields marked as imported) and the updated students, in one write. */
function saveAll(store: Store, report: RosterReport, updates: ReadonlyMap<number, RowUpdate>, overwrite: boolean, now: Date): void {
  const rows = report.rows.filter((row) => isSavable(row));
  const records = rows.map((row) => {
    const record = store.create({ ...row.values }, now);
    return { ...record, sources: Object.fromEntries(Object.keys(row.values).map((key) => [key, 'import' as const])) };
  });
  const valuesOf = new Map<string, RosterReport['rows'][number]['values']>();
  for (const row of report.rows) {
    const update = updates.get(row.index);
    if (update !== undefined && update.plan.changes.length > 0) valuesOf.set(update.record.id, row.values);
  }
  // Planned again on each student as the file holds it now, under the store's lock, in the same
  // write as the new drafts: what another terminal changed meanwhile is kept, not overwritten.
  store.updateEach([...valuesOf.keys()], (current) => {
    const plan = planUpdate(current, valuesOf.get(current.id) ?? {}, overwrite);
    return plan.changes.length === 0 ? current : applyUpdate(current, plan, now);
  }, now, records);
  rows.forEach((row, i) => {
    row.id = records[i]?.id;
  });
}
