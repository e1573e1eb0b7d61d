import { createOutput, type Output } from './ui/output.js';

/** What a command's action gets from the shell: nothing else is global. */
export interface CommandContext {
  output: Output;
  /** Both stdin and stdout are terminals: prompts can be shown. */
  interactive: boolean;
  now: Date;
  env: NodeJS.ProcessEnv;
}

export interface GlobalOptions {
  json?: boolean;
  color?: boolean;
}

export function createContext(globals: GlobalOptions): CommandContext {
  return {
    output: createOutput({ json: globals.json, color: globals.color }),
    interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
    now: new Date(),
    env: process.env,
  };
}
