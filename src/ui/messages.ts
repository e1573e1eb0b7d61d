/** Vietnamese headings for commander's help. */

export const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Các lệnh:',
  'Arguments:': 'Tham số:',
};
