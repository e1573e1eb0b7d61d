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
    case 'commander.conflictingOption': {
      const [first = '', second = ''] = [...original.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      return `Không dùng được «${first}» cùng với «${second}»: chỉ chọn một.`;
    }
    case 'commander.missingArgument':
      return `Thiếu tham số bắt buộc «${quoted}».`;
    case 'commander.optionMissingArgument':
      return `Tùy chọn «${quoted}» cần một giá trị.`;
    case 'commander.excessArguments':
      return 'Thừa tham số.';
    case 'commander.invalidArgument':
      return invalidValue(original);
    default:
      return original.replace(/^error: /, '');
  }
}

/**
 * A value an option's rule refused: our rules say why in Vietnamese (the text after commander's
 * own sentence); commander's `.choices()` says it in English, so that is said again here.
 */
function invalidValue(original: string): string {
  const match = /^error: option '([^']+)' argument '(.*)' is invalid\. ?(.*)$/s.exec(original);
  if (match === null) return `Giá trị không hợp lệ: ${original.replace(/^error: /, '')}`;
  const [, flags = '', value = '', reason = ''] = match;
  const choices = /^Allowed choices are (.*)\.$/.exec(reason)?.[1];
  if (choices !== undefined) return `«${flags}» không nhận «${value}». Chọn một trong: ${choices}.`;
  return reason || `«${flags}» không nhận «${value}».`;
}

/** The closest command names to a mistyped one ("regster" → "register"), for "Có phải ý bạn là …?". */
export function similarNames(typed: string, names: readonly string[]): string[] {
  const wanted = typed.toLowerCase();
  return names.filter((name) => name.startsWith(wanted) || editDistance(wanted, name) <= Math.max(1, Math.floor(name.length / 4)));
}
