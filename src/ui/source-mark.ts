/** How a student whose answers came from their own phone (`collect`) is marked in lists and the board. */
import { fromCollect } from '../core/collect/merge.js';
import { sourceMessages } from '../core/collect/messages.js';
import type { StudentRecord } from '../core/record.js';

export const withSourceMark = (name: string, record: Pick<StudentRecord, 'sources'> | undefined): string =>
  record !== undefined && fromCollect(record) ? `${name}${sourceMessages.mark}` : name;
