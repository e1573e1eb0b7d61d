/** Vietnamese headings for commander's help. */

export const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Các lệnh:',
  'Arguments:': 'Tham số:',
};

/** What goes around a QR code on the screen (src/ui/qr-screen.ts). */
export const qrMessages = {
  /** Said next to the code: the rendering for the other background is one flag away. */
  tryOther: (flag: string) => `không quét được? thử ${flag}`,
  tooSmall: (needColumns: number, needRows: number, columns: number | undefined, rows: number | undefined) =>
    `Cửa sổ dòng lệnh quá nhỏ để hiện trọn mã QR: cần ${needColumns} cột × ${needRows} dòng` +
    `${columns !== undefined && rows !== undefined ? `, đang có ${columns} × ${rows}` : ''}. ` +
    'Hãy phóng to cửa sổ hoặc thu nhỏ cỡ chữ (Ctrl và phím -) rồi chạy lại, hoặc mở đường dẫn:',
};
