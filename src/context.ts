import { openOutput, type Output } from './ui/output.js';

// Loaded by every command before its own code: keep its imports light.

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

export async function createContext(globals: GlobalOptions): Promise<CommandContext> {
  // Loaded only when set: every command's start-up would otherwise pay for the time reader.
  const pinned = process.env.VSSID_HELPER_NOW?.trim()
    ? (await import('./pinned-time.js')).pinnedTime(process.env)
    : undefined;
  return {
    output: await openOutput({ json: globals.json, color: globals.color }),
    // With --json, stdout carries only the data: no prompt may write there, so none is shown.
    // Asked when needed: opening stdin costs a quick answer (`troubleshoot 5`) its start-up.
    get interactive() {
      return process.stdin.isTTY === true && process.stdout.isTTY === true && globals.json !== true;
    },
    now: pinned ?? new Date(),
    clock: () => pinned ?? new Date(),
    env: process.env,
  };
}
