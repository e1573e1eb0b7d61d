/**
 * "Cập nhật 2026": what changed since the guide (about 2020), said beside the guide's own words,
 * never instead of them (the guide is the source). Each note names its source below so the next
 * person can check it; none of these pages could be opened from the machine this was written on
 * (it reaches only the npm registry), so anything not in a law's text or the guide itself is said
 * as "theo thông tin năm 2026, hãy kiểm tra".
 */

/** Printed before every note, so it is never read as the guide's own words. */
export const UPDATE_PREFIX = 'Cập nhật 2026:';

export const CHECK = 'theo thông tin năm 2026, hãy kiểm tra';

export const UPDATES = {
  // Luật Căn cước số 26/2023/QH15 (27/11/2023, hiệu lực 1/7/2024): art. 46(2) — a CMND still
  // valid after 31/12/2024 is valid only until 31/12/2024; cards issued under it are "thẻ căn
  // cước". Whether VssID still takes a photo of an old CMND: not confirmed.
  idDocument:
    'CMND hết giá trị sử dụng từ 1/1/2025; thẻ cấp từ 1/7/2024 là “thẻ căn cước” (Luật Căn cước 2023), ' +
    'số của thẻ là số định danh cá nhân 12 chữ số. Hãy dùng CCCD hoặc thẻ căn cước; ứng dụng còn nhận ảnh ' +
    `CMND cũ hay không thì ${CHECK}. Ai đổi từ CMND sang CCCD có thể phải cập nhật số mới trên Cổng dịch vụ công BHXH.`,
  // Nghị quyết 202/2025/QH15 (12/6/2025): 34 province-level units; Luật Tổ chức chính quyền
  // địa phương số 72/2025/QH15 (hiệu lực 1/7/2025): two levels, no district; Quyết định
  // 2286/QĐ-BTC (30/6/2025): local offices renamed "BHXH tỉnh/thành phố …", "BHXH cơ sở …".
  noDistricts:
    'Từ 1/7/2025 không còn cấp quận/huyện (Luật Tổ chức chính quyền địa phương 2025; Nghị quyết ' +
    '202/2025/QH15: còn 34 tỉnh/thành phố). Địa chỉ chỉ còn tỉnh/thành phố và phường/xã; không còn ' +
    '“BHXH Quận 3”: cơ quan BHXH ở địa phương nay là “BHXH tỉnh/thành phố …” và “BHXH cơ sở …”. ' +
    `Hãy chọn cơ quan đã cấp thẻ BHYT cho gia đình trong danh sách của ứng dụng (${CHECK}).`,
  // The guide's own later section (Bước 3 mục 5, Bước 4): OTP and the password-change code go to
  // the registered e-mail. 2025 school guides say the account and password may come by e-mail.
  email:
    'E-mail đã đăng ký nhận mã OTP và mã để đặt lại mật khẩu (“Quên mật khẩu”); có nơi gửi cả tài khoản, ' +
    `mật khẩu qua e-mail (${CHECK}). Hãy dùng e-mail của chính học sinh, còn đăng nhập được.`,
  // The guide's "IOS TỪ 9.0 / ANDROID 4.1" is from about 2020; the stores' pages give today's.
  minVersions:
    'iOS 9.0 và Android 4.1 là yêu cầu của hướng dẫn cũ; phiên bản VssID hiện nay cần hệ điều hành mới hơn: ' +
    `xem mục “Tương thích”/“Yêu cầu” trên App Store hoặc Google Play (${CHECK}).`,
  // Row 7 speaks of the support period of the guide's time (about 2020). Hotline 1900 9068 is
  // Vietnam Social Security's, as printed on baohiemxahoi.gov.vn.
  supportPeriod:
    '“Đang trong thời gian BHXH hỗ trợ” là lời của hướng dẫn lúc đó (khoảng năm 2020). Nay nếu ứng dụng ' +
    `yêu cầu đến cơ quan BHXH thì ${CHECK} với BHXH cơ sở nơi cư trú hoặc tổng đài 1900 9068.`,
  // The guide prints "http://phcm.baohiemxahoi.gov.vn": no such host is known; the HCMC office's
  // portal is at tphcm.baohiemxahoi.gov.vn (seen on BHXH pages; not opened from here).
  hcmcPortal:
    'Địa chỉ in trong hướng dẫn (phcm.baohiemxahoi.gov.vn) có vẻ bị lỗi khi quét; địa chỉ đúng có lẽ là ' +
    'https://tphcm.baohiemxahoi.gov.vn — hãy kiểm tra.',
  // Login: the guide says user = mã số BHXH. BHXH uses the personal ID number (the 12 CCCD digits)
  // in place of the social insurance number from 1/8/2025 (Công văn 1804/BHXH-QLT of 04/08/2025,
  // reported 06/08/2025; Law on Social Insurance 2024, 41/2024/QH15), so the CCCD number works as
  // the user name. The VNeID login (level-2 VNeID account, VssID 1.6.7 or later, since October
  // 2023) is from BHXH Việt Nam's news pages of 2023–2024; VNeID still needs a VssID account.
  login:
    'Tên đăng nhập là mã số BHXH, hoặc số CCCD 12 số: từ 1/8/2025 BHXH dùng số định danh cá nhân thay mã số BHXH ' +
    '(Công văn 1804/BHXH-QLT ngày 04/08/2025). Từ VssID 1.6.7 (tháng 10/2023) ' +
    `có thể đăng nhập bằng tài khoản định danh điện tử VNeID mức 2, nhưng vẫn cần đã có tài khoản VssID (${CHECK}).`,
};

/**
 * Safety, said by `install` and the wizard. Sources: BHXH Việt Nam's warnings about fake "VssID"
 * apps and calls asking for OTPs or money (baohiemxahoi.gov.vn news, 2024–2025; not opened from
 * here); the stores' links are LINKS.appStore/googlePlay. SIM in the student's own name: Nghị định
 * 163/2024/NĐ-CP (24/12/2024) on subscriber information; the OTP and password come to that number.
 */
export const SAFETY: readonly string[] = [
  'Chỉ cài VssID từ App Store hoặc Google Play (các mã QR ở đây dẫn tới đó); không cài tệp .apk hay “VssID” từ đường link trong tin nhắn, Zalo, Facebook.',
  'BHXH không bao giờ gọi điện hay nhắn tin đòi mã OTP, mật khẩu hoặc tiền: không đưa cho ai, kể cả người xưng là cán bộ BHXH.',
  'Đăng ký bằng SIM đứng tên chính học sinh: mật khẩu và mã OTP gửi về số này, và số không sửa được sau khi đăng ký.',
];

export const SAFETY_TITLE = 'An toàn';

/** The wizard's form questions whose guide words are out of date: the note is shown before asking. */
export const FIELD_UPDATES: Readonly<Partial<Record<'idNumber' | 'email', string>>> = {
  idNumber: UPDATES.idDocument,
  email: UPDATES.email,
};

/** A note as printed: "Cập nhật 2026: …". */
export const updateLine = (text: string): string => `${UPDATE_PREFIX} ${text}`;
