import { UserError } from '../errors.js';
import { similarNames, usageMessage } from './usage.js';
import { openOutput } from './output.js';
import { CLI } from '../invocation.js';

export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

interface CommanderLike {
  code: string;
  exitCode: number;
  message: string;
}

function isCommanderError(error: unknown): error is CommanderLike {
  const code = (error as Partial<CommanderLike> | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('commander.');
}

export interface ErrorContext {
  /** The command that was running, when one was named. */
  command?: string;
  /** Every command's name, for suggestions. */
  commands?: readonly string[];
  color?: boolean;
}

/** Prints `error` for a person and returns the exit code. Never prints a stack trace. */
export async function reportError(error: unknown, context: ErrorContext = {}): Promise<number> {
  // json: stdout stays for data; every word of an error goes to stderr.
  const output = await openOutput({ json: true, color: context.color });
  if (isCommanderError(error)) {
    // Help and version are "errors" only under exitOverride; bare `vssid-helper` printed help.
    if (error.exitCode === 0) return 0;
    if (error.code === 'commander.help') return EXIT_USAGE;
    output.error(usageMessage(error.code, error.message));
    const typed = /'([^']+)'/.exec(error.message)?.[1];
    const similar = error.code === 'commander.unknownCommand' && typed ? similarNames(typed, context.commands ?? []) : [];
    if (similar.length > 0) output.info(`Có phải ý bạn là: ${similar.join(', ')}?`);
    output.info(`Xem cách dùng: ${CLI} ${context.command ? `${context.command} ` : ''}--help`);
    return EXIT_USAGE;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') {
    output.warn('Đã dừng theo yêu cầu (Ctrl+C).');
    return EXIT_INTERRUPTED;
  }
  if (error instanceof UserError) {
    output.error(error.message);
    if (error.hint) output.info(error.hint);
    return error.exitCode;
  }
  const system = systemErrorMessage(error);
  if (system !== undefined) {
    output.error(system.message);
    output.info(system.hint);
    if (process.env.VSSID_HELPER_DEBUG && error instanceof Error) console.error(error.stack);
    return 1;
  }
  const detail = error instanceof Error ? error.message : String(error);
  output.error(`Lỗi không mong đợi: ${detail}`);
  output.info('Dữ liệu đã lưu không bị mất. Nếu lỗi lặp lại, hãy chạy lại với VSSID_HELPER_DEBUG=1 và gửi kết quả cho người phát triển.');
  if (process.env.VSSID_HELPER_DEBUG && error instanceof Error) console.error(error.stack);
  return 1;
}

/**
 * The errors of the system rather than of the program, said in Vietnamese: too much data for
 * memory or the stack, and file errors that reached here without a message of their own.
 */
export function systemErrorMessage(error: unknown): { message: string; hint: string } | undefined {
  if (!(error instanceof Error)) return undefined;
  const code = (error as NodeJS.ErrnoException).code;
  const where = (error as NodeJS.ErrnoException).path;
  const file = where ? ` (${where})` : '';
  if (error instanceof RangeError && /call stack|string longer|Invalid string length|Array buffer allocation|Invalid array length/i.test(error.message)) {
    return {
      message: 'Dữ liệu quá lớn để chương trình xử lý trong một lần; không có gì thay đổi.',
      hint: 'Hãy kiểm tra tệp dữ liệu hoặc tệp danh sách (có thể bị ghi nhầm, lặp lại rất nhiều lần), hoặc chia nhỏ rồi làm từng phần.',
    };
  }
  switch (code) {
    case 'ENOENT':
      return { message: `Không tìm thấy tệp hoặc thư mục${file}.`, hint: 'Kiểm tra lại đường dẫn rồi chạy lại.' };
    case 'ENAMETOOLONG':
      return { message: `Tên tệp hoặc đường dẫn quá dài${file}.`, hint: 'Hãy dùng tên ngắn hơn hoặc một thư mục gần gốc ổ đĩa hơn.' };
    case 'ENOTDIR':
      return { message: `Một phần của đường dẫn là tệp chứ không phải thư mục${file}.`, hint: 'Kiểm tra lại đường dẫn rồi chạy lại.' };
    case 'EISDIR':
      return { message: `Đây là một thư mục, không phải tệp${file}.`, hint: 'Hãy ghi kèm tên tệp.' };
    case 'EACCES':
    case 'EPERM':
      return { message: `Không có quyền đọc hoặc ghi${file}.`, hint: 'Kiểm tra quyền của tệp và thư mục, hoặc chọn chỗ khác.' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { message: `Ổ đĩa đã đầy${file}; thay đổi chưa được lưu.`, hint: 'Hãy giải phóng dung lượng rồi chạy lại.' };
    case 'EIO':
      return { message: `Ổ đĩa báo lỗi khi đọc hoặc ghi${file}; thay đổi chưa được lưu.`, hint: 'Hãy kiểm tra ổ đĩa (hoặc USB) rồi chạy lại.' };
    case 'EROFS':
      return { message: `Ổ đĩa chỉ cho phép đọc${file}.`, hint: 'Hãy chọn một thư mục ghi được.' };
    case 'ELOOP':
      return { message: `Đường dẫn có liên kết vòng${file}.`, hint: 'Kiểm tra lại các liên kết (symlink) trong đường dẫn.' };
    case 'EMFILE':
    case 'ENFILE':
    case 'ENOMEM':
      return { message: 'Hệ thống đang thiếu tài nguyên (bộ nhớ hoặc số tệp được mở).', hint: 'Hãy đóng bớt chương trình khác rồi chạy lại.' };
    case 'EBUSY':
      return { message: `Tệp đang bị chương trình khác giữ${file}.`, hint: 'Hãy đóng tệp (ví dụ trong Excel) rồi chạy lại.' };
    default:
      return undefined;
  }
}
