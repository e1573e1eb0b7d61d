import { UserError } from '../errors.js';
import { similarNames, usageMessage } from './usage.js';
import { jsonPrinted, openOutput } from './output.js';
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
  /** The long options the command takes (`--json` …), for suggestions. */
  options?: readonly string[];
  /** `--json` was given: the error is also printed as a JSON object on stdout, for a script to read. */
  json?: boolean;
  color?: boolean;
}

/**
 * Prints `error` for a person (on stderr) and returns the exit code. Never prints a stack trace.
 * Under `--json` the same error is also one JSON object on stdout (unless the command printed its
 * own JSON already, as `import` does with its report): `{"error":{"message","hint","exitCode"}}`,
 * so a script reading stdout sees why it got no data.
 */
export async function reportError(error: unknown, context: ErrorContext = {}): Promise<number> {
  const lines: string[] = [];
  // json: stdout stays for data; every word of an error goes to stderr.
  const output = await openOutput({ json: true, color: context.color });
  const say = (print: (text: string) => void) => (text: string) => {
    lines.push(text);
    print(text);
  };
  const code = describe(error, context, { error: say(output.error), info: say(output.info), warn: say(output.warn) });
  if (context.json && code !== 0 && !jsonPrinted()) {
    const [message = '', ...hint] = lines;
    process.stdout.write(`${JSON.stringify({ error: { message, hint: hint.join('\n') || null, exitCode: code } }, null, 2)}\n`);
  }
  return code;
}

type Say = (text: string) => void;

function describe(error: unknown, context: ErrorContext, output: { error: Say; info: Say; warn: Say }): number {
  if (isCommanderError(error)) {
    // Help and version are "errors" only under exitOverride; bare `vssid-helper` printed help.
    if (error.exitCode === 0) return 0;
    if (error.code === 'commander.help') return EXIT_USAGE;
    output.error(usageMessage(error.code, error.message));
    const typed = /'([^']+)'/.exec(error.message)?.[1];
    const candidates =
      error.code === 'commander.unknownCommand' ? context.commands : error.code === 'commander.unknownOption' ? context.options : undefined;
    const similar = typed && candidates ? similarNames(typed, candidates) : [];
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
