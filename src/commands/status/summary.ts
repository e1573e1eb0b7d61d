/** `status --summary`: one line to paste into the class chat; and the last lines of the fitted board. */
import type { ClassSummary } from '../../core/tracking/index.js';
import type { Output } from '../../ui/output.js';
import { wrap } from '../../ui/wrap.js';
import { FIT, statusMessages as S } from './messages.js';

/** The line unwrapped (a chat wraps it), then with --names who must act, one part a line. */
export function printSummary(output: Output, summary: ClassSummary, names: boolean): void {
  if (output.json) {
    output.printJson({ className: summary.className, total: summary.total, line: summary.line, parts: summary.parts });
    return;
  }
  output.line(summary.line);
  if (!names) return;
  for (const part of summary.parts) {
    const title = FIT.namesTitle[part.key];
    if (title !== undefined && part.mustAct.length > 0) output.line(`${title}: ${part.mustAct.join(', ')}`);
  }
}

/** Few lines: the counts are in the headings already, the one-line summary is `status --summary`. */
export function fittedFooter(output: Output, supportCount: number, awaitingAnswer: number): string[] {
  const { width } = output;
  const lines: string[] = [];
  if (supportCount > 0) lines.push(...wrap(`${FIT.support(supportCount)} ${S.supportCommand}`, width).split('\n'));
  if (awaitingAnswer > 0) lines.push(...wrap(FIT.supportAwaiting(awaitingAnswer), width).split('\n'));
  lines.push(...wrap(FIT.moreHint, width).split('\n'));
  return lines;
}
