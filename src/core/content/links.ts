/** Addresses the guide gives, plus the two app stores' pages for the VssID app. */
export const LINKS = {
  /** Web registration page (guide, step 1). */
  webRegistration: 'https://dichvucong.baohiemxahoi.gov.vn/#/dang-ky',
  /** Account page where personal details are changed (troubleshooting row 4). */
  accountPage: 'https://dichvucong.baohiemxahoi.gov.vn/#/tai-khoan',
  /** The HCMC Social Security portal, as the guide prints it. */
  hcmcPortal: 'http://phcm.baohiemxahoi.gov.vn',
  /** The HCMC Social Security communications office. */
  hcmcCommunicationsEmail: 'truyenthong@hochiminh.vss.gov.vn',
  /** The support address of troubleshooting row 3 (a school's own contact; `config` changes it). */
  supportEmail: 'ngocyen0917@gmail.com',
  appStore: 'https://apps.apple.com/vn/app/vssid/id1521647064',
  googlePlay: 'https://play.google.com/store/apps/details?id=com.vss.vssid',
} as const;

export const MIN_OS_VERSIONS = { ios: '9.0', android: '4.1' } as const;

export const LOGIN = {
  user: 'Mã số BHXH (10 số cuối của thẻ BHYT) hoặc số CCCD 12 số (số định danh cá nhân)',
  password: 'Do BHXH Việt Nam gửi qua tin nhắn hoặc e-mail đến số điện thoại, địa chỉ e-mail đã đăng ký',
  passwordDueWorkingDays: 3,
} as const;
