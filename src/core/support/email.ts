/** The e-mail of troubleshooting row 3, written to be read by the support desk as it is. */
import { displayName } from '../record.js';
import type { SupportRequest } from './requests.js';

export interface SupportEmail {
  to: string;
  subject: string;
  body: string;
}

export interface SupportEmailInput {
  to: string;
  className: string;
  receivingAgency: string;
  requests: readonly SupportRequest[];
}

const NOT_YET = 'chưa có';

function studentBlock(request: SupportRequest, index: number): string[] {
  return [
    `${index + 1}. ${displayName(request)}`,
    `   Mã số BHXH: ${request.bhxhCode || '(chưa có)'}`,
    `   Số điện thoại đã đăng ký nhầm: ${request.wrongPhone}`,
    `   Số điện thoại đúng: ${request.rightPhone ?? NOT_YET}`,
  ];
}

export function buildSupportEmail(input: SupportEmailInput): SupportEmail {
  const { requests } = input;
  const className = input.className.trim();
  const ofClass = className ? ` lớp ${className}` : '';
  const count = `${requests.length} học sinh`;
  const one = requests.length === 1;
  const missingRight = requests.some((r) => r.rightPhone === undefined);
  const body = [
    'Kính gửi bộ phận hỗ trợ đăng ký VssID,',
    '',
    `Em là lớp trưởng${ofClass}, đang hướng dẫn các bạn trong lớp đăng ký tài khoản VssID (ứng dụng BHXH số). ` +
      `${one ? 'Bạn' : count} dưới đây đã đăng ký nhầm số điện thoại và không đăng ký lại được. ` +
      `Em kính đề nghị quý cơ quan hỗ trợ để ${one ? 'bạn' : 'các bạn'} được đăng ký lại với số điện thoại đúng.`,
    '',
    ...requests.flatMap((request, i) => [...studentBlock(request, i), '']),
    ...(input.receivingAgency.trim() ? [`Cơ quan BHXH tiếp nhận hồ sơ: ${input.receivingAgency.trim()}.`, ''] : []),
    ...(missingRight ? [`Với các bạn ghi “${NOT_YET}”, em sẽ gửi bổ sung số điện thoại đúng ngay khi có.`, ''] : []),
    'Em xin chân thành cảm ơn.',
    '',
    'Trân trọng,',
    `Lớp trưởng${ofClass}`,
  ].join('\n');
  return {
    to: input.to,
    subject: `Đề nghị hỗ trợ đăng ký lại VssID do sai số điện thoại${ofClass ? ` –${ofClass}` : ''} (${count})`,
    body,
  };
}

/** The e-mail as one text, headers first, for the screen or a file. */
export function formatSupportEmail(email: SupportEmail): string {
  return `Đến: ${email.to}\nTiêu đề: ${email.subject}\n\n${email.body}\n`;
}
