/** The Vietnamese text of `photos`: matching a folder of ID photos to the saved students. */
import { CLI } from '../../invocation.js';
import type { MissReason } from './match.js';
import type { PhotoSide } from './side.js';

export const SIDE_LABELS: Record<PhotoSide, string> = { front: 'mặt trước', back: 'mặt sau' };

const NAME_HINT = 'đặt tên tệp có họ tên đầy đủ, mã số BHXH hoặc số CCCD';

/** Why a file was not matched; `who` names the student(s) concerned, when there are. */
export const MISS_MESSAGES: Record<MissReason, (who: string) => string> = {
  'not-image': () => 'không phải ảnh JPEG, PNG hay HEIC (kiểm tra theo nội dung tệp)',
  'no-student': () => `không khớp học sinh nào đã lưu: ${NAME_HINT} của bạn đó, rồi chạy lại`,
  'many-students': (who) => `khớp nhiều học sinh (${who}): ${NAME_HINT} của đúng một bạn`,
  namesakes: (who) =>
    `có nhiều học sinh trùng họ tên (${who}): họ tên thôi không đủ, hãy thêm mã số BHXH hoặc số CCCD của bạn đó vào tên tệp`,
  'side-unknown': (who) =>
    `của ${who} nhưng không rõ là mặt nào: thêm “mat truoc” hoặc “mat sau” (hay “front”/“back”) vào tên tệp`,
  'same-side-twice': (who) => `có nhiều tệp cho cùng một mặt của ${who}: giữ lại một tệp, hoặc gắn bằng ${CLI} register --resume`,
};

export const photosMessages = {
  folderMissing: (folder: string) => `Không tìm thấy thư mục “${folder}”. Hãy kiểm tra lại đường dẫn (có thể kéo thả thư mục vào cửa sổ terminal).`,
  notAFolder: (folder: string) => `“${folder}” không phải một thư mục. Hãy đưa thư mục chứa các ảnh (ví dụ thư mục tải về từ Google Drive, đã giải nén).`,
  tooManyFiles: (max: number) => `Thư mục có hơn ${max} tệp; chỉ xét ${max} tệp đầu tiên. Hãy chia nhỏ thư mục nếu còn thiếu.`,
  noStudents: `Chưa có học sinh nào để gắn ảnh. Hãy nhập danh sách lớp trước: ${CLI} import <tệp>`,
  proposalTitle: (n: number) => `Sẽ gắn ${n} ảnh:`,
  proposal: (name: string, id: string, side: string, file: string) => `${name} (mã ${id}) — ${side} ← ${file}`,
  heicNote: '(ảnh HEIC: sẽ chuyển sang JPEG, lưu trong thư mục dữ liệu)',
  replaces: '(thay ảnh đã có)',
  missesTitle: (n: number) => `Không gắn được ${n} tệp:`,
  miss: (file: string, why: string) => `${file}: ${why}`,
  kept: (name: string, id: string, state: string) =>
    `${name} (mã ${id}) đã ở trạng thái “${state}”: tờ khai đã gửi kèm ảnh, giữ nguyên ảnh đã lưu. ` +
    'Thêm --overwrite nếu thật sự cần thay (ảnh đã gửi cho BHXH không đổi theo).',
  already: (name: string, side: string) => `${name}: ${side} đã là tệp này, không cần gắn lại.`,
  refused: (file: string, why: string) => `${file}: ${why}`,
  nothing: 'Không có ảnh nào để gắn.',
  confirm: (n: number) => `Gắn ${n} ảnh này vào hồ sơ?`,
  cancelled: 'Không gắn ảnh nào.',
  dryRun: 'Chạy thử (--dry-run): chưa lưu gì.',
  saved: (n: number) => `Đã gắn ${n} ảnh.`,
  converting: (n: number) => `Đang chuyển ${n} ảnh HEIC sang JPEG (vài giây mỗi ảnh)…`,
  heicFailed: (file: string, reason: string) =>
    `Không chuyển được ảnh HEIC “${file}” sang JPEG (${reason}). Hãy mở ảnh trên điện thoại và gửi lại dạng JPEG (iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất).`,
  photoFolderIsLink: (folder: string) =>
    `Thư mục ảnh “${folder}” trong thư mục dữ liệu là một liên kết hoặc không phải thư mục; không ghi ảnh vào đó. Hãy xóa hoặc đổi tên nó rồi chạy lại.`,
};
