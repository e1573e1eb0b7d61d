import type { GuideStep } from './registration.js';
import { LINKS } from './links.js';
import { CLI } from '../../invocation.js';
import { UPDATES } from './updates.js';

/** "Bước 2: Chuẩn bị thông tin cá nhân" of the installation guide. */
export const CHECKLIST: readonly { item: string; note?: string; update?: string }[] = [
  {
    item: 'Ảnh chụp 2 mặt CMND/CCCD/Hộ chiếu',
    note: 'chụp bản gốc; CMND bị mất thì chụp CMND cũ, kể cả bản photo (tình huống 1)',
    update: UPDATES.idDocument,
  },
  { item: 'Ảnh chân dung', note: 'không bắt buộc (tình huống 6)' },
  { item: 'Mã số BHXH', note: 'là 10 số cuối trên thẻ BHYT' },
  { item: 'Số điện thoại di động', note: 'nhập chính xác: không sửa được sau khi đăng ký, mật khẩu gửi về số này' },
  { item: 'Địa chỉ e-mail', note: 'mã OTP và việc đổi mật khẩu dùng e-mail này', update: UPDATES.email },
];

/** "5 điểm nổi bật của ứng dụng VssID". */
export const HIGHLIGHTS: readonly string[] = [
  'Sử dụng trong khám chữa bệnh thay thế thẻ BHYT giấy.',
  'Kiểm tra quá trình tham gia BHXH.',
  'Kiểm tra số tiền được chi trả khi đi khám chữa bệnh.',
  'Cấp lại thẻ BHYT, sổ BHXH trực tuyến, không cần đến cơ quan BHXH.',
  'Tính toán minh bạch số tiền hưởng các chế độ của người tham gia.',
];

/** "Hướng dẫn cài đặt ứng dụng BHXH số – VssID": download, then the app's newer sign-up flow. */
export const INSTALL_STEPS: readonly GuideStep[] = [
  {
    title: 'Bước 1: Tải ứng dụng VssID',
    text: 'Cách 1: vào kho ứng dụng (App Store hoặc Google Play), tìm ứng dụng tên “VssID” có logo BHXH và tải về. Cách 2: quét mã QR.',
    updates: [UPDATES.minVersions],
  },
  {
    title: 'Bước 2: Chuẩn bị thông tin cá nhân',
    text: `Xem danh sách ở lệnh “${CLI} checklist”.`,
  },
  {
    title: 'Bước 3: Đăng ký tài khoản VssID trên ứng dụng',
    text: 'Trên ứng dụng, quy trình đăng ký gồm:',
    items: [
      'Nhập thông tin cá nhân.',
      'Chụp ảnh hoặc tải lên ảnh chân dung.',
      'Chụp ảnh mặt trước CCCD/CMND/Hộ chiếu.',
      'Chụp ảnh mặt sau CCCD/CMND/Hộ chiếu.',
      'Chọn cơ quan BHXH tiếp nhận là cơ quan đã cấp thẻ BHYT cho các thành viên trong gia đình.',
      'Nhập mã xác nhận (OTP) được gửi vào e-mail đã đăng ký, rồi hoàn thành việc đăng ký.',
    ],
    notes: [
      'Đăng ký bằng CCCD thì thông tin công dân được tự động xác thực với Cơ sở dữ liệu quốc gia về dân cư; người chưa có thông tin trong cơ sở dữ liệu này thì chưa đăng ký được theo cách này.',
    ],
  },
  {
    title: 'Bước 4: Đổi mật khẩu',
    text: 'Hệ thống gửi mã OTP qua địa chỉ e-mail đã đăng ký để xác thực việc đổi mật khẩu.',
    updates: [UPDATES.email],
  },
];

export const CONTACTS: readonly { label: string; value: string; update?: string }[] = [
  { label: 'Cổng thông tin điện tử của BHXH TP. Hồ Chí Minh', value: LINKS.hcmcPortal, update: UPDATES.hcmcPortal },
  { label: 'E-mail phòng Truyền thông BHXH TP. Hồ Chí Minh', value: LINKS.hcmcCommunicationsEmail },
];
