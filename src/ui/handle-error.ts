import { UserError } from '../errors.js';
import { similarNames, usageMessage } from './usage.js';
import { createOutput, jsonPrinted } from './output.js';
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
export function reportError(error: unknown, context: ErrorContext = {}): number {
  const lines: string[] = [];
  const output = createOutput({ json: true, color: context.color });
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
  const detail = error instanceof Error ? error.message : String(error);
  output.error(`Lỗi không mong đợi: ${detail}`);
  output.info('Dữ liệu đã lưu không bị mất. Nếu lỗi lặp lại, hãy chạy lại với VSSID_HELPER_DEBUG=1 và gửi kết quả cho người phát triển.');
  if (process.env.VSSID_HELPER_DEBUG && error instanceof Error) console.error(error.stack);
  return 1;
}
