/** Vietnamese text of the command-line shell: help headings and usage errors. */

export const HELP_TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Global Options:': 'Tùy chọn chung:',
  'Commands:': 'Các lệnh:',
  'Arguments:': 'Tham số:',
};

/** Commander's usage errors in Vietnamese; the English original is kept for what we don't know. */
export function usageMessage(code: string, original: string): string {
  const quoted = /'([^']+)'/.exec(original)?.[1] ?? '';
  switch (code) {
    case 'commander.unknownOption':
      return `Không có tùy chọn '${quoted}'.`;
    case 'commander.unknownCommand':
      return `Không có lệnh '${quoted}'.`;
    case 'commander.missingArgument':
      return `Thiếu tham số bắt buộc '${quoted}'.`;
    case 'commander.optionMissingArgument':
      return `Tùy chọn '${quoted}' cần một giá trị.`;
    case 'commander.excessArguments':
      return 'Thừa tham số.';
    case 'commander.invalidArgument':
      return `Giá trị không hợp lệ: ${original.replace(/^error: /, '')}`;
    default:
      return original.replace(/^error: /, '');
  }
}
