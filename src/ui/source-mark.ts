/** How a student whose answers came from their own phone (`collect`) is marked in lists and the board. */
import { fromCollect } from '../core/collect/merge.js';
import type { StudentRecord } from '../core/record.js';

export const COLLECT_MARK = ' (tự khai)';
export const COLLECT_NOTE = 'Bạn ấy đã tự khai trên điện thoại (lệnh collect); những ô bạn ấy khai được ghi nguồn là “collect”.';

export const withSourceMark = (name: string, record: Pick<StudentRecord, 'sources'> | undefined): string =>
  record !== undefined && fromCollect(record) ? `${name}${COLLECT_MARK}` : name;
