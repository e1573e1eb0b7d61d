import { UserError } from '../errors.js';
import { createOutput } from './output.js';
import { usageMessage } from './messages.js';

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

/** Prints `error` for a person and returns the exit code. Never prints a stack trace. */
export function reportError(error: unknown): number {
  // Everything here goes to stderr, so a piped stdout never holds half a message.
  const output = createOutput({ json: true });
  if (isCommanderError(error)) {
    // Help and version are "errors" only under exitOverride.
    if (error.exitCode === 0) return 0;
    output.error(usageMessage(error.code, error.message));
    output.info('Xem cách dùng: vssid-helper --help (hoặc vssid-helper <lệnh> --help).');
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
  const detail = error instanceof Error ? error.message : String(error);
  output.error(`Lỗi không mong đợi: ${detail}`);
  output.info('Dữ liệu đã lưu không bị mất. Nếu lỗi lặp lại, hãy chạy lại với VSSID_HELPER_DEBUG=1 và gửi kết quả cho người phát triển.');
  if (process.env.VSSID_HELPER_DEBUG && error instanceof Error) console.error(error.stack);
  return 1;
}
