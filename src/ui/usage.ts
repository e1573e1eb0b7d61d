/** Commander's usage errors, in Vietnamese; loaded only when there is one. */
import { editDistance } from '../core/text.js';

/** Commander's usage errors in Vietnamese; the English original is kept for what we don't know. */
export function usageMessage(code: string, original: string): string {
  const quoted = /'([^']+)'/.exec(original)?.[1] ?? '';
  switch (code) {
    case 'commander.unknownOption':
      return `Không có tùy chọn «${quoted}».`;
    case 'commander.unknownCommand':
      return `Không có lệnh «${quoted}».`;
    case 'commander.missingMandatoryOptionValue':
      return `Thiếu tùy chọn bắt buộc «${quoted}».`;
    case 'commander.conflictingOption':
      return `Hai tùy chọn không dùng cùng nhau được: ${original.replace(/^error: /, '')}`;
    case 'commander.missingArgument':
      return `Thiếu tham số bắt buộc «${quoted}».`;
    case 'commander.optionMissingArgument':
      return `Tùy chọn «${quoted}» cần một giá trị.`;
    case 'commander.excessArguments':
      return 'Thừa tham số.';
    case 'commander.invalidArgument':
      return `Giá trị không hợp lệ: ${original.replace(/^error: /, '')}`;
    default:
      return original.replace(/^error: /, '');
  }
}

/** The closest command names to a mistyped one ("regster" → "register"), for "Có phải ý bạn là …?". */
export function similarNames(typed: string, names: readonly string[]): string[] {
  const wanted = typed.toLowerCase();
  return names.filter((name) => name.startsWith(wanted) || editDistance(wanted, name) <= Math.max(1, Math.floor(name.length / 4)));
}
