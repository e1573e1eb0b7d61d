import { C } from './messages.js';
import { displayName } from '../core/record.js';
import type { CommandContext } from '../context.js';
import { EVENT_LABELS, STATE_LABELS, formatInstant } from '../core/tracking/messages.js';
import { missingRequiredFields, FIELD_LABELS } from '../core/fields/index.js';
import { printRecord } from '../flows/register/review.js';
import { maskRecord } from '../ui/mask.js';
import { openCommandStore } from './shared.js';
import { requireStudent } from './student-ref.js';

export async function run(ctx: CommandContext, [id = '']: string[], options: { unmask?: boolean }): Promise<void> {
  const { output } = ctx;
  const stored = requireStudent((await openCommandStore(ctx)).list(), id);
  const record = options.unmask ? stored : maskRecord(stored);
  const { fields } = record;
  if (output.json) {
    output.printJson(record);
    return;
  }
  output.line(output.colors.bold(C.showTitle(displayName(record.fields), record.id, STATE_LABELS[record.state])));
  printRecord(output, fields);
  const missing = missingRequiredFields(stored.fields);
  if (record.state === 'draft' && missing.length > 0) {
    output.line();
    output.warn(C.showMissing(missing.map((key) => FIELD_LABELS[key]), record.id));
  }
  if (record.events.length > 0) {
    output.line();
    output.line(C.showHistory);
    for (const event of record.events) {
      output.line(`  ${formatInstant(new Date(event.at))}  ${EVENT_LABELS[event.type]}${event.value ? `: ${event.value}` : ''}`);
    }
  }
  if (!options.unmask) output.line(`\n${C.showMasked}`);
}
