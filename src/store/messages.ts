/** Every user-facing text of the store, in one place so it can be reviewed and translated. */
import { displayName } from '../core/record.js';
import type { Conflict, ConflictField } from '../core/duplicates.js';
import type { RecordProblem } from '../core/record-check.js';
import { CLI } from '../invocation.js';

const FIELD_LABELS: Record<ConflictField, string> = {
  bhxhCode: 'Mã số BHXH',
  idNumber: 'Số CCCD',
  phone: 'Số điện thoại',
  photo: 'Ảnh giấy tờ',
};

const PROBLEMS: Record<RecordProblem, string> = {
  'not-an-object': 'không phải một bản ghi',
  id: 'thiếu mã',
  dates: 'thiếu ngày tạo hoặc ngày sửa',
  state: 'trạng thái không hợp lệ',
  fields: 'thông tin tờ khai sai kiểu',
  events: 'lịch sử sự kiện sai kiểu',
  class: 'tên lớp sai kiểu',
  'duplicate-id': 'trùng mã với học sinh khác',
};

/** The first few of a long list, and how many more. */
const listSome = (items: readonly string[], shown = 5): string =>
  items.length <= shown ? items.join(', ') : `${items.slice(0, shown).join(', ')} và ${items.length - shown} học sinh khác`;

export function studentLabel(record: { id?: string; fields: { name?: string } }): string {
  const name = displayName(record.fields);
  return record.id ? `${record.id} (${name})` : name;
}

export const storeMessages = {
  corruptMoved: (file: string, movedTo: string) =>
    `Không đọc được tệp dữ liệu ${file}; đã chuyển sang ${movedTo} và tạo tệp mới. Dữ liệu cũ vẫn còn ở đó.`,
  unreadableLeft: (file: string) =>
    `Không đọc được dữ liệu đã lưu (${file}): tệp bị hỏng, nên lệnh này làm như chưa lưu học sinh nào. ` +
    `Lệnh này chỉ đọc nên chưa thay đổi gì; chạy «${CLI} list» để chương trình chuyển tệp hỏng sang bên cạnh và tạo tệp mới.`,
  partsLeftOut: (file: string) =>
    `Tệp dữ liệu ${file} có học sinh hoặc cài đặt bị hỏng (có lẽ do sửa tay); lệnh này bỏ qua phần đó. ` +
    `Lệnh này chỉ đọc nên chưa thay đổi gì; chạy «${CLI} list» để chương trình để riêng phần hỏng và báo chi tiết.`,
  cannotMoveCorrupt: (file: string) => `Không đọc được tệp dữ liệu ${file} và cũng không chuyển nó sang chỗ khác được.`,
  cannotMoveCorruptHint: 'Hãy tự đổi tên hoặc chuyển tệp đó đi rồi chạy lại lệnh; chương trình sẽ tạo tệp mới.',
  recordsSetAside: (file: string, sideFile: string, which: readonly string[]) =>
    `Tệp dữ liệu ${file} có ${which.length} học sinh bị hỏng (có lẽ do sửa tay), nên đã được để riêng sang ` +
    `${sideFile}: ${listSome(which)}. Các học sinh khác vẫn dùng bình thường. Dữ liệu gốc của ` +
    `${which.length === 1 ? 'học sinh này' : 'những học sinh này'} còn nguyên trong tệp đó, để đối chiếu ` +
    `hoặc nhập lại bằng ${CLI} register; xóa tệp đó khi không cần nữa.`,
  profileSetAside: (keys: readonly string[], sideFile: string) =>
    `Hồ sơ lớp có giá trị sai kiểu${keys.length > 0 ? ` (${keys.join(', ')})` : ''}, đã trở về mặc định; ` +
    `giá trị cũ được để riêng trong ${sideFile}. Đặt lại bằng: ${CLI} config set <mục> <giá trị>`,
  rejectedRecord: (id: string | undefined, problem: RecordProblem) => `${id ?? '(không có mã)'} (${PROBLEMS[problem]})`,
  cannotSetAside: (file: string) =>
    `Tệp dữ liệu ${file} có bản ghi bị hỏng, nhưng không ghi được tệp để riêng chúng bên cạnh; chưa thay đổi gì.`,
  cannotAccess: (file: string) => `Không có quyền đọc hoặc ghi tệp dữ liệu ${file}.`,
  cannotAccessHint: 'Kiểm tra quyền của tệp và thư mục, hoặc đặt VSSID_HELPER_HOME sang một thư mục khác.',
  heldOpen: (file: string) => `Không ghi được tệp dữ liệu ${file}: tệp đang mở trong một chương trình khác (trình soạn thảo, phần mềm diệt virus, OneDrive…). Chưa có gì bị mất.`,
  heldOpenHint: 'Đóng chương trình đang mở tệp đó rồi chạy lại lệnh.',
  notADirectory: (folder: string) =>
    `Không mở được thư mục dữ liệu ${folder}: một phần của đường dẫn này là một tệp chứ không phải thư mục.`,
  notADirectoryHint:
    'Nếu đã đặt VSSID_HELPER_HOME, hãy trỏ nó tới một thư mục (chưa có thì chương trình sẽ tạo), ' +
    'không phải vào một tệp hay vào bên dưới một tệp.',
  isADirectory: (file: string) => `${file} là một thư mục, nên không dùng làm tệp dữ liệu được.`,
  isADirectoryHint: 'Hãy đổi tên hoặc chuyển thư mục đó đi, hoặc đặt VSSID_HELPER_HOME sang một thư mục khác.',
  diskFull: (file: string) =>
    `Không ghi được tệp dữ liệu ${file}: ổ đĩa đã đầy (hoặc báo lỗi khi ghi). Không có gì thay đổi: tệp cũ vẫn nguyên vẹn, thay đổi này chưa được lưu.`,
  diskFullHint: 'Hãy xoá bớt tệp để giải phóng dung lượng rồi chạy lại lệnh, hoặc đặt VSSID_HELPER_HOME sang một ổ đĩa khác.',
  readOnly: (file: string) =>
    `Không ghi được tệp dữ liệu ${file}: ổ đĩa này chỉ cho phép đọc. Thay đổi này chưa được lưu.`,
  readOnlyHint: 'Hãy đặt VSSID_HELPER_HOME sang một thư mục ghi được, ví dụ trong thư mục cá nhân của bạn.',
  busy: (file: string) =>
    `Tệp dữ liệu ${file} đang được một lệnh ${CLI} khác ghi; đã chờ nhưng chưa tới lượt, nên thay đổi này chưa được lưu.`,
  busyHint: (lock: string, owner?: { pid: number; host: string }) =>
    owner === undefined
      ? 'Hãy chờ lệnh kia xong rồi thử lại sau vài giây.'
      : `Lệnh đang giữ tệp là tiến trình ${owner.pid} trên máy ${owner.host} (có thể đang bị tạm dừng bằng Ctrl+Z, ` +
        `hoặc máy đang ngủ). Hãy cho lệnh đó chạy tiếp hoặc kết thúc nó rồi thử lại. Chỉ khi chắc chắn không còn lệnh ` +
        `nào chạy (ví dụ lệnh trên một máy khác dùng chung thư mục), mới xoá tệp khoá ${lock}.`,
  lockIsFolder: (lock: string) =>
    `Ở chỗ của tệp khoá ${lock} lại có một thư mục, nên không khoá được tệp dữ liệu; không có gì được ghi.`,
  lockIsFolderHint: (lock: string) =>
    `Hãy xem trong thư mục ${lock} có gì cần giữ không, rồi xoá hoặc đổi tên nó (chương trình không tự xoá thư mục) và chạy lại lệnh.`,
  notRegular: (file: string) => `${file} không phải một tệp bình thường (có thể là thiết bị hoặc đường ống), nên không đọc làm tệp dữ liệu.`,
  notRegularHint: 'Hãy chuyển nó đi, hoặc đặt VSSID_HELPER_HOME sang một thư mục khác.',
  tooLarge: (file: string, bytes: number) =>
    `Tệp dữ liệu ${file} quá lớn (${Math.round(bytes / 1024 / 1024)} MB) để chương trình xử lý; không thay đổi gì.`,
  tooLargeHint:
    `Tệp của một lớp hay một trường chỉ vài MB. Hãy kiểm tra tệp này (có thể bị ghi nhầm), chuyển nó đi rồi nhập lại danh sách bằng ${CLI} import.`,
  fileIsLink: (file: string, target: string) =>
    `Tệp dữ liệu ${file} là một liên kết (symlink) trỏ tới ${target}. Để không ghi đè lên một tệp khác, chương trình không đọc hay ghi qua liên kết.`,
  fileIsLinkHint: 'Hãy thay liên kết bằng chính tệp dữ liệu, hoặc đặt VSSID_HELPER_HOME tới thư mục thật chứa tệp.',
  folderIsLink: (folder: string, target: string) =>
    `Thư mục dữ liệu ${folder} là một liên kết (symlink) trỏ tới ${target}. Để không ghi nhầm sang chỗ khác, chương trình không ghi qua liên kết.`,
  folderIsLinkHint: 'Hãy đặt VSSID_HELPER_HOME tới thư mục thật (đường dẫn sau chữ "trỏ tới"), rồi chạy lại.',
  cannotCreateFolder: (folder: string) => `Không tạo được thư mục dữ liệu ${folder} ở chỗ này.`,
  nameTooLong: (file: string) => `Đường dẫn tệp dữ liệu quá dài để hệ điều hành chấp nhận: ${file.slice(0, 120)}…`,
  cannotReach: (file: string) => `Không tìm thấy hoặc không đi tới được ${file} (đường dẫn bị xoá, hoặc có liên kết vòng).`,
  noResources: (file: string) => `Hệ thống đang thiếu tài nguyên (bộ nhớ hoặc số tệp được mở) nên không mở được ${file}; không thay đổi gì.`,
  noResourcesHint: 'Hãy đóng bớt chương trình khác rồi chạy lại lệnh.',
  newerSchema: (file: string, version: number) =>
    `Tệp dữ liệu ${file} được tạo bởi một phiên bản ${CLI} mới hơn (lược đồ ${version}).`,
  newerSchemaHint: `Hãy cập nhật ${CLI} lên bản mới nhất rồi chạy lại.`,
  notFound: (key: string) => `Không tìm thấy học sinh có mã «${key}».`,
  removedElsewhere: (id: string) =>
    `Học sinh mã ${id} vừa bị xóa khỏi máy này (bằng một lệnh khác): bản nháp không còn, và những gì vừa nhập không được lưu lại.`,
  removedMeanwhile: (id: string) =>
    `Học sinh mã ${id} vừa bị xóa khỏi máy này bằng một lệnh khác, nên thay đổi này không được lưu.`,
  removedElsewhereHint: `Không lưu lại dữ liệu đã xóa. Nếu cần, đăng ký lại: ${CLI} register`,
  notFoundHint: `Chạy «${CLI} list» để xem các mã.`,
  duplicate: (field: ConflictField, candidate: string, other: string) =>
    `Không lưu được học sinh ${candidate}: ${FIELD_LABELS[field]} trùng với học sinh ${other}.`,
  duplicateHint: (otherId: string) =>
    `Sửa lại thông tin, hoặc xoá bản ghi trùng bằng «${CLI} remove ${otherId}» nếu nó thừa.`,
  duplicateMore: (count: number) => `(Còn ${count} chỗ trùng khác trong lô này.)`,
  samePhoto: (name: string, id: string) =>
    `Ảnh này đã dùng cho ${name} (mã ${id}): mỗi học sinh cần ảnh giấy tờ của chính mình. ` +
    'Vẫn lưu, nhưng hãy kiểm tra lại đường dẫn ảnh.',
  samePhone: (other: string) =>
    `Số điện thoại này cũng dùng cho học sinh ${other}. Một số điện thoại có thể đăng ký cho nhiều người, nên vẫn lưu.`,
} as const;

/** One line per conflict found by findConflicts, for the wizard and import to show. */
export function describeConflict(conflict: Conflict): string {
  const other = studentLabel(conflict.other);
  if (conflict.field === 'photo') return storeMessages.samePhoto(displayName(conflict.other.fields), conflict.other.id);
  return conflict.severity === 'warning'
    ? storeMessages.samePhone(other)
    : `${FIELD_LABELS[conflict.field]} trùng với học sinh ${other}.`;
}
