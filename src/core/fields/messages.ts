/**
 * Every user-facing text of the field checks, in one place so it can be reviewed as a whole.
 * Each refusal says what is wrong and what is expected. No imports of validation code here:
 * UI modules may import the labels without loading libphonenumber.
 */
import type { FieldKey } from '../record.js';
import { CLI } from '../../invocation.js';
import { excerpt } from '../text.js';

/** The official form's labels ("Tờ khai"), in Vietnamese. */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = {
  subjectType: 'Đối tượng đăng ký',
  name: 'Họ và tên',
  bhxhCode: 'Mã số BHXH',
  idNumber: 'Số CMND/CCCD/Hộ chiếu',
  frontPhoto: 'Ảnh mặt trước',
  backPhoto: 'Ảnh mặt sau',
  portraitPhoto: 'Ảnh chân dung',
  province: 'Tỉnh/Thành phố',
  district: 'Quận/Huyện',
  ward: 'Phường/Xã',
  street: 'Số nhà, đường',
  contactPerson: 'Người liên hệ',
  email: 'Địa chỉ thư điện tử',
  phone: 'Điện thoại di động',
  channel: 'Đăng ký giao dịch tại',
  receivingAgency: 'Cơ quan BHXH tiếp nhận',
  submissionMethod: 'Hình thức nộp hồ sơ',
  commitment: 'Cam kết',
};

const q = (s: string): string => `«${excerpt(s)}»`;
// "TP. Hồ Chí Minh" and "Thành phố Hồ Chí Minh" are one city: compared without the prefix.
const provinceKeyOf = (name: string): string => name.replace(/^(?:TP\.|Thành phố)\s*/u, '');
const MOBILE_RULE = '10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (ví dụ 0912345678)';
const ID_RULE =
  'CCCD có 12 chữ số (ví dụ 079204001234), CMND cũ có 9 chữ số, hộ chiếu gồm 1 chữ cái và 7 chữ số (ví dụ C1234567)';
const PHOTO_HINT = 'có thể kéo thả tệp ảnh vào cửa sổ dòng lệnh';

export const notText = (label: string): string => `«${label}» phải là văn bản (một chuỗi ký tự).`;

export const personNameMessages = (label: string) => ({
  empty: `Chưa nhập ${label.toLowerCase()}. Hãy nhập đầy đủ họ, tên đệm và tên, ví dụ "Nguyễn Văn An".`,
  tooLong: (n: number, max: number) =>
    `${label} dài ${n} ký tự, quá giới hạn ${max} ký tự; hãy nhập đúng họ và tên như trên giấy tờ.`,
  badChars: (chars: string) =>
    `${label} có ký tự không dùng trong tên (${chars}); chỉ dùng chữ cái (có dấu tiếng Việt) và dấu cách, ví dụ "Nguyễn Văn An".`,
  oneWord: `${label} cần ít nhất hai từ (họ và tên), ví dụ "Nguyễn Văn An".`,
  notLatin: (letters: string) =>
    `${label} có chữ không phải chữ Latinh ("${letters}"): giấy tờ Việt Nam ghi tên bằng chữ Latinh (có dấu tiếng Việt). Hãy gõ tên đúng như trên CCCD/thẻ BHYT, ví dụ "Nguyễn Văn An".`,
});

/** Accepted names that are probably not written as on the ID card: warnings, never refusals. */
export const nameAdviceMessages = {
  eth:
    'Tên có chữ “Ð” (U+00D0, chữ Eth, thường do bộ chuyển mã VNI/TCVN3 cũ tạo ra) trông giống “Đ” nhưng là ký tự khác; đã đổi thành “Đ” của tiếng Việt. Hãy kiểm tra lại tên.',
  noDiacritics:
    'Họ tên chưa có dấu. Hãy gõ đúng như trên CCCD/thẻ BHYT, ví dụ “Nguyễn Văn An”. ' +
    '(Nếu trên giấy tờ tên cũng không có dấu thì bỏ qua cảnh báo này.)',
  allLowercase:
    'Họ tên đang viết thường toàn bộ. Hãy viết hoa chữ cái đầu mỗi từ, đúng chính tả như trên CCCD/thẻ BHYT, ví dụ “Nguyễn Văn An”.',
  allCaps:
    'Họ tên đang viết hoa toàn bộ. Nên viết hoa chữ cái đầu mỗi từ, giữ đủ dấu như trên CCCD/thẻ BHYT, ví dụ “Nguyễn Văn An”.',
};

// From 1/8/2025 BHXH uses the 12-digit personal ID number (số định danh cá nhân, the CCCD number)
// in place of the social insurance number (Công văn 1804/BHXH-QLT of 04/08/2025, under the Law on
// Social Insurance 2024, 41/2024/QH15, in force 1/7/2025); the 10-digit code is still on many cards.
const BHXH_RULE =
  'mã số BHXH gồm 10 chữ số, là 10 số cuối trên thẻ BHYT (ví dụ 7931234567); từ 1/8/2025 cũng có thể dùng số định danh cá nhân 12 số (số CCCD)';

export const bhxhMessages = {
  empty: `Chưa nhập mã số BHXH: ${BHXH_RULE}.`,
  badChars: (raw: string) =>
    `Mã số BHXH ${q(raw)} có ký tự không hợp lệ: ${BHXH_RULE}. Cũng có thể nhập cả mã thẻ BHYT 15 ký tự (ví dụ SV4797931234567).`,
  wrongLength: (n: number) => `Mã số BHXH có ${n} chữ số, không khớp mẫu nào: ${BHXH_RULE}.`,
  noCodeProvince: (code: string) =>
    `Mã số BHXH ${q(code)} bắt đầu bằng 00, không phải mã tỉnh nào (2 số đầu là mã tỉnh cấp mã, ví dụ 79 là TP. Hồ Chí Minh): hãy chép lại đúng 10 số cuối trên thẻ BHYT.`,
  badPersonalId: (code: string) =>
    `${q(code)} có 12 chữ số nhưng không phải số định danh cá nhân hợp lệ (3 số đầu là mã tỉnh từ 001 đến 096, ví dụ 079): hãy chép lại số CCCD, hoặc nhập mã số BHXH 10 số trên thẻ BHYT.`,
  personalId:
    'Đã nhận số định danh cá nhân 12 số (số CCCD) làm mã số BHXH: từ 1/8/2025 BHXH dùng số này thay mã số BHXH (Công văn 1804/BHXH-QLT). Mã 10 số in trên thẻ BHYT vẫn dùng được.',
  differsFromId: (code: string, idNumber: string) =>
    `Mã số BHXH ${q(code)} là một số định danh 12 số nhưng khác số CCCD ${q(idNumber)} của chính người này: số định danh dùng làm mã số BHXH phải là số CCCD của người đăng ký. Hãy kiểm tra lại một trong hai số.`,
  badCard: (card: string) =>
    `Mã thẻ BHYT ${q(card)} không đúng mẫu: cần 15 ký tự gồm 2 chữ cái, 1 chữ số từ 1 đến 5, 2 chữ số mã tỉnh và 10 chữ số mã số BHXH (ví dụ SV4797931234567).`,
  fromCard: (card: string, code: string) => `Đã lấy 10 số cuối của mã thẻ BHYT ${card}: ${code}`,
  cardProvince: (province: string, today: string | undefined) =>
    `Theo mã tỉnh trên thẻ, thẻ do BHXH ${province} cấp${
      today !== undefined && provinceKeyOf(today) !== provinceKeyOf(province) ? ` (nay thuộc BHXH ${today})` : ''
    }.`,
  noProvince: (card: string) =>
    `Mã thẻ BHYT ${q(card)} có mã tỉnh 00 (ký tự thứ 4–5), không phải tỉnh nào: hãy chép lại đúng từng ký tự trên thẻ (ví dụ SV4797931234567, 79 là TP. Hồ Chí Minh).`,
  unknownGroup: (group: string) =>
    `Mã đối tượng “${group}” (2 chữ cái đầu của mã thẻ BHYT) không có trong danh sách mã đối tượng mà công cụ biết (ví dụ SV sinh viên, HS học sinh, GD hộ gia đình); hãy đối chiếu với thẻ.`,
  unknownCardProvince: (code: string) =>
    `Mã tỉnh ${code} trên thẻ BHYT (ký tự thứ 4–5) không có trong danh sách mã tỉnh mà công cụ biết; hãy đối chiếu với thẻ.`,
};

export const idNumberMessages = {
  empty: `Chưa nhập số CMND/CCCD/hộ chiếu. ${ID_RULE}.`,
  badShape: (raw: string) => `Số giấy tờ ${q(raw)} không đúng mẫu: ${ID_RULE}.`,
  wrongLength: (n: number) => `Số giấy tờ có ${n} chữ số, không khớp loại nào: ${ID_RULE}.`,
  unknownProvince: (code: string) =>
    `Số CCCD bắt đầu bằng ${code}, không phải mã tỉnh nào: 3 số đầu là mã tỉnh nơi đăng ký khai sinh, từ 001 đến 096 (ví dụ 079 là TP. Hồ Chí Minh). Hãy kiểm tra lại số trên thẻ.`,
  cccdFacts: (sex: string, year: number, province: string, today: string | undefined) =>
    `Số CCCD cho biết: giới tính ${sex}, sinh năm ${year}, đăng ký khai sinh tại ${province}${
      today === undefined ? '' : ` (nay thuộc ${today})`
    }. Hãy kiểm tra lại cho đúng người đăng ký.`,
  futureBirth: (year: number) =>
    `Theo số CCCD, năm sinh là ${year}, một năm chưa tới. Có nhập nhầm không? Hãy kiểm tra chữ số thứ 4 đến thứ 6 của số CCCD.`,
  young: (year: number, age: number) =>
    `Theo số CCCD, người này sinh năm ${year} (khoảng ${age} tuổi), khá nhỏ tuổi với một sinh viên. Có đúng không? Hãy kiểm tra lại số CCCD.`,
  old: (year: number) =>
    `Theo số CCCD, năm sinh là ${year}, khó có thể đúng. Hãy kiểm tra chữ số thứ 4 đến thứ 6 của số CCCD.`,
  cmndExpired:
    'CMND đã hết hiệu lực từ cuối năm 2024, nhưng theo hướng dẫn (mục 1 bảng vướng mắc) vẫn được chụp CMND cũ để đăng ký, kể cả bản photo. Nếu đã có CCCD, nên dùng số CCCD.',
};

export const phoneMessages = {
  empty: `Chưa nhập số điện thoại di động. Số di động có ${MOBILE_RULE}.`,
  badChars: (raw: string) => `Số điện thoại ${q(raw)} có ký tự không phải chữ số; hãy nhập số di động có ${MOBILE_RULE}.`,
  twoValues: 'Ô này có nhiều hơn một số điện thoại; chỉ nhập một số di động của chính người đăng ký.',
  foreign: 'Chỉ nhận số di động Việt Nam (+84 hoặc bắt đầu bằng 0): mật khẩu VssID được gửi qua SMS tới số này.',
  wrongLength: (n: number) => `Số điện thoại có ${n} chữ số; số di động Việt Nam phải có ${MOBILE_RULE}.`,
  landline: (num: string) =>
    `${num} là số máy bàn (đầu 02); hãy nhập số di động có ${MOBILE_RULE}, vì mật khẩu được gửi qua SMS.`,
  notMobile: (num: string) =>
    `Đầu số ${num.slice(0, 3)} của ${num} không nằm trong các đầu số di động đã cấp ở Việt Nam (quy hoạch kho số); hãy kiểm tra lại. Số điện thoại phải có ${MOBILE_RULE}.`,
  unknownBlock: (num: string) =>
    `Số ${num}: dãy ${num.slice(0, 4)}… chưa có trong danh sách số đã cấp mà công cụ biết; kiểm tra lại với chủ thuê bao ` +
    `(đầu số ${num.slice(0, 3)} là đầu số di động đã cấp, nên số vẫn được nhận).`,
};

/** Said the same on the wizard, the review screen and the board. */
export const EMAIL_MISSING = 'thiếu e-mail: không nhận được mã OTP';

export const emailMessages = {
  invalid: (raw: string) =>
    `Địa chỉ thư điện tử ${q(raw)} không hợp lệ; cần dạng ten@tenmien, ví dụ nguyenvanan@gmail.com (không dấu, không dấu cách).`,
  tooLong: (max: number) => `Địa chỉ thư điện tử dài quá ${max} ký tự; hãy kiểm tra lại.`,
  missing: `Chưa có địa chỉ thư điện tử (${EMAIL_MISSING}): theo hướng dẫn, mã OTP và mã đổi mật khẩu được gửi qua e-mail đã đăng ký. Nên nhập một địa chỉ học sinh dùng được, ví dụ nguyenvanan@gmail.com.`,
  noDomainEnding: (address: string, suggestion: string | undefined) =>
    `Địa chỉ thư điện tử ${q(address)} thiếu phần đuôi của tên miền (ví dụ .com, .vn)${
      suggestion === undefined ? '' : `; có phải ${suggestion}?`
    } Hãy nhập đủ, ví dụ nguyenvanan@gmail.com.`,
  didYouMean: (address: string, suggestion: string) =>
    `Địa chỉ ${address} có thể gõ nhầm tên miền: có phải ${suggestion}? Mã OTP gửi tới địa chỉ sai sẽ không đến; hãy kiểm tra lại.`,
};

export const provinceMessages = {
  empty:
    'Chưa nhập tỉnh/thành phố. Hãy nhập tên một trong 34 tỉnh/thành phố hiện nay (ví dụ Thành phố Hồ Chí Minh) hoặc tên tỉnh cũ (ví dụ Bình Dương).',
  unknown: (raw: string, suggestions: readonly string[]) =>
    `Không tìm thấy tỉnh/thành phố ${q(raw)}. Hãy nhập tên một trong 34 tỉnh/thành phố hiện nay hoặc tên tỉnh cũ trước 1/7/2025, có dấu hay không dấu đều được (ví dụ "Hồ Chí Minh", "Dak Lak", "Bình Dương").${
      suggestions.length > 0 ? ` Có phải: ${suggestions.join(', ')}?` : ''
    }`,
  merged: (former: string, today: string) => `${former} → ${today} (sáp nhập 2025)`,
  renamed: (former: string, today: string) =>
    `${former} → ${today} (thành phố trực thuộc trung ương từ 2025)`,
};

/** The receiving agency: the choices offered and the province check. */
export const agencyMessages = {
  ask: 'Cơ quan BHXH tiếp nhận * (chọn cơ quan BHXH đã cấp thẻ BHYT của gia đình)',
  sources: {
    card: 'theo mã tỉnh trên thẻ BHYT',
    class: 'cơ quan của lớp, trong hồ sơ lớp',
    province: 'BHXH tỉnh/thành nơi học sinh ở',
    guide: 'theo hướng dẫn gốc, trước 2025: từ 1/7/2025 không còn cấp quận, BHXH địa phương nay là “BHXH cơ sở …”',
  },
  other: 'Nhập tên cơ quan khác…',
  typeIt: 'Tên cơ quan BHXH tiếp nhận (ví dụ "BHXH TP. Hà Nội – BHXH cơ sở Đống Đa")',
  mismatch: (text: string, agencyProvince: string, province: string) =>
    `Lưu ý: cơ quan tiếp nhận ${q(text)} thuộc ${agencyProvince}, còn địa chỉ của học sinh ở ${province}. Vẫn được: giao dịch BHXH điện tử không phụ thuộc nơi cư trú (Nghị định 164/2025/NĐ-CP). Nếu gia đình muốn nộp ở cơ quan đã cấp thẻ BHYT thì chọn cơ quan đó.`,
  saveForClass: (text: string) =>
    `Lớp chưa có cơ quan tiếp nhận chung. Dùng ${q(text)} cho cả lớp (lưu vào hồ sơ lớp; đổi sau bằng ${CLI} config set receivingAgency)?`,
  savedForClass: (text: string) => `Đã lưu cơ quan tiếp nhận của lớp: ${text}.`,
  needed: `Chưa có cơ quan BHXH tiếp nhận: lớp chưa đặt (${CLI} config set receivingAgency "…") và chưa có --agency.`,
  suggestion: (text: string, source: string) => `Gợi ý: --agency "${text}" (${source})`,
};

/** Free-text fields: what each expects, said in its refusals. */
export const TEXT_EXPECTED = {
  district: 'Quận/huyện có thể để trống: từ 1/7/2025 không còn cấp huyện.',
  ward: 'Hãy nhập tên phường/xã, ví dụ "Phường Bàn Cờ" hoặc "Xã Bình Hưng".',
  street: 'Hãy nhập số nhà và tên đường, ví dụ "123 Nguyễn Thị Minh Khai".',
  receivingAgency:
    'Hãy nhập cơ quan BHXH tiếp nhận: cơ quan đã cấp thẻ BHYT của gia đình, ví dụ "BHXH TP. Hà Nội – BHXH cơ sở Đống Đa" hoặc "BHXH Thành phố Hồ Chí Minh".',
} as const;

export const textMessages = {
  empty: (label: string, expected: string) => `Chưa nhập «${label}». ${expected}`,
  tooLong: (label: string, n: number, max: number) =>
    `${label} dài ${n} ký tự, quá giới hạn ${max} ký tự; hãy viết gọn lại.`,
  noLetter: (label: string, raw: string, expected: string) =>
    `${label} ${q(raw)} không có chữ cái hay chữ số nào. ${expected}`,
};

export const choiceMessages = {
  empty: {
    subjectType: 'Chưa chọn đối tượng đăng ký; hãy chọn "Cá nhân".',
    channel: 'Chưa chọn nơi đăng ký giao dịch; hãy chọn "Cổng thông tin điện tử của BHXH Việt Nam".',
    submissionMethod:
      'Chưa chọn hình thức nộp hồ sơ; hãy chọn "postal" (qua bưu chính công ích) hoặc "reception" (tại nơi tiếp nhận hồ sơ).',
    commitment: 'Chưa xác nhận lời cam kết trên tờ khai; cần xác nhận thì mới ghi nhận được.',
  },
  subjectType:
    'Công cụ này chỉ hỗ trợ đối tượng "Cá nhân" (individual); cơ quan, tổ chức đăng ký theo quy trình riêng, ngoài phạm vi của công cụ.',
  channel:
    'Sinh viên đăng ký giao dịch tại "Cổng thông tin điện tử của BHXH Việt Nam" (portal); Tổ chức I-VAN chỉ dành cho cơ quan, tổ chức.',
  submissionMethod:
    'Hình thức nộp hồ sơ phải là "postal" (tại nhà, qua dịch vụ bưu chính công ích) hoặc "reception" (tại nơi tiếp nhận hồ sơ của BHXH).',
  agencyIsPhone: (text: string) =>
    `${q(text)} là một số điện thoại, không phải cơ quan BHXH. ${TEXT_EXPECTED.receivingAgency}`,
  agencyNotBhxh: (text: string) =>
    `${q(text)} không nêu cơ quan BHXH nào (không có chữ “BHXH” hay “Bảo hiểm xã hội”). Hãy kiểm tra lại: cơ quan tiếp nhận là cơ quan BHXH đã cấp thẻ BHYT, ví dụ "BHXH Thành phố Hồ Chí Minh".`,
  commitment:
    'Cần xác nhận lời cam kết trên tờ khai (chịu trách nhiệm về tính chính xác, trung thực của thông tin) thì mới ghi nhận được.',
};

export const photoMessages = {
  empty: (label: string) =>
    `Chưa có ${label.toLowerCase()} của giấy tờ. Hãy nhập đường dẫn tới tệp ảnh JPEG hoặc PNG (${PHOTO_HINT}).`,
  notFound: (path: string) => `Không tìm thấy tệp ${q(path)}. Hãy kiểm tra lại đường dẫn (${PHOTO_HINT}).`,
  notFile: (path: string) => `${q(path)} không phải một tệp (có thể là thư mục, thiết bị hoặc đường ống); hãy chọn một tệp ảnh JPEG hoặc PNG.`,
  emptyFile: (path: string) => `Tệp ${q(path)} rỗng (0 byte); hãy chụp lại hoặc chọn tệp ảnh khác.`,
  tooBig: (path: string, mb: string, maxMb: number) =>
    `Tệp ${q(path)} nặng ${mb} MB, quá giới hạn ${maxMb} MB; hãy chụp lại với độ phân giải thấp hơn hoặc nén ảnh.`,
  heic: (path: string) =>
    `Tệp ${q(path)} là ảnh HEIC (định dạng mặc định của iPhone), không phải JPEG hay PNG. Hãy chuyển sang JPEG (iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất) rồi chụp lại.`,
  pdf: (path: string) => `Tệp ${q(path)} là tệp PDF, không phải ảnh; cần ảnh chụp JPEG hoặc PNG.`,
  notImage: (path: string) =>
    `Tệp ${q(path)} không phải ảnh JPEG hay PNG (kiểm tra theo nội dung tệp, không theo tên tệp); hãy chọn ảnh JPEG hoặc PNG.`,
  unreadable: (path: string, reason: string) =>
    `Không đọc được tệp ${q(path)} (${reason}); hãy kiểm tra quyền truy cập tệp.`,
  tooSmall: (path: string, width: number, height: number, min: number) =>
    `Ảnh ${q(path)} chỉ có ${width}×${height} điểm ảnh: quá nhỏ để đọc được chữ trên giấy tờ (cạnh ngắn cần ít nhất ` +
    `${min} điểm ảnh). Hãy chụp lại bằng camera điện thoại, giấy tờ chiếm gần hết khung hình, đừng dùng ảnh thu nhỏ.`,
  noSize: (path: string) =>
    `Không đọc được kích thước ảnh ${q(path)} từ phần đầu tệp: tệp có thể bị hỏng hoặc chưa chép xong. ` +
    'Hãy mở thử ảnh trên máy; nếu không xem được thì chụp lại.',
  largeFile: (path: string, mb: string) =>
    `Ảnh ${q(path)} nặng ${mb} MB: tải lên có thể chậm hoặc bị từ chối. Nếu gặp lỗi khi tải, hãy chụp lại ` +
    'ở độ phân giải thấp hơn hoặc nén ảnh rồi chọn lại.',
  oddAspect: (path: string, width: number, height: number) =>
    `Ảnh ${q(path)} có khung ${width}×${height} điểm ảnh, tỉ lệ khác hẳn ảnh chụp giấy tờ (thẻ CCCD ngang 85,6 mm, ` +
    'cao 54 mm): có thể là ảnh chụp màn hình hoặc ảnh đã cắt mất một phần. Hãy kiểm tra ảnh có đủ cả mặt giấy tờ.',
  sameFile: 'Ảnh mặt trước và ảnh mặt sau là cùng một tệp; hãy chọn hai ảnh chụp hai mặt khác nhau của giấy tờ.',
  sameContent:
    'Ảnh mặt trước và ảnh mặt sau là hai tệp giống hệt nhau (cùng nội dung, chỉ khác tên); hãy chọn hai ảnh chụp hai mặt khác nhau của giấy tờ.',
  portraitSameFile: (side: string) =>
    `Ảnh chân dung là cùng một tệp với ${side.toLowerCase()} của giấy tờ. Ảnh chân dung là ảnh chụp khuôn mặt (không bắt buộc): hãy chọn ảnh khác hoặc để trống.`,
  portraitSameContent: (side: string) =>
    `Ảnh chân dung giống hệt ${side.toLowerCase()} của giấy tờ (cùng nội dung, chỉ khác tên tệp). Ảnh chân dung là ảnh chụp khuôn mặt (không bắt buộc): hãy chọn ảnh khác hoặc để trống.`,
};
