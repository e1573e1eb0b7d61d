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
  const detail = error instanceof Error ? error.message : String(error);
  output.error(`Lỗi không mong đợi: ${detail}`);
  output.info('Dữ liệu đã lưu không bị mất. Nếu lỗi lặp lại, hãy chạy lại với VSSID_HELPER_DEBUG=1 và gửi kết quả cho người phát triển.');
  if (process.env.VSSID_HELPER_DEBUG && error instanceof Error) console.error(error.stack);
  return 1;
}
