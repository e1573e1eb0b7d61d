/** How one box of the form is shown: its label, the value large in a frame, what to do, the keys. */
import type { FillStep } from '../../core/fill/steps.js';
import type { Output } from '../../ui/output.js';
import { displayWidth } from '../../ui/table.js';
import { wrap } from '../../ui/wrap.js';
import { fillMessages as F } from './messages.js';

/**
 * The value framed and spaced out, so it reads from arm's length: a terminal has no bigger font,
 * so "large" is bold, a double frame and room around it. A value wider than the screen wraps
 * inside the frame rather than breaking it.
 */
export function framed(text: string, width: number): string[] {
  const inner = Math.max(10, width - 8);
  const lines = wrap(text, inner).split('\n');
  const widest = Math.max(...lines.map(displayWidth));
  const pad = (line: string) => `${line}${' '.repeat(widest - displayWidth(line))}`;
  const bar = '═'.repeat(widest + 4);
  return [`  ╔${bar}╗`, `  ║${' '.repeat(widest + 4)}║`, ...lines.map((line) => `  ║  ${pad(line)}  ║`), `  ║${' '.repeat(widest + 4)}║`, `  ╚${bar}╝`];
}

export interface StepView {
  index: number;
  total: number;
  step: FillStep;
  /** Whether the value is on the clipboard now. */
  copied: boolean;
}

export function showStep(output: Output, { index, total, step, copied }: StepView): void {
  const say = (text: string) => output.line(wrap(text, output.width));
  output.line();
  output.line(output.colors.bold(output.colors.cyan(F.step(index, total, step.label))));
  switch (step.kind) {
    case 'text':
      for (const line of framed(step.shown, output.width)) output.line(output.colors.bold(line));
      say(copied ? F.copied(step.shown, step.label) : step.shown === step.value ? F.typeIt(step.shown, step.label) : F.typeDigits(step.shown, step.label));
      break;
    case 'photo':
      for (const line of framed(step.value, output.width)) output.line(output.colors.bold(line));
      say(copied ? F.photoCopied(step.label, step.fileName) : F.photoTypeIt(step.label, step.fileName));
      break;
    case 'choice':
      for (const line of framed(step.value, output.width)) output.line(output.colors.bold(line));
      for (const pick of step.picks) say(`  → ${pick}`);
      say(F.pickThen);
      break;
    case 'empty':
      for (const pick of step.picks) say(`  → ${pick}`);
      say(F.pickThen);
      break;
  }
  if (step.forever !== undefined) output.line(output.colors.yellow(wrap(`⚠ ${step.forever}`, output.width)));
}
