import type { GuideStep, TroubleshootingRow } from '../core/content/index.js';
// Not through the index: `troubleshoot <n>` loads this file and would load the whole guide too.
import { updateLine } from '../core/content/updates.js';
import type { Output } from './output.js';
import { hanging, wrap } from './wrap.js';
import { CLI } from '../invocation.js';

export function renderHeading(output: Output, text: string): void {
  output.line(output.colors.bold(output.colors.cyan(text.toLocaleUpperCase('vi'))));
}

export function renderStep(output: Output, step: GuideStep): void {
  const { colors, width } = output;
  output.line(colors.bold(step.title));
  output.line(wrap(step.text, width, '  '));
  step.items?.forEach((item, i) => output.line(hanging(`  ${i + 1}. `, item, width)));
  for (const note of step.notes ?? []) output.line(colors.yellow(hanging('  Lưu ý: ', note, width)));
  if (step.link) output.line(`  ${colors.underline(step.link)}`);
  renderUpdates(output, step.updates, '  ');
  output.line();
}

/** "Cập nhật 2026: …" notes, set apart from the guide's words by colour and prefix. */
export function renderUpdates(output: Output, updates: readonly string[] | undefined, indent: string): void {
  for (const text of updates ?? []) output.line(output.colors.magenta(wrap(updateLine(text), output.width, indent)));
}

export function renderRow(output: Output, row: TroubleshootingRow): void {
  const { colors, width } = output;
  output.line(colors.bold(hanging(`${row.number}. `, row.situation, width)));
  output.line(hanging('   Cách xử lý: ', row.solution, width));
  if (row.seeAlso.length > 0) {
    output.line(`   Xem thêm: ${row.seeAlso.map((n) => `${CLI} troubleshoot ${n}`).join(', ')}`);
  }
  renderUpdates(output, row.updates, '   ');
  output.line();
}

/** A row as `--json` gives it: its search keywords are not part of the answer. */
export const publicRow = ({ keywords: _keywords, ...row }: TroubleshootingRow) => row;

/** One line per row, for lists where the whole answer would be too long. */
export function rowSummary(row: TroubleshootingRow): string {
  return `${row.number}. ${row.situation}`;
}
