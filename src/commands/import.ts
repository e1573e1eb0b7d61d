import { readFile } from 'node:fs/promises';
import type { CommandContext } from '../context.js';
import type { StudentRecord } from '../core/record.js';
import {
  isSavable,
  parseRoster,
  validateRoster,
  type ExistingStudent,
  type RosterReport,
} from '../core/roster/index.js';
import { UserError } from '../errors.js';
import { withSpinner } from '../ui/spinner.js';
import { conflictKeys } from '../store/conflicts.js';
import { peekRecords } from '../store/peek.js';
import type { Store } from '../store/store.js';
import { M } from './import/messages.js';
import { printFileFacts, printProblems, printSummary } from './import/report.js';
import { openCommandStore } from './shared.js';

/** About 7,000 rows of a typical roster: checking takes a noticeable moment from here on. */
const LARGE_ROSTER_BYTES = 1_000_000;

/**
 * `import <file> [--dry-run]`: read a class roster, judge every row field by field, and (unless
 * --dry-run) save each row whose name and BHXH code are valid as a draft, all in one write.
 */
export async function run(ctx: CommandContext, args: string[], options: Record<string, unknown>): Promise<void> {
  const file = args[0] ?? '';
  const dryRun = options.dryRun === true;
  const { output } = ctx;
  // The file first: a roster refused as a whole touches no store.
  const { parsed, spinner } = await readRoster(ctx, file);
  const store = dryRun ? undefined : await openCommandStore(ctx);
  const saved = store === undefined ? savedForDryRun(ctx) : store.list();
  const report = await withSpinner(M.checking(parsed.rows.length), () => {
    const checked = validateRoster(parsed, saved.map(comparable), { now: ctx.now });
    if (store !== undefined) saveDrafts(store, checked, ctx.now);
    return checked;
  }, spinner);

  if (output.json) {
    output.printJson({
      rows: report.rows.map(jsonRow),
      summary: report.summary,
      ignoredColumns: report.ignoredColumns,
      notices: report.notices,
    });
  } else {
    printFileFacts(output, file, parsed);
    printProblems(output, parsed, report, dryRun);
    printSummary(output, report, dryRun);
  }
  const { failed, total } = report.summary;
  if (failed > 0) {
    const hint = output.json ? M.failedHintJson : dryRun ? M.failedHintDry : M.failedHintSaved;
    throw new UserError(M.failed(failed, total), { hint });
  }
}

/**
 * The SPEC's row shape; `id` when the row was saved, or when it is a saved student already
 * (then with `alreadySaved: true`: it was not saved again).
 */
function jsonRow({ line, ok, id, alreadySaved, errors, warnings }: RosterReport['rows'][number]) {
  if (alreadySaved !== undefined) return { line, ok, id: alreadySaved, alreadySaved: true, errors, warnings };
  return id === undefined ? { line, ok, errors, warnings } : { line, ok, id, errors, warnings };
}

/**
 * The roster parsed, and how to show progress: parsing and checking block the event loop, so no
 * timer can tell they last; the file's size does. The bytes are not kept once parsed.
 */
async function readRoster(ctx: CommandContext, file: string) {
  const bytes = await readRosterBytes(file);
  const { output } = ctx;
  const spinner = { enabled: !output.json && bytes.length >= LARGE_ROSTER_BYTES, delayMs: 0, color: output.colors.level > 0 };
  return { parsed: await withSpinner(M.reading(file), () => parseRoster(bytes), spinner), spinner };
}

async function readRosterBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError(M.notFound(file), { hint: M.notFoundHint });
    if (code === 'EISDIR') throw new UserError(M.isDirectory(file), { hint: M.isDirectoryHint });
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new UserError(M.noAccess(file), { hint: M.noAccessHint });
    throw error;
  }
}

/** A dry run leaves no trace and skips conf: the saved records are only read, if there are any. */
function savedForDryRun(ctx: CommandContext): StudentRecord[] {
  const peek = peekRecords(ctx.env);
  if (peek.status === 'ok') return peek.records;
  if (peek.status === 'unreadable') ctx.output.warn(M.savedUnreadable(peek.path));
  return [];
}

/**
 * Compared as the store compares them, so what passes here passes saveMany's duplicate check;
 * the fields let a row that is this student, imported before, be recognised.
 */
function comparable(record: StudentRecord): ExistingStudent {
  const keys = new Map(conflictKeys(record.fields));
  const { id, fields } = record;
  return { id, bhxhCode: keys.get('bhxhCode'), idNumber: keys.get('idNumber'), phone: keys.get('phone'), fields };
}

/** Every row with a valid name and BHXH code, keeping only its valid fields, in one write. */
function saveDrafts(store: Store, report: RosterReport, now: Date): void {
  const rows = report.rows.filter((row) => isSavable(row));
  const records = rows.map((row) => store.create({ ...row.values }, now));
  store.saveMany(records, now);
  rows.forEach((row, i) => {
    row.id = records[i]?.id;
  });
}
