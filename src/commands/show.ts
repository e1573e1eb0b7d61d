import { commandMessages as C } from './messages.js';
import { displayName } from '../core/record.js';
import type { CommandContext } from '../context.js';
import { EVENT_LABELS, NEEDS_COMPLETION_LABEL, STATE_LABELS, formatInstant } from '../core/tracking/messages.js';
import { photosToRedo } from '../core/fields/photo-presence.js';
import { missingRequiredFields, FIELD_LABELS } from '../core/fields/index.js';
import { printRecord } from '../flows/register/review.js';
import { maskRecord } from '../ui/mask.js';
import { wrap } from '../ui/wrap.js';
import { openCommandStore } from '../flows/open-store.js';
import { requireSaved } from '../flows/student-ref.js';
import { fromCollect } from '../core/collect/merge.js';
import { sourceMessages } from '../core/collect/messages.js';

export async function run(ctx: CommandContext, [id = '']: string[], options: { unmask?: boolean }): Promise<void> {
  const { output } = ctx;
  const stored = requireSaved(await openCommandStore(ctx, { readOnly: true }), id);
  const record = options.unmask ? stored : maskRecord(stored);
  const { fields } = record;
  if (output.json) {
    output.printJson(record);
    return;
  }
  // Derived now, not stored: photos deleted or moved since they were checked.
  const gone = photosToRedo(stored.state, stored.fields);
  const state = stored.state === 'ready' && gone.length > 0 ? NEEDS_COMPLETION_LABEL : STATE_LABELS[record.state];
  output.line(output.colors.bold(C.showTitle(displayName(record.fields), record.id, state)));
  if (fromCollect(stored)) output.line(wrap(sourceMessages.note, output.width));
  printRecord(output, fields);
  const missing = missingRequiredFields(stored.fields);
  if (record.state === 'draft' && missing.length > 0) {
    output.line();
    output.warn(C.showMissing(missing.map((key) => FIELD_LABELS[key]), record.id));
  }
  if (gone.length > 0) {
    output.line();
    output.warn(wrap(C.showPhotosGone(gone.map((key) => FIELD_LABELS[key]), record.id, stored.state === 'ready'), output.width - 2));
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
