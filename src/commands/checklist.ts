import { commandMessages as C } from './messages.js';
import { CHECKLIST } from '../core/content/index.js';
import type { CommandContext } from '../context.js';
import { renderHeading, renderUpdates } from '../ui/render.js';
import { hanging } from '../ui/wrap.js';

export async function run(ctx: CommandContext): Promise<void> {
  const { output } = ctx;
  if (output.json) {
    output.printJson({ items: CHECKLIST });
    return;
  }
  renderHeading(output, C.checklistTitle);
  for (const { item, note, update } of CHECKLIST) {
    output.line(hanging('  ☐ ', note ? `${item} — ${note}` : item, output.width));
    if (update) renderUpdates(output, [update], '    ');
  }
  output.line();
  output.line(C.checklistNext);
}
