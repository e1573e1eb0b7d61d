/**
 * Where commander writes help: straight to file descriptor 1 while stdout is not a terminal.
 * Node makes process.stdout on first use, and on a pipe that costs about 5 ms, a quarter of what
 * `--help` adds to Node's own start; help is one short write that needs none of the stream.
 */
import { fstatSync, writeSync } from 'node:fs';

/** Whether stdout may be a terminal (a character device: a console, or /dev/null); false for a pipe or a file. */
function mayBeTerminal(): boolean {
  try {
    return fstatSync(1).isCharacterDevice();
  } catch {
    return true;
  }
}

/** The help's width: the terminal's, or 80 (commander's own default) for a pipe or a file. */
export const helpWidth = (): number => (mayBeTerminal() && process.stdout.isTTY ? process.stdout.columns : 80);

export function writeHelp(text: string): void {
  if (mayBeTerminal()) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The reader left (`--help | head`): nothing more to say.
    if (code === 'EPIPE') return;
    // A descriptor left non-blocking by the parent: the stream waits for room instead.
    if (code === 'EAGAIN') process.stdout.write(bytes.subarray(written));
    else throw error;
  }
}
