import { TROUBLESHOOTING, searchTroubleshooting, troubleshootingRow, withSupportEmail, type TroubleshootingRow } from '../../core/content/index.js';
import type { StudentRecord } from '../../core/record.js';
import type { CommandContext } from '../../context.js';
import { UsageError, UserError } from '../../errors.js';
import { supportEmailOf } from '../../core/support/address.js';
import type { Store } from '../../store/store.js';
import type { Choice } from '../../ui/prompter.js';
import { publicRow, renderHeading, renderRow, rowSummary } from '../../ui/render.js';
import { requireSaved } from '../../flows/student-ref.js';
import { openCommandStore } from '../../flows/open-store.js';
import { troubleshootMessages as T } from './messages.js';
import type { Cause } from '../options.js';

interface Options {
  list?: boolean;
  student?: string;
  email?: boolean;
  /** With --email: the e-mail was sent; recorded for each student it lists. */
  sent?: boolean;
  out?: string;
  force?: boolean;
  yes?: boolean;
  /** Already checked (cause in ../options.ts). */
  cause?: Cause;
  useGuideAddress?: boolean;
  /** Row 4's QR code for a light or a dark background. */
  light?: boolean;
  dark?: boolean;
}

/** Every form of `troubleshoot` but the quick `troubleshoot <n>` (../troubleshoot.ts). */
export async function run(ctx: CommandContext, args: string[], options: Options): Promise<void> {
  const query = args.join(' ').trim();
  checkCombination(query, options);
  if (options.email && options.sent) {
    const { recordEmailSent } = await import('./email-sent.js');
    return recordEmailSent(ctx, await openCommandStore(ctx));
  }
  if (options.email) {
    const { composeSupportEmail } = await import('./email.js');
    return composeSupportEmail(ctx, await openCommandStore(ctx), options);
  }
  if (options.student !== undefined) return onStudent(ctx, query, options.student, options);
  if (options.list || (query === '' && (ctx.output.json || !ctx.interactive))) {
    if (query === '' && !options.list && !ctx.output.json) {
      ctx.output.info(T.pickHint);
    }
    return show(ctx, TROUBLESHOOTING);
  }
  if (query !== '') return show(ctx, findRows(query));
  const row = await pickRow();
  if (!row.actsOnRecord) return show(ctx, [row]);
  // The row concerns a saved student: offer to act on one, as `--student` would.
  const store = await openCommandStore(ctx);
  const records = store.list();
  const { chooseStudent } = await import('./choose-student.js');
  const record = records.length > 0 ? await chooseStudent(records) : undefined;
  if (record === undefined) return show(ctx, [row], store.getProfile().supportEmail);
  return act(ctx, store, row, record, options);
}

function checkCombination(query: string, options: Options): void {
  if (options.useGuideAddress && !options.email) throw new UsageError(T.guideAddressWithoutEmail, { hint: T.emailOnlyRow3Hint });
  if (options.out !== undefined && !options.email) throw new UsageError(T.outWithoutEmail, { hint: T.outWithoutEmailHint });
  if (options.sent && !options.email) throw new UsageError(T.sentWithoutEmail, { hint: T.sentWithoutEmailHint });
  if (options.sent && options.out !== undefined) throw new UsageError(T.sentWithOut, { hint: T.sentWithoutEmailHint });
  if (options.email && options.student !== undefined) throw new UsageError(T.emailWithStudent, { hint: T.emailWithStudentHint });
  if (options.email && query !== '' && query !== '3') throw new UsageError(T.emailOnlyRow3, { hint: T.emailOnlyRow3Hint });
  if (options.list && options.student !== undefined) throw new UsageError(T.listWithStudent, { hint: T.listWithStudentHint });
  if (options.cause !== undefined && (options.email || options.list || !['', '2'].includes(query))) {
    throw new UsageError(T.causeOnlyRow2, { hint: T.causeOnlyRow2Hint });
  }
}

async function onStudent(ctx: CommandContext, query: string, id: string, options: Options): Promise<void> {
  let row: TroubleshootingRow;
  if (query === '') {
    if (!ctx.interactive || ctx.output.json) throw new UserError(T.studentNeedsRow, { hint: T.studentNeedsRowHint(id) });
    row = await pickRow();
  } else {
    const rows = findRows(query);
    if (rows.length > 1) throw new UserError(T.ambiguous(query, rows.map((r) => r.number)), { hint: T.studentNeedsRowHint(id) });
    row = rows[0] as TroubleshootingRow;
  }
  if (!row.actsOnRecord) throw new UserError(T.notOnRecord(row.number), { hint: T.notOnRecordHint(row.number) });
  const store = await openCommandStore(ctx);
  return act(ctx, store, row, requireSaved(store, id), options);
}

async function act(ctx: CommandContext, store: Store, row: TroubleshootingRow, record: StudentRecord, options: Options): Promise<void> {
  const { actOnRecord } = await import('./on-record.js');
  const { output } = ctx;
  const shown = withSupportEmail(row, store.getProfile().supportEmail);
  // The row first: a change to confirm, or a refusal, reads in its light.
  if (!output.json) renderRow(output, shown);
  const action = await actOnRecord(ctx, store, row, record, {
    yes: options.yes === true, ...(options.cause ? { cause: options.cause } : {}), light: options.light, dark: options.dark,
  });
  if (output.json) {
    output.printJson({ rows: [publicRow(shown)], student: record.id, action: action.data });
    return;
  }
  await action.render(output);
}

export function findRows(query: string): TroubleshootingRow[] {
  // "-1", "0", "9": a row number out of range, never words to search.
  if (/^[-+]?\d+$/.test(query.trim())) {
    const row = troubleshootingRow(Number(query));
    if (!row) {
      throw new UserError(T.noSuchRow(query, TROUBLESHOOTING.length), { hint: T.allRows(TROUBLESHOOTING.map(rowSummary)) });
    }
    return [row];
  }
  const rows = searchTroubleshooting(query);
  if (rows.length === 0) {
    throw new UserError(T.noRowMatches(query), { hint: T.noRowMatchesHint(TROUBLESHOOTING.map(rowSummary)) });
  }
  return rows;
}

/**
 * The rows as this class sees them: row 3's address is the one `config set supportEmail` chose.
 * Without an open store the data file is opened read-only, so showing a row creates nothing.
 */
async function show(ctx: CommandContext, allRows: readonly TroubleshootingRow[], supportEmail?: string): Promise<void> {
  const saved = async () => supportEmailOf((await openCommandStore(ctx, { readOnly: true })).storedProfile());
  const email = supportEmail ?? (allRows.some((row) => row.number === 3) ? await saved() : undefined);
  const rows = allRows.map((row) => withSupportEmail(row, email));
  const { output } = ctx;
  if (output.json) {
    output.printJson({ rows: rows.map(publicRow) });
    return;
  }
  if (rows.length > 1) {
    renderHeading(output, T.title);
    output.line();
  }
  rows.forEach((row) => renderRow(output, row));
}

async function pickRow(): Promise<TroubleshootingRow> {
  const { prompter } = await import('../../ui/prompter.js');
  for (;;) {
    const row = await prompter.search<TroubleshootingRow | undefined>({
      message: T.pickPrompt,
      source: rowChoices,
    });
    // Only the disabled "no match" line has no row, and it cannot be chosen.
    if (row !== undefined) return row;
  }
}

/**
 * The select's list for what has been typed: a bare number puts its row first (so "3" then Enter
 * is row 3, not row 6's "3x4"); no match is said in Vietnamese, not by inquirer in English.
 */
export function rowChoices(term: string): Choice<TroubleshootingRow | undefined>[] {
  const typed = term.trim();
  const rows = typed === '' ? [...TROUBLESHOOTING] : searchTroubleshooting(typed);
  const numbered = /^\d+$/.test(typed) ? troubleshootingRow(Number(typed)) : undefined;
  const ordered = numbered ? [numbered, ...rows.filter((row) => row !== numbered)] : rows;
  if (ordered.length === 0) return [{ name: T.noMatch, value: undefined, disabled: T.noMatchHint }];
  return ordered.map((row) => ({ name: rowSummary(row), value: row }));
}
