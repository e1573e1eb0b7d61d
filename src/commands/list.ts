import { commandMessages as C } from './messages.js';
import { SHORT_LABELS } from '../core/fields/short-labels.js';
import { lacksEmail, missingToAsk } from '../core/fields/required.js';
import { displayName, type FieldKey, type StudentRecord, type StudentState } from '../core/record.js';
import { nameWithTag, namesakeTags } from '../core/namesakes.js';
import type { CommandContext } from '../context.js';
import { stateLabelOf } from '../core/tracking/messages.js';
import { maskFields } from '../ui/mask.js';
import { displayWidth, renderTable } from '../ui/table.js';
import { pack, wrap } from '../ui/wrap.js';
import { openCommandStore } from '../flows/open-store.js';
import { fromCollect } from '../core/collect/merge.js';
import { withSourceMark } from '../ui/source-mark.js';

/** As commander gives them: each already read by its rule (studentState, formFields in options.ts). */
interface Options {
  state?: StudentState;
  /** `--missing` alone: any missing field; with a name, those fields. */
  missing?: FieldKey[] | true;
}

/** What the student still lacks: a draft's required answers, and the e-mail until the account works (lacksEmail). */
export const missingOf = (record: StudentRecord): FieldKey[] => [
  ...(record.state === 'draft' ? missingToAsk(record.fields) : []),
  ...(lacksEmail(record) ? (['email'] as const) : []),
];

export async function run(ctx: CommandContext, _args: string[], options: Options): Promise<void> {
  const { output } = ctx;
  const { state } = options;
  const fields = Array.isArray(options.missing) ? options.missing : undefined;
  const all = (await openCommandStore(ctx)).list();
  const records = all.filter((record) => {
    if (state !== undefined && record.state !== state) return false;
    if (options.missing === undefined) return true;
    const missing = missingOf(record);
    return fields === undefined ? missing.length > 0 : fields.some((field) => missing.includes(field));
  });
  if (output.json) {
    output.printJson({
      students: records.map((r) => ({ id: r.id, state: r.state, updatedAt: r.updatedAt, missing: missingOf(r), fromCollect: fromCollect(r), fields: maskFields(r.fields) })),
    });
    return;
  }
  if (all.length === 0) return output.line(wrap(C.listEmpty, output.width));
  if (records.length === 0) return output.line(wrap(C.listNoneMatching(all.length), output.width));
  const tags = namesakeTags(all);
  const rows = records.map((r) => {
    const masked = maskFields(r.fields);
    const missing = missingOf(r).map((key) => SHORT_LABELS[key]).join(', ');
    return [r.id, withSourceMark(nameWithTag(displayName(r.fields), tags.get(r.id)), r), stateLabelOf(r), masked.bhxhCode ?? '', masked.idNumber ?? '', masked.phone ?? '', missing];
  });
  // The whole table when it fits; else without the ID number (then the phone) column; else a few lines a student.
  const anyMissing = rows.some((row) => row[6] !== '');
  const layouts = [[0, 1, 2, 3, 4, 5, 6], [0, 1, 2, 3, 5, 6], [0, 1, 2, 3, 6]].map((columns) => (anyMissing ? columns : columns.filter((i) => i !== 6)));
  const table = layouts
    .map((columns) => renderTable(columns.map((i) => C.listHeaders[i] ?? ''), rows.map((row) => columns.map((i) => row[i] ?? ''))))
    .find((lines) => lines.every((line) => displayWidth(line) <= output.width));
  // One write for the whole list, not one a line (a school's 5,000 students).
  output.batch(() => {
    if (table !== undefined) for (const line of table) output.line(line);
    else renderStacked(ctx, rows);
    output.line();
    output.line(wrap(records.length === all.length ? C.listCount(all.length) : C.listFiltered(records.length, all.length), output.width));
  });
}

/** Narrower than the table: each student on a line, then the numbers, then what is missing, each piece whole. */
function renderStacked(ctx: CommandContext, rows: readonly string[][]): void {
  const { output } = ctx;
  const indent = '    ';
  for (const [id = '', name = '', state = '', bhxh, idNumber, phone, missing] of rows) {
    output.line(`${id}  ${name}  · ${state}`);
    const numbers = [bhxh && C.listBhxh(bhxh), idNumber && C.listIdNumber(idNumber), phone && C.listPhone(phone)].filter((p): p is string => !!p);
    for (const line of pack(numbers, output.width, indent, ' · ')) output.line(line);
    if (missing) output.line(wrap(C.listMissing(missing), output.width, indent));
  }
}
