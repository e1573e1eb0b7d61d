/** What acting on a record hands back to the command: data for `--json`, or text to print. */
import { displayName, type StudentRecord } from '../../core/record.js';
import type { Output } from '../../ui/output.js';
import { wrap } from '../../ui/wrap.js';
import { troubleshootMessages as T } from './messages.js';

export interface RowAction {
  data: Record<string, unknown>;
  render(output: Output): Promise<void> | void;
}

export const say = (output: Output, text: string): void => output.line(wrap(text, output.width));
export const cmd = (output: Output, command: string): void => output.line(`  ${output.colors.cyan(command)}`);
export const who = (record: StudentRecord): string => T.student(displayName(record.fields), record.id);
