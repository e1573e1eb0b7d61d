/**
 * The next step as a teacher reads it: plain words, no command and no event name (those are the
 * monitor's, on the terminal). Derived from the board's rule (tracking/next-step.ts).
 */
import type { TroubleshootingRow } from '../content/troubleshooting.js';
import type { BoardEntry } from '../tracking/board.js';
import { formatDate } from '../tracking/messages.js';
import { missingPhrase } from '../tracking/remind-messages.js';
import type { NextStepKind } from '../tracking/next-step.js';

const due = (entry: BoardEntry): string => (entry.dueDate ? ` (hạn ${formatDate(entry.dueDate)})` : '');

const TEACHER_STEP: Record<NextStepKind, (entry: BoardEntry) => string> = {
  complete: (e) => `Chưa gửi đủ thông tin: còn thiếu ${missingPhrase(e.step.missing ?? [])}.`,
  review: () => 'Đủ thông tin, chờ lớp trưởng kiểm tra lại.',
  'photos-gone': (e) => `Cần gửi lại ${missingPhrase(e.step.photos ?? [])} cho lớp trưởng (ảnh cũ bị mất).`,
  'enter-in-app': () => 'Thông tin đã đủ, chờ lớp trưởng nhập vào ứng dụng VssID.',
  'await-file-number': () => 'Đã đăng ký, chờ tin nhắn báo số hồ sơ.',
  'no-file-number': () => 'Đã đăng ký nhưng chưa có tin nhắn báo số hồ sơ; nếu không có thì phải kiểm tra số điện thoại và đăng ký lại.',
  'await-password': (e) => `Chờ mật khẩu${due(e)}.`,
  'forgot-password': (e) => `Chờ mật khẩu${due(e)}; nếu chưa có thì dùng «Quên mật khẩu».`,
  'password-overdue': (e) => `Quá hạn nhận mật khẩu${due(e)}: dùng «Quên mật khẩu» để được gửi mật khẩu khác.`,
  'log-in': () => 'Đã có mật khẩu: cần đăng nhập VssID và đổi mật khẩu.',
  done: () => 'Đã xong.',
};

export const teacherStep = (entry: BoardEntry): string => TEACHER_STEP[entry.step.kind](entry);

/** The guide's row in words: where it is in the guide and what the guide says to do. */
export const guideRowInWords = (row: Pick<TroubleshootingRow, 'situation' | 'solution'>): string =>
  `Hướng dẫn, mục «${row.situation}»: ${row.solution}`;
