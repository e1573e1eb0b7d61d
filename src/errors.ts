/**
 * Errors a user can act on. Thrown anywhere, printed and turned into an exit code only in
 * main.ts, so commands never call process.exit themselves.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  readonly hint: string | undefined;
  readonly exitCode: number;

  constructor(message: string, options: { hint?: string; exitCode?: number } = {}) {
    super(message);
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A command needs a prompt, but stdin/stdout is not a terminal. */
export class NoTerminalError extends UserError {
  constructor(flags: readonly string[]) {
    super('Lệnh này cần hỏi thêm nhưng không chạy trong một terminal tương tác.', {
      hint:
        flags.length > 0
          ? `Hãy chạy trong terminal, hoặc truyền các tham số: ${flags.join(' ')}`
          : 'Hãy chạy lại lệnh trong một cửa sổ terminal.',
    });
  }
}

/** Options or arguments that don't go together: wrong usage, exit 2 like commander's own. */
export class UsageError extends UserError {
  override readonly name: string = 'UsageError';

  constructor(message: string, options: { hint?: string } = {}) {
    super(message, { ...options, exitCode: 2 });
  }
}
