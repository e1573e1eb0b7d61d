import { UserError } from './errors.js';
import { createOutput, type Output } from './ui/output.js';

/** What a command's action gets from the shell: nothing else is global. */
export interface CommandContext {
  output: Output;
  /** Both stdin and stdout are terminals, and stdout is not for --json: prompts can be shown. */
  interactive: boolean;
  /** When the command started. */
  now: Date;
  /** The time now, for what a long interactive session records as it goes. */
  clock: () => Date;
  env: NodeJS.ProcessEnv;
}

export interface GlobalOptions {
  json?: boolean;
  color?: boolean;
}

export function createContext(globals: GlobalOptions): CommandContext {
  const pinned = pinnedTime(process.env);
  return {
    output: createOutput({ json: globals.json, color: globals.color }),
    // With --json, stdout carries only the data: no prompt may write there, so none is shown.
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true && globals.json !== true,
    now: pinned ?? new Date(),
    clock: () => pinned ?? new Date(),
    env: process.env,
  };
}

/**
 * VSSID_HELPER_NOW pins "now" for demos and tests of the board (a class moved through Tết needs
 * a fixed date). ISO 8601; a time without a zone is Vietnam's clock, like `status --at`.
 */
function pinnedTime(env: NodeJS.ProcessEnv): Date | undefined {
  const pinned = env.VSSID_HELPER_NOW?.trim();
  if (!pinned) return undefined;
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?$/.exec(pinned);
  const zoned = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(pinned);
  const ms = local ? Date.parse(`${local[1]}T${local[2] ?? '00:00'}+07:00`) : zoned ? Date.parse(pinned) : NaN;
  if (Number.isNaN(ms)) {
    throw new UserError(`Biến môi trường VSSID_HELPER_NOW='${pinned}' không phải là thời điểm hợp lệ.`, {
      hint: 'Ghi theo dạng 2026-03-02T09:30 (giờ Việt Nam) hoặc ISO 8601 có múi giờ, hoặc bỏ biến này để dùng giờ của máy.',
    });
  }
  return new Date(ms);
}
