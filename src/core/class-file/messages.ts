/** Every Vietnamese sentence about class files (export --format json, then import). */
import { FIELD_LABELS } from '../fields/messages.js';
import { CLI } from '../../invocation.js';
import type { FieldKey } from '../record.js';

const fieldList = (fields: readonly FieldKey[]): string => fields.map((key) => FIELD_LABELS[key]).join(', ');

export const classFileMessages = {
  broken: `Tệp lớp (xuất bằng ${CLI} export --format json) bị hỏng: không đọc được nội dung JSON.`,
  brokenHint: `Hãy xuất lại tệp trên máy cũ: ${CLI} export --format json --out lop.json`,
  newer: `Tệp lớp này do một phiên bản ${CLI} mới hơn tạo ra, phiên bản này chưa đọc được.`,
  newerHint: 'Hãy cập nhật: npm install -g vssid-helper@latest (hoặc chạy npx vssid-helper@latest import <tệp>).',
  masked: 'Tệp lớp này đã che số giấy tờ và số điện thoại (--mask): không thể ghép vào máy này.',
  maskedHint: `Hãy xuất lại không có --mask: ${CLI} export --format json --out lop.json`,
  read: (count: number, className: string) =>
    `Tệp lớp ${className ? `${className} ` : ''}của vssid-helper: ${count} học sinh, kèm lịch sử theo dõi.`,
  noClassName:
    'Tệp không ghi tên lớp (hồ sơ lớp chưa có className): các học sinh này được tính là lớp của máy này.',
  added: (n: number) => `Thêm mới: ${n} học sinh.`,
  updated: (n: number) => `Đã có, gộp thêm từ tệp (sự kiện hoặc thông tin máy này chưa có): ${n} học sinh.`,
  same: (n: number) => `Đã có, giống hệt: ${n} học sinh.`,
  kept: (n: number) => `Đã có, tệp không có gì mới hơn: ${n} học sinh.`,
  refused: (n: number) => `Không ghép được: ${n} học sinh (xem bên dưới).`,
  rejected: (n: number) => `Bỏ qua ${n} mục trong tệp không phải hồ sơ hợp lệ (tệp đã bị sửa tay?).`,
  conflictTitle:
    'Khác nhau giữa tệp và máy này (lịch sử của hai bên được gộp, mỗi sự kiện một lần; thông tin theo bản có sự kiện mới nhất, bản kia bù chỗ trống):',
  conflict: (who: string, fields: readonly FieldKey[], eventsDiffer: boolean, counts: [number, number]) =>
    `${who}: sự kiện: máy này ${counts[0]}, tệp ${counts[1]}` +
    (eventsDiffer ? ' (khác nhau, đã gộp)' : '') +
    (fields.length > 0 ? `; thông tin khác nhau: ${fieldList(fields)}` : '') +
    '.',
  refusedLine: (who: string, clash: 'bhxhCode' | 'idNumber', other: string, also?: string) =>
    also !== undefined
      ? `${who}: mã số BHXH là của ${other} nhưng số giấy tờ lại là của ${also}: không biết tệp muốn nói ai.`
      : clash === 'idNumber'
        ? `${who}: cùng mã số BHXH với ${other} nhưng khác số giấy tờ.`
        : `${who}: cùng số giấy tờ với ${other} nhưng khác mã số BHXH.`,
  setAsideCount: (n: number) => `Chuyển ra khỏi máy này (tệp nói khác về giấy tờ): ${n} học sinh (xem bên dưới).`,
  setAsideLine: (who: string, clash: 'bhxhCode' | 'idNumber', other: string, also?: string) =>
    also !== undefined
      ? `${who} (của máy này): mã số BHXH là của ${other} nhưng số giấy tờ lại là của ${also} (theo tệp): đã chuyển ra khỏi danh sách để hai bạn kia được ghép.`
      : `${who} (của máy này): cùng ${clash === 'idNumber' ? 'mã số BHXH' : 'số giấy tờ'} với ${other} trong tệp nhưng khác ${clash === 'idNumber' ? 'số giấy tờ' : 'mã số BHXH'}; bản trong tệp đã đi xa hơn (có sự kiện mới hơn) nên được giữ, bản của máy này được chuyển ra.`,
  setAsideSaved: (file: string) => `Các học sinh chuyển ra được giữ nguyên vẹn, cả lịch sử, trong tệp: ${file}`,
  setAsideDryRun: (folder: string) => `Khi lưu thật, các học sinh này sẽ được chuyển ra một tệp trong thư mục ${folder} (giữ nguyên cả lịch sử).`,
  setAsideHint: (file: string) =>
    `Mở tệp ${file} để xem giấy tờ của các bạn bị chuyển ra, đối chiếu với giấy tờ thật (các bạn còn trên máy này: ${CLI} show <mã> --unmask), sửa bản sai rồi nhập lại: ${CLI} import "${file}"`,
  someoneElse: 'một học sinh khác',
  unitedInStore: (who: string, into: string) =>
    `${who} của máy này là cùng một người với ${into} (tệp có cả mã số BHXH lẫn số giấy tờ của bạn ấy): đã gộp vào ${into}.`,
  held: (n: number, dryRun: boolean) =>
    `${n} học sinh có giấy tờ mà tệp và máy này nói khác nhau: cần bạn quyết (xem ở trên)${dryRun ? '.' : '; các học sinh khác đã được ghép.'}`,
  refusedHint:
    `Hãy kiểm tra giấy tờ của các học sinh này (${CLI} show <mã> --unmask), sửa bản sai rồi nhập lại tệp.`,
  invalid: (count: number) => `Tệp lớp có ${count} học sinh với dữ liệu không dùng được, nên không ghép gì:`,
  invalidHint: `Hãy xuất lại tệp trên máy cũ (${CLI} export --format json --out lop.json), không sửa tay, rồi nhập lại.`,
  badField: (who: string, label: string, message: string) => `${who} — ${label}: ${message}`,
  unknownField: (who: string, key: string) => `${who} — mục «${key}» không có trong tờ khai.`,
  badTime: (who: string, what: string, text: string) =>
    `${who} — thời điểm «${text}» (${what}) không phải một thời điểm dùng được (cần dạng 2026-03-02T09:00:00.000Z, năm từ 1800 đến 2199).`,
  unknownEvent: (who: string, type: string) => `${who} — sự kiện «${type}» không có.`,
  profileAdopted: (className: string) =>
    `Máy này chưa có hồ sơ lớp: đã lấy hồ sơ lớp ${className ? `${className} ` : ''}từ tệp (cơ quan tiếp nhận, e-mail hỗ trợ, ngày nghỉ).`,
  profileKept: (keys: readonly string[]) =>
    `Hồ sơ lớp của máy này được giữ nguyên; trong tệp khác ở: ${keys.join(', ')}.`,
  dryRun: 'Chạy thử (--dry-run): chưa lưu gì.',
  savedTotal: (n: number) => `Đã lưu vào máy này: ${n} học sinh mới hoặc cập nhật.`,
  boardHint: `Xem bảng theo dõi: ${CLI} status (một lớp: ${CLI} status --class <lớp>)`,
};
