/** `fill --cards [mã…]`: the ready students' typing cards as one printable page. */
import path from 'node:path';
import { renderCards } from '../../core/fill/cards.js';
import { fillSteps } from '../../core/fill/steps.js';
import { displayName, type StudentRecord } from '../../core/record.js';
import type { CommandContext } from '../../context.js';
import { UserError } from '../../errors.js';
import type { Store } from '../../store/store.js';
import { writeUserFile } from '../../ui/write-file.js';
import { wrap } from '../../ui/wrap.js';
import { cardsFolder, newCardsPath } from './card-files.js';
import { fillMessages as F } from './messages.js';
import { chooseStudents } from './students.js';

export async function writeCards(
  ctx: CommandContext, store: Store, named: readonly StudentRecord[], options: { out?: string | undefined; force?: boolean | undefined },
): Promise<void> {
  const { output } = ctx;
  // A card cannot ask for the phone again: only a phone typed twice goes on one.
  const chosen = chooseStudents(store, named, { allowUnconfirmedPhone: false });
  for (const { message, hint } of chosen.skipped) {
    output.warn(wrap(message, output.width - 2));
    output.info(`  ${hint}`);
  }
  if (chosen.students.length === 0) throw new UserError(F.noReady, { hint: F.skipped(chosen.skipped.length) });
  const html = renderCards(
    chosen.students.map((record) => ({ id: record.id, name: displayName(record.fields), steps: fillSteps(record.fields) })),
    ctx.now,
  );
  const dataFolder = path.dirname(store.path);
  const target = options.out ?? newCardsPath(dataFolder, ctx.now);
  const written = writeUserFile(target, html, { force: options.force, forceFlag: '--force' });
  if (output.json) {
    output.printJson({ path: written, count: chosen.students.length, ids: chosen.students.map((r) => r.id), skipped: chosen.skipped.map((s) => s.record.id) });
  } else {
    output.success(wrap(F.cardsWritten(chosen.students.length, written), output.width - 2));
    output.line(wrap(F.cardsOpen, output.width));
    if (options.out === undefined) output.line(wrap(F.cardsInDataFolder(cardsFolder(dataFolder)), output.width));
  }
  output.warn(wrap(F.cardsPersonal, output.width - 2));
}
