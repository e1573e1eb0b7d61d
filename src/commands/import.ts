import { open } from 'node:fs/promises';
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
import { RosterError } from '../core/roster/errors.js';
import { fileMessages } from '../core/roster/messages.js';
import { conflictKeys } from '../store/conflicts.js';
import { peekRecords } from '../store/peek.js';
import type { Store } from '../store/store.js';
import { M } from './import/messages.js';
import { printFileFacts, printProblems, printSummary } from './import/report.js';
import { openCommandStore } from './shared.js';

/**
 * `import <file> [--dry-run]`: read a class roster, judge every row field by field, and (unless
 * --dry-run) save each row whose name and BHXH code are valid as a draft, all in one write.
 */
export async function run(ctx: CommandContext, args: string[], options: Record<string, unknown>): Promise<void> {
  const file = args[0] ?? '';
  const dryRun = options.dryRun === true;
  const { output } = ctx;
  // The file first: a roster refused as a whole touches no store.
  const parsed = await parseRoster(await readRosterBytes(file));
  const store = dryRun ? undefined : await openCommandStore(ctx);
  const saved = store === undefined ? savedForDryRun(ctx) : store.list();
  const report = validateRoster(parsed, saved.map(comparable), { now: ctx.now });
  if (store !== undefined) saveDrafts(store, report, ctx.now);

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

/** A roster of a whole school is a few MB; past this, a wrong file (a video, a disk image). */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

/**
 * The roster's bytes, read through one descriptor: only a regular file (never /dev/zero or a pipe,
 * which would grow without end), and at most MAX_ROSTER_BYTES, checked before and while reading.
 */
async function readRosterBytes(file: string): Promise<Uint8Array> {
  try {
    const handle = await open(file, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw new UserError(M.isDirectory(file), { hint: M.isDirectoryHint });
      if (!stat.isFile()) throw new RosterError(fileMessages.notRegular);
      if (stat.size > MAX_ROSTER_BYTES) throw new RosterError(fileMessages.tooLarge(MAX_ROSTER_BYTES / 1024 / 1024));
      const buffer = Buffer.alloc(stat.size + 1);
      let length = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        // Grew while being read: more than the size it had a moment ago.
        if (length > stat.size) throw new RosterError(fileMessages.tooLarge(MAX_ROSTER_BYTES / 1024 / 1024));
      }
      return buffer.subarray(0, length);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP') {
      throw new UserError(M.notFound(file), { hint: M.notFoundHint });
    }
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
