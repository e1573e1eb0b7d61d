/** The Vietnamese text shared by the commands that find a saved student. */
import { CLI } from '../invocation.js';

export const flowMessages = {
  studentNotFound: (key: string) => `Không tìm thấy học sinh nào có mã, mã số BHXH hay họ tên «${key}».`,
  studentNotFoundHint: `Xem mã và họ tên của từng người: ${CLI} list (gõ tên không dấu cũng được, ví dụ "nguyen van an").`,
  studentAmbiguous: (key: string, count: number) => `Có ${count} học sinh khớp với «${key}»:`,
  studentAmbiguousHint: 'Chạy lại với mã của người cần chọn (cột đầu), hoặc gõ đủ họ tên.',
  studentIdOrCodeHint: (key: string) =>
    `«${key}» vừa là mã của một học sinh vừa là mã số BHXH của học sinh kia: không đoán người nào. Hãy gõ họ tên của người cần chọn, rồi sửa mã số BHXH sai.`,
  studentNamesakesHint: 'Các bạn này trùng cả họ tên (phân biệt bằng năm sinh theo CCCD và 4 số cuối mã số BHXH): chạy lại với mã của người cần chọn (cột đầu).',
} as const;
