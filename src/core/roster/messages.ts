/** Every Vietnamese sentence the roster import shows, in one place to review and translate. */
import type { JsonProblem, JsonSyntaxError } from './json-syntax.js';
import { EMAIL_MISSING, FIELD_LABELS as FORM_LABELS } from '../fields/messages.js';
import { FIELD_OF, ROSTER_KEYS, type RosterKey } from './types.js';
import { CLI } from '../../invocation.js';

/** The form's own labels, by roster column. */
export const FIELD_LABELS = Object.fromEntries(
  ROSTER_KEYS.map((key) => [key, FORM_LABELS[FIELD_OF[key]]]),
) as Record<RosterKey, string>;

const SAVE_AS_CSV_UTF8 =
  'Cách lưu lại đúng dạng:\n' +
  '  • Excel: Tệp (File) → Lưu thành (Save As) → ở ô «Lưu dưới dạng» (Save as type) chọn ' +
  '«CSV UTF-8 (Comma delimited) (*.csv)» → Lưu.\n' +
  '  • Google Trang tính (Google Sheets): Tệp (File) → Tải xuống (Download) → ' +
  '«Giá trị được phân tách bằng dấu phẩy (.csv)».\n' +
  'Rồi chạy lại lệnh với tệp .csv mới.';

const HEADER_EXAMPLE =
  'Dòng đầu tiên phải là tên các cột, ví dụ: Họ và tên, Mã số BHXH, Số CCCD, Số điện thoại, Email, ' +
  'Tỉnh/Thành phố, Quận/Huyện, Phường/Xã, Số nhà, đường (tiếng Anh: name, bhxh, idNumber, phone, ' +
  'email, province, district, ward, street).';

const quote = (s: string): string => `«${s}»`;

const RESAVE_HINT =
  'Hãy mở tệp bằng Excel, chép phần danh sách sang một bảng tính mới rồi lưu lại (dạng .xlsx hoặc .csv) và nhập tệp mới đó.';

export const fileMessages = {
  maskedExport: {
    message: 'Tệp này có số đã bị che (•••): đây là bản xuất bằng `export --mask`, không còn đủ số để kiểm tra hay lưu.',
    hint: `Xuất lại không có --mask (${CLI} export --out lop.csv) rồi nhập tệp đó; hoặc dùng danh sách gốc của lớp.`,
  },
  empty: { message: 'Tệp danh sách trống, không có nội dung nào.', hint: `${HEADER_EXAMPLE}\n${SAVE_AS_CSV_UTF8}` },
  headerOnly: {
    message: 'Tệp chỉ có dòng tiêu đề, chưa có học sinh nào.',
    hint: 'Hãy điền mỗi học sinh một dòng bên dưới dòng tiêu đề, lưu lại rồi chạy lại lệnh.',
  },
  noHeader: { message: 'Không nhận ra dòng tiêu đề của danh sách.', hint: HEADER_EXAMPLE },
  image: {
    message: 'Tệp này là một ảnh hoặc tệp PDF, không phải danh sách học sinh.',
    hint: `Lệnh import đọc danh sách dạng CSV hoặc JSON (hoặc bảng tính .xlsx). ${SAVE_AS_CSV_UTF8}`,
  },
  binary: {
    message: 'Tệp này không phải văn bản (có vẻ là tệp nhị phân), không đọc được thành danh sách.',
    hint: SAVE_AS_CSV_UTF8,
  },
  oldExcel: {
    message: 'Tệp này là bảng tính Excel đời cũ (.xls) hoặc tệp Excel có đặt mật khẩu; chương trình không đọc được.',
    hint: `Mở tệp trong Excel (bỏ mật khẩu nếu có) rồi lưu lại. ${SAVE_AS_CSV_UTF8}`,
  },
  notWorkbook: {
    message: 'Tệp này là tệp nén (.zip) hoặc tài liệu Word/LibreOffice, không phải bảng tính Excel (.xlsx).',
    hint: SAVE_AS_CSV_UTF8,
  },
  brokenWorkbook: {
    message: 'Không đọc được bảng tính Excel (.xlsx) này: tệp có thể bị hỏng hoặc quá lớn.',
    hint: SAVE_AS_CSV_UTF8,
  },
  unknownEncoding: {
    message:
      'Tệp không được lưu bằng bảng mã UTF-8 và không đọc ra được chữ tiếng Việt ' +
      '(có thể là bảng mã cũ TCVN3/ABC, VNI hay một bảng mã khác). Chương trình không đoán để tránh làm hỏng chữ có dấu.',
    hint:
      `${SAVE_AS_CSV_UTF8}\nNếu danh sách được gõ bằng phông cũ (.VnTime, VNI-Times), trước hết hãy chuyển mã ` +
      'sang Unicode, ví dụ bằng công cụ chuyển mã của UniKey (Ctrl+Shift+F6).',
  },
  csvUnclosedQuote: (line: number) => ({
    message:
      `Dòng ${line}: một ô mở bằng dấu nháy kép (") nhưng không có dấu đóng, nên phần còn lại của tệp ` +
      'bị gộp vào ô đó. Chương trình không đoán ô đó kết thúc ở đâu.',
    hint: `Mở tệp bằng Notepad (hoặc Excel), sửa ô ở dòng ${line}: thêm dấu " đóng, hoặc xoá dấu " mở, rồi chạy lại lệnh.`,
  }),
  csvSyntax: (line: number) => ({
    message: `Dòng ${line} của tệp CSV sai cú pháp: sau dấu nháy kép (") đóng một ô còn có ký tự khác trước dấu phân cách.`,
    hint: `Sửa ô đó ở dòng ${line} (xoá ký tự thừa sau dấu "), hoặc mở tệp bằng Excel rồi lưu lại. ${SAVE_AS_CSV_UTF8}`,
  }),
  jsonSyntax: (error: JsonSyntaxError | undefined) => ({
    message:
      error === undefined
        ? 'Tệp JSON bị lỗi cú pháp nên không đọc được.'
        : `Tệp JSON bị lỗi cú pháp ở dòng ${error.line}, cột ${error.column}: ${JSON_PROBLEMS[error.problem](error.found)}.` +
          (error.near === '' ? '' : `\nỞ chỗ: ${error.near}`),
    hint:
      'Mở tệp bằng một trình soạn thảo (Notepad, VS Code), đến đúng dòng đó để sửa. Những lỗi hay gặp: thiếu dấu phẩy ' +
      'giữa hai mục hoặc thừa dấu phẩy trước } hay ]; thiếu ngoặc đóng; dấu nháy cong “ ” (do Word tự đổi) thay cho ' +
      'dấu nháy thẳng "; số bắt đầu bằng 0 (số điện thoại, CCCD) không đặt trong dấu nháy kép. Hoặc xuất lại tệp ' +
      'từ chương trình đã tạo ra nó.',
  }),
  jsonEmpty: {
    message: 'Tệp JSON không có học sinh nào: mảng trống ([]).',
    hint: 'Mỗi học sinh là một đối tượng trong mảng, ví dụ: [{"name": "Nguyễn Văn An", "bhxh": "7931234567", "phone": "0912345678"}]',
  },
  jsonBlankItems: {
    message: 'Tệp JSON không có học sinh nào: các đối tượng trong mảng đều không có giá trị.',
    hint: 'Mỗi học sinh là một đối tượng trong mảng, ví dụ: [{"name": "Nguyễn Văn An", "bhxh": "7931234567", "phone": "0912345678"}]',
  },
  jsonNoKeys: {
    message: 'Không nhận ra tên trường nào trong tệp JSON.',
    hint:
      'Mỗi học sinh là một đối tượng có các trường name, bhxh, idNumber, phone, email, province, district, ward, ' +
      'street (hoặc tên cột tiếng Việt như «Họ và tên», «Mã số BHXH»), ví dụ: ' +
      '[{"name": "Nguyễn Văn An", "bhxh": "7931234567", "phone": "0912345678"}]',
  },
  jsonShape: {
    message: 'Tệp JSON phải là một mảng các đối tượng, mỗi học sinh một đối tượng.',
    hint: 'Ví dụ: [{"name": "Nguyễn Văn An", "bhxh": "7931234567", "phone": "0912345678"}]',
  },
  jsonTooDeep: (limit: number) => ({
    message: `Tệp JSON lồng nhau quá sâu (hơn ${limit} tầng), không phải một danh sách học sinh.`,
    hint: 'Mỗi học sinh là một đối tượng phẳng, ví dụ: [{"name": "Nguyễn Văn An", "bhxh": "7931234567"}]',
  }),
  tooLarge: (limitMb: number) => ({
    message: `Tệp quá lớn (hơn ${limitMb} MB) để là một danh sách lớp; không đọc.`,
    hint: 'Danh sách cả trường vài nghìn học sinh chỉ vài MB. Hãy kiểm tra lại tệp, hoặc chia nhỏ rồi nhập từng phần.',
  }),
  workbookTooLarge: (limitMb: number) => ({
    message: `Bảng tính này khi giải nén lớn hơn ${limitMb} MB: quá lớn để là một danh sách lớp (có thể tệp bị hỏng hoặc không phải danh sách); không đọc.`,
    hint: RESAVE_HINT,
  }),
  workbookTooWide: (place: string, rows: number) => ({
    message: `Trang tính đầu tiên trải tới ${place}: quá xa cho một danh sách lớp (tối đa ${rows.toLocaleString('vi-VN')} dòng, 1 triệu ô); không đọc.`,
    hint: 'Có thể có một ô bị gõ nhầm ở rất xa phía dưới hoặc bên phải. Hãy xoá các dòng, cột thừa đó trong Excel (hoặc chép phần danh sách sang một trang tính mới), lưu lại rồi nhập lại.',
  }),
  workbookLongRun: (limitKb: number) => ({
    message: `Bảng tính có một ô hoặc một thuộc tính dài bất thường (hơn ${limitKb} KB liền một mạch), không thể là dữ liệu của danh sách lớp; không đọc.`,
    hint: RESAVE_HINT,
  }),
  notRegular: {
    message: 'Đây không phải một tệp bình thường (có thể là thiết bị hoặc đường ống), nên không đọc làm danh sách.',
    hint: 'Hãy chỉ ra một tệp .csv, .json hoặc .xlsx đã lưu trên máy.',
  },
  jsonItem: (index: number) => ({
    message: `Phần tử thứ ${index} của mảng JSON không phải là một đối tượng (dạng {"tên cột": "giá trị"}).`,
    hint: 'Ví dụ: [{"name": "Nguyễn Văn An", "bhxh": "7931234567", "phone": "0912345678"}]',
  }),
};

const CURLY_QUOTES = new Set(['“', '”', '‘', '’', '„', '«', '»']);

/** What each JSON syntax error means, in words; `found` is the character at the place. */
const JSON_PROBLEMS: Record<JsonProblem, (found: string | undefined) => string> = {
  end: () =>
    'tệp kết thúc khi còn ngoặc hoặc dấu nháy chưa đóng (thiếu ] ở cuối mảng, } ở cuối một học sinh, ' +
    'hoặc " ở cuối một giá trị)',
  comma: (found) => `thiếu dấu phẩy (,) giữa hai mục, hoặc thiếu dấu đóng } hay ] (gặp ${quote(found ?? '')})`,
  colon: () => 'thiếu dấu hai chấm (:) giữa tên trường và giá trị, ví dụ "name": "Nguyễn Văn An"',
  key: (found) =>
    found !== undefined && CURLY_QUOTES.has(found)
      ? `dấu nháy cong ${quote(found)} (do Word hay điện thoại tự đổi): JSON chỉ dùng dấu nháy thẳng "`
      : 'tên trường phải đặt trong dấu nháy kép, ví dụ "name": "Nguyễn Văn An"',
  trailingComma: () => 'dấu phẩy thừa ngay trước } hoặc ] (JSON không cho phép dấu phẩy sau mục cuối cùng)',
  control: () => 'một giá trị có xuống dòng hoặc dấu tab bên trong dấu nháy kép (hãy viết trên một dòng)',
  escape: () => 'dấu gạch chéo ngược \\ trong một giá trị phải viết đôi (\\\\), ví dụ "C:\\\\Users"',
  leadingZero: () => 'số bắt đầu bằng 0 (số điện thoại, CCCD) phải đặt trong dấu nháy kép, ví dụ "0912345678"',
  char: (found) =>
    found !== undefined && CURLY_QUOTES.has(found)
      ? `dấu nháy cong ${quote(found)} (do Word hay điện thoại tự đổi): JSON chỉ dùng dấu nháy thẳng "`
      : found === "'"
        ? `dấu nháy đơn ': JSON chỉ dùng dấu nháy kép "`
        : `ký tự ${quote(found ?? '')} không đúng chỗ: một giá trị phải là chữ trong dấu nháy kép "…", một số, true, false hoặc null`,
  after: () => 'có nội dung thừa sau dấu ] đóng mảng (tệp chỉ chứa một mảng [ … ])',
};

export const noticeMessages = {
  windows1258:
    'Tệp được lưu bằng bảng mã Windows-1258 (Excel «CSV (Comma delimited)»), không phải UTF-8; ' +
    'đã đọc theo Windows-1258. Hãy xem lại các tên có dấu; lần sau nên lưu dạng «CSV UTF-8 (Comma delimited)».',
  duplicateColumn: (key: RosterKey, used: string, skipped: string) =>
    `Có hai cột cùng là ${FIELD_LABELS[key]}: dùng cột ${quote(used)}, bỏ qua cột ${quote(skipped)}.`,
  missingColumns: (keys: readonly RosterKey[]) =>
    `Tệp không có cột ${keys.map((k) => FIELD_LABELS[k]).join(', ')} (bắt buộc): mọi dòng sẽ báo thiếu. ` +
    'Nếu cột có trong tệp nhưng đặt tên khác, hãy đổi tiêu đề cột cho giống ví dụ.',
  noEmailColumn:
    `Tệp không có cột e-mail: chưa học sinh nào có e-mail (${EMAIL_MISSING}; mã đổi mật khẩu cũng gửi qua e-mail). ` +
    `Nên thêm cột “E-mail” rồi nhập lại, hoặc bổ sung từng người bằng «${CLI} register --resume <mã>».`,
  skippedEmpty: (count: number) => `Đã bỏ qua ${count} dòng trống.`,
  controlsRemoved: (lines: readonly number[]) =>
    `Dòng ${lines.length <= 10 ? lines.join(', ') : `${lines.slice(0, 10).join(', ')} và ${lines.length - 10} dòng khác`} ` +
    'có ký tự điều khiển ẩn (mã điều khiển màn hình hoặc ký tự đảo chiều chữ); đã bỏ các ký tự đó. ' +
    'Hãy xem lại các dòng này trong tệp gốc.',
  skippedAboveHeader: (count: number, headerLine: number) =>
    `Đã bỏ qua ${count} dòng phía trên dòng tiêu đề (tiêu đề ở dòng ${headerLine}).`,
};

export const rowMessages = {
  noEmail: `Chưa có e-mail (${EMAIL_MISSING}): theo hướng dẫn, mã OTP và mã đổi mật khẩu gửi qua e-mail đã đăng ký. Hãy thêm vào cột e-mail, hoặc bổ sung sau bằng «${CLI} register --resume <mã>».`,
  missing: (key: RosterKey) =>
    `Thiếu ${FIELD_LABELS[key]} (bắt buộc): hãy điền vào danh sách, hoặc bổ sung sau bằng «${CLI} register --resume <mã>».`,
  leadingZero: (key: RosterKey, value: string) =>
    `Đã thêm lại số 0 ở đầu (${value}) mà Excel đã bỏ mất. Hãy định dạng cột ${FIELD_LABELS[key]} ` +
    'là Văn bản (Text) để Excel giữ nguyên số 0.',
  leadingZeros: (key: RosterKey, value: string, count: number, province: string) =>
    `Đã thêm lại ${count} số 0 ở đầu (${value}, mã nơi đăng ký khai sinh ${value.slice(0, 3)} — ${province}) ` +
    `mà Excel đã bỏ mất. Hãy định dạng cột ${FIELD_LABELS[key]} là Văn bản (Text) để Excel giữ nguyên số 0.`,
  impossibleRepair: (key: RosterKey, cell: string, restored: string, why: string) =>
    `${FIELD_LABELS[key]} ${quote(cell)} thiếu chữ số; thêm số 0 ở đầu (${restored}) cũng không thành số CCCD của ai ` +
    `(${why}), nên không tự sửa. Hãy định dạng cột ${FIELD_LABELS[key]} là Văn bản (Text) và gõ lại đủ 12 số như trên thẻ.`,
  noSuchProvince: (code: string) => `mã tỉnh ${code} không có`,
  futureYear: (year: number) => `năm sinh ${year} chưa tới`,
  thousandsSeparator: (key: RosterKey, raw: string) =>
    `Đã bỏ dấu phân cách hàng nghìn trong ${quote(raw)}. Hãy định dạng cột ${FIELD_LABELS[key]} là Văn bản (Text).`,
  scientific: (key: RosterKey, raw: string) =>
    `${quote(raw)} là số dạng khoa học: Excel đã làm tròn nên mất chữ số, không khôi phục được. ` +
    `Hãy định dạng cột ${FIELD_LABELS[key]} là Văn bản (Text) (chuột phải → Định dạng ô → Văn bản), ` +
    'gõ lại số đầy đủ rồi lưu lại.',
  twoValues: (key: RosterKey, raw: string) =>
    `Ô này có nhiều hơn một giá trị (${quote(raw)}). Mỗi học sinh chỉ ghi một ${FIELD_LABELS[key]}: ` +
    'hãy giữ lại giá trị đúng.',
  bhxhNineDigits:
    'Mã số BHXH phải có 10 chữ số, ô này chỉ có 9, và không phải do mất số 0 ở đầu (mã số BHXH bắt đầu bằng ' +
    'mã tỉnh, không có tỉnh nào mã 03, 05, 07 hay 09): thiếu một chữ số không đoán được. Hãy định dạng cột ' +
    'Mã số BHXH là Văn bản (Text) và gõ lại mã đúng như 10 số cuối trên thẻ BHYT.',
  line: (line: number) => `dòng ${line}`,
  item: (index: number) => `mục ${index}`,
  duplicateInFile: (key: RosterKey, earlier: string) =>
    `${FIELD_LABELS[key]} này trùng với ${earlier}: mỗi học sinh có một mã riêng, hãy kiểm tra lại hai dòng ` +
    '(nếu là cùng một người gửi lại, hãy xoá dòng cũ).',
  repeatedLater: (key: RosterKey, later: string) =>
    `${FIELD_LABELS[key]} này lặp lại ở ${later} (dòng đó bị từ chối vì trùng). ` +
    'Nếu dòng sau mới đúng, hãy xoá dòng này trong tệp rồi nhập lại.',
  replacedBy: (newer: string) => `Đã có câu trả lời mới hơn của học sinh này ở ${newer}: dòng này được thay, không lưu.`,
  replaces: (older: readonly string[]) => `Câu trả lời mới nhất của học sinh này: thay cho ${older.join(', ')} (theo cột thời gian).`,
  keptFromEarlier: (earlier: string) =>
    `Câu trả lời mới nhất để trống ô này: giữ giá trị của câu trả lời trước (${earlier}), không xoá.`,
  sameTimeConflict: (others: readonly string[]) =>
    `Cùng thời gian gửi với ${others.join(', ')} mà ô này khác nhau: không biết câu trả lời nào mới hơn, nên không tự chọn. ` +
    'Hãy hỏi học sinh, sửa hoặc xoá dòng sai rồi nhập lại.',
  unreadableTimestamp: (text: string) =>
    `Không đọc được thời gian gửi ${quote(text)}: học sinh này gửi nhiều lần, nên lấy dòng nằm sau cùng.`,
  duplicateSaved: (key: RosterKey, id: string) =>
    `${FIELD_LABELS[key]} này đã có ở học sinh đã lưu (mã ${id}): không nhập trùng. ` +
    `Xem bằng «show ${id}», hoặc xoá dòng này khỏi danh sách.`,
  bhxhOfAnother: (id: string, name: string) =>
    `Mã số BHXH này đã có ở học sinh đã lưu mang họ tên khác (${quote(name)}, mã ${id}): mỗi người một mã số ` +
    `BHXH riêng. Hãy đối chiếu với thẻ BHYT; xem học sinh kia bằng «show ${id}».`,
  sharedPhoneInFile: (earlier: string) =>
    `Số điện thoại này cũng dùng ở ${earlier}. Một số có thể đăng ký cho nhiều người, ` +
    'nhưng mật khẩu gửi qua tin nhắn hoặc e-mail sẽ đến đúng số và e-mail của hồ sơ đó.',
  sharedPhoneSaved: (id: string) =>
    `Số điện thoại này đã dùng cho học sinh đã lưu (mã ${id}). Một số có thể đăng ký cho nhiều người, ` +
    'nhưng mật khẩu gửi qua tin nhắn hoặc e-mail sẽ đến đúng số và e-mail của hồ sơ đó.',
};
