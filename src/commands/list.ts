import { C } from './messages.js';
import { displayName } from '../core/record.js';
import type { CommandContext } from '../context.js';
import { stateLabelOf } from '../core/tracking/messages.js';
import { maskFields } from '../ui/mask.js';
import { renderTable } from '../ui/table.js';
import { openCommandStore } from './shared.js';

export async function run(ctx: CommandContext): Promise<void> {
  const { output } = ctx;
  const records = (await openCommandStore(ctx)).list();
  if (output.json) {
    output.printJson({
      students: records.map((r) => ({ id: r.id, state: r.state, updatedAt: r.updatedAt, fields: maskFields(r.fields) })),
    });
    return;
  }
  if (records.length === 0) {
    output.line(C.listEmpty);
    return;
  }
  const rows = records.map((r) => {
    const masked = maskFields(r.fields);
    return [r.id, displayName(r.fields), stateLabelOf(r), masked.bhxhCode ?? '', masked.idNumber ?? '', masked.phone ?? ''];
  });
  for (const line of renderTable(C.listHeaders, rows)) {
    output.line(line);
  }
  output.line();
  output.line(C.listCount(records.length));
}
