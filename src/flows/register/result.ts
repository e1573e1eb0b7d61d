import type { CommandContext } from '../../context.js';
import type { StudentRecord } from '../../core/record.js';
import { registerMessages as M } from './messages.js';
import { printRecord } from './review.js';
import { hanging } from '../../ui/wrap.js';

/** The screen after "Ghi nhận": the record as it must be typed, and what happens next. */
export function printReady(ctx: CommandContext, record: StudentRecord): void {
  const { output } = ctx;
  output.success(M.readyTitle(record.fields.name ?? '', record.id));
  printRecord(output, record.fields);
  output.line();
  M.nextSteps.forEach((step, i) => output.line(hanging(`  ${i + 1}. `, step, output.width)));
  output.line(M.trackWith(record.id));
}
