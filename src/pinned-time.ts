import { readVietnamTime } from './core/calendar/read-time.js';
import { unsupportedYearMessage } from './core/calendar/years.js';
import { UserError } from './errors.js';

/**
 * VSSID_HELPER_NOW pins "now" for demos and tests of the board (a class moved through Tết needs
 * a fixed date). Read like `status --at`, as Vietnam's clock unless a zone is given
 * ('2026-02-24T10:00', '24/02/2026 10:00', '2026-02-24T03:00Z'); a date alone is its midnight.
 */
export function pinnedTime(env: NodeJS.ProcessEnv): Date | undefined {
  const pinned = env.VSSID_HELPER_NOW?.trim();
  if (!pinned) return undefined;
  const reading = readVietnamTime(pinned, '00:00');
  if (reading.ok) return reading.at;
  const problem =
    reading.unsupportedYear === undefined
      ? 'không phải là thời điểm hợp lệ.'
      : `không dùng được: ${unsupportedYearMessage(reading.unsupportedYear)}`;
  throw new UserError(`Biến môi trường VSSID_HELPER_NOW=«${pinned}» ${problem}`, {
    hint: 'Ghi theo dạng 2026-03-02T09:30 hoặc 02/03/2026 09:30 (giờ Việt Nam), hoặc ISO 8601 có múi giờ; hoặc bỏ biến này để dùng giờ của máy.',
  });
}
