import { LINKS } from './links.js';
import { UPDATES } from './updates.js';

export interface TroubleshootingRow {
  number: number;
  /** "Nội dung": the situation, as the person would describe it. */
  situation: string;
  /** "Cách xử lý": what to do. */
  solution: string;
  /** Extra words people search with (no need to repeat words of the text). */
  keywords: readonly string[];
  links: readonly string[];
  /** Other rows the solution sends the person to. */
  seeAlso: readonly number[];
  /** Whether the tool can act on a saved student for this row. */
  actsOnRecord: boolean;
  /** Hours the solution counts, where it counts any. */
  hours?: number;
  /** "Cập nhật 2026" notes beside the guide's answer, where it is out of date (updates.ts). */
  updates?: readonly string[];
}

/** "Các tình huống vướng mắc khi đăng ký ứng dụng VssID và cách xử lý", the guide's table. */
export const TROUBLESHOOTING: readonly TroubleshootingRow[] = [
  {
    number: 1,
    situation: 'CMND bị mất, hoặc đang làm CCCD',
    solution: 'Có thể chụp CMND cũ, kể cả chụp bản photo cũng được.',
    keywords: ['chứng minh nhân dân', 'căn cước', 'mất giấy tờ', 'ảnh', 'photocopy'],
    links: [],
    seeAlso: [],
    actsOnRecord: false,
    updates: [UPDATES.idDocument],
  },
  {
    number: 2,
    situation: 'Đã đăng ký nhưng không nhận được tin nhắn từ BHXH Việt Nam báo số hồ sơ',
    solution:
      'Là do đăng ký chưa thành công hoặc đăng ký sai số điện thoại. ⇒ Đăng ký lại ngay lập tức.',
    keywords: ['sms', 'số hồ sơ', 'không có tin nhắn', 'sđt', 'số điện thoại'],
    links: [LINKS.webRegistration],
    seeAlso: [],
    actsOnRecord: true,
  },
  {
    number: 3,
    situation: 'Đăng ký sai số điện thoại mà đăng ký lại không được',
    solution: `Báo lại lớp trưởng để tập hợp danh sách, gửi e-mail đến ${LINKS.supportEmail} để được hỗ trợ đăng ký lại.`,
    keywords: ['sđt', 'sai số', 'email', 'hỗ trợ', 'lớp trưởng'],
    links: [`mailto:${LINKS.supportEmail}`],
    seeAlso: [],
    actsOnRecord: true,
  },
  {
    number: 4,
    situation: 'Sau khi đăng nhập rồi mà muốn thay đổi thông tin cá nhân',
    solution: `Vào mục “Thông tin tài khoản” trên trang web ${LINKS.accountPage}, sửa thông tin ⇒ bấm “Ghi nhận”. Đợi duyệt trong vòng 72 giờ.`,
    keywords: ['sửa thông tin', 'đổi thông tin', 'cập nhật', 'tài khoản', '72h'],
    links: [LINKS.accountPage],
    seeAlso: [],
    actsOnRecord: true,
    hours: 72,
  },
  {
    number: 5,
    situation: 'Không nhận được mật khẩu',
    solution:
      'Trong vòng 72 giờ sau khi đăng ký thành công mà không nhận được mật khẩu thì vào màn hình đăng nhập, chọn “Quên mật khẩu” để được gửi mật khẩu khác. Nếu vẫn không được thì có thể số điện thoại bị sai ⇒ xem tình huống 2 (đăng ký lại).',
    keywords: ['mk', 'password', 'pass', 'quên mật khẩu', '72h'],
    links: [],
    seeAlso: [2],
    actsOnRecord: true,
    hours: 72,
    updates: [UPDATES.email],
  },
  {
    number: 6,
    situation: 'Có cần chụp ảnh chân dung không?',
    solution: 'Không bắt buộc chụp ảnh chân dung hoặc ảnh 3x4.',
    keywords: ['ảnh cá nhân', 'ảnh thẻ', 'selfie', 'hình'],
    links: [],
    seeAlso: [],
    actsOnRecord: false,
  },
  {
    number: 7,
    situation: 'Ghi nhận xong thì hiện lên bảng yêu cầu đến cơ quan BHXH gần nhất',
    solution:
      'Bấm “Bỏ qua”, không cần lên cơ quan BHXH (vì đang trong thời gian BHXH hỗ trợ).',
    keywords: ['thông báo', 'bỏ qua', 'đến cơ quan'],
    links: [],
    seeAlso: [],
    actsOnRecord: false,
    updates: [UPDATES.supportPeriod],
  },
  {
    number: 8,
    situation: 'Đăng ký giúp người khác được không?',
    solution:
      'Một điện thoại được đăng ký giúp nhiều người, miễn là dùng mã số BHXH, số điện thoại và CMND của chính người đó.',
    keywords: ['đăng ký hộ', 'giúp bạn', 'nhiều người', 'một điện thoại'],
    links: [],
    seeAlso: [],
    actsOnRecord: false,
  },
];
