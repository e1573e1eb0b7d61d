import { LINKS } from './links.js';
import { UPDATES } from './updates.js';

export interface GuideStep {
  title: string;
  text: string;
  /** Numbered sub-steps or items, in the guide's order. */
  items?: readonly string[];
  /** Warnings the guide prints in bold. */
  notes?: readonly string[];
  /** "Cập nhật 2026" notes beside the guide's words, where they are out of date (updates.ts). */
  updates?: readonly string[];
  link?: string;
}

/** "Hướng dẫn đăng ký tài khoản cá nhân đăng nhập ứng dụng VssID", steps 1–4. */
export const REGISTRATION_STEPS: readonly GuideStep[] = [
  {
    title: 'Bước 1: Mở ứng dụng',
    text: 'Mở ứng dụng VssID trên điện thoại, nhấn “Đăng ký ngay”, rồi nhấn “Tiếp tục”. Cũng có thể đăng ký trên trang web.',
    link: LINKS.webRegistration,
  },
  {
    title: 'Bước 2: Chọn đối tượng đăng ký',
    text: 'Tích chọn đối tượng đăng ký là “Cá nhân”, sau đó nhấn “Tiếp” để chuyển sang bước kê khai thông tin.',
  },
  {
    title: 'Bước 3: Kê khai thông tin theo mẫu (Tờ khai)',
    text: 'Chỉ cần nhập các thông tin sau:',
    items: [
      'Họ và tên.',
      'Mã số BHXH: là 10 số cuối của thẻ BHYT, cũng là mã số BHXH.',
      'Số CMND/CCCD: nhập số, sau đó chụp mặt trước và mặt sau.',
      'Địa chỉ: nhập và chọn đủ các cấp.',
      'Số điện thoại di động: nhập chính xác vì không thể sửa lại được; nhập sai số thì mật khẩu sẽ không về đúng số của người dùng.',
      'Đăng ký giao dịch tại: “Cổng thông tin điện tử của BHXH Việt Nam”.',
      'Chọn cơ quan BHXH tiếp nhận: kéo tìm “Thành phố Hồ Chí Minh”, sau đó chọn “Quận 3”. Lưu ý nhớ chọn Quận 3.',
    ],
    notes: [
      'Phải chụp bản gốc CMND/CCCD cả 2 mặt.',
      'Phải nhập tất cả các thông tin có dấu sao (*) màu đỏ.',
    ],
    updates: [UPDATES.idDocument, UPDATES.noDistricts],
  },
  {
    title: 'Bước 4: Ghi nhận',
    text: 'Sau khi bấm “Ghi nhận”, người dùng lập tức nhận được tin nhắn từ BHXH Việt Nam thông báo số hồ sơ đã đăng ký VssID. Trong vòng 3 ngày làm việc sau khi nhận được tin nhắn này, BHXH Việt Nam sẽ gửi mật khẩu để đăng nhập ứng dụng VssID.',
  },
];

export const LOGIN_STEP: GuideStep = {
  title: 'Đăng nhập để xem quá trình tham gia BHXH, BHYT',
  text: 'Tên đăng nhập và mật khẩu:',
  items: [
    'Tên đăng nhập: mã số BHXH (10 số cuối của thẻ BHYT), hoặc số CCCD 12 số: từ 1/8/2025 BHXH dùng số định danh cá nhân thay mã số BHXH.',
    'Mật khẩu: do BHXH Việt Nam gửi qua tin nhắn hoặc e-mail đến số điện thoại, địa chỉ e-mail đã đăng ký.',
  ],
  updates: [UPDATES.login, UPDATES.email],
};

/** The form's fixed texts. */
export const FORM_TEXT = {
  title:
    'Tờ khai đăng ký sử dụng, điều chỉnh thông tin và ngừng sử dụng phương thức giao dịch điện tử trong lĩnh vực bảo hiểm xã hội',
  decree: 'Nghị định số 166/2016/NĐ-CP ngày 24 tháng 12 năm 2016 của Chính phủ',
  channel: 'Cổng thông tin điện tử của Bảo hiểm xã hội Việt Nam',
  channelForOrganisations: 'Tổ chức I-VAN (dành cho tổ chức, không dùng cho cá nhân)',
  commitment:
    'Cơ quan/tổ chức/cá nhân tôi cam kết hoàn toàn chịu trách nhiệm trước pháp luật về tính chính xác, trung thực của nội dung nêu trên và thực hiện giao dịch điện tử trong lĩnh vực bảo hiểm xã hội theo đúng quy định của pháp luật.',
  submissionMethods: {
    postal:
      'Tại nhà thông qua dịch vụ bưu chính công ích (cước dịch vụ bưu chính công ích do cá nhân tự trả khi gửi hồ sơ)',
    reception: 'Tại nơi tiếp nhận hồ sơ theo quy định của Bảo hiểm xã hội Việt Nam',
  },
  defaultReceivingAgency: 'BHXH Quận 3, TP. Hồ Chí Minh',
  submitButton: 'Ghi nhận',
} as const;
