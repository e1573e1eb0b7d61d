import { Chalk, type ChalkInstance } from 'chalk';
import { jsonChunks } from './json.js';

export type Colors = ChalkInstance;

/**
 * Colours through chalk (the design card's choice). Whether to colour is decided here, by
 * colorEnabled, not by chalk's own terminal detection: basic colours (level 1) or none at all.
 * chalk is loaded with the command's context, never for `--help` (test/e2e/startup.test.ts).
 */
export const createColors = (enabled: boolean): Colors => new Chalk({ level: enabled ? 1 : 0 });

/**
 * Everything a command prints goes through here, so `--json`, `--no-color` and tests can
 * swap or silence it. Human text goes to stdout, notices to stderr: piping `--json` stays clean.
 */
export interface Output {
  readonly json: boolean;
  readonly colors: Colors;
  /** Terminal width for wrapping, 80 when unknown (pipes, CI). */
  readonly width: number;
  line(text?: string): void;
  info(text: string): void;
  success(text: string): void;
  warn(text: string): void;
  error(text: string): void;
  printJson(data: unknown): void;
}

export interface OutputOptions {
  json?: boolean;
  color?: boolean;
  stdout?: NodeJS.WritableStream & { columns?: number };
  stderr?: NodeJS.WritableStream;
}

/** Colour for one stream: `export > f.csv` keeps coloured errors, `cmd 2>log` a clean log. */
export function colorEnabled(
  requested: boolean | undefined,
  stream: { isTTY?: boolean } = process.stdout,
  env = process.env,
): boolean {
  if (requested === false || 'NO_COLOR' in env) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

export function createOutput(options: OutputOptions = {}): Output {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const colors = createColors(colorEnabled(options.color, stdout as { isTTY?: boolean }));
  const errorColors = createColors(colorEnabled(options.color, stderr as { isTTY?: boolean }));
  const write = feeder(stdout);
  const out = (text: string) => write([`${text}\n`]);
  const err = (text: string) => void stderr.write(`${text}\n`);
  return {
    json: options.json === true,
    colors,
    width: Math.max(40, Math.min((stdout as { columns?: number }).columns ?? 80, 100)),
    line: (text = '') => out(text),
    info: (text) => (options.json ? err(text) : out(text)),
    success: (text) => (options.json ? err(errorColors.green(`✔ ${text}`)) : out(colors.green(`✔ ${text}`))),
    warn: (text) => err(errorColors.yellow(`⚠ ${text}`)),
    error: (text) => err(errorColors.red(`✖ ${text}`)),
    printJson: (data) => write(jsonChunks(data)),
  };
}

/**
 * Writes to `stream` in order, waiting for 'drain' when it is full: a big `--json` report piped
 * to a slow reader is held a chunk at a time, not queued whole in memory. The process stays
 * alive until the last chunk is written, since a pending write keeps Node's event loop running.
 */
function feeder(stream: NodeJS.WritableStream): (chunks: Iterable<string>) => void {
  const queue: Iterator<string>[] = [];
  const pump = () => {
    while (queue.length > 0) {
      const next = (queue[0] as Iterator<string>).next();
      if (next.done === true) {
        queue.shift();
        continue;
      }
      // Only an explicit false means "full": test doubles often return nothing.
      if (stream.write(next.value) === false && typeof stream.once === 'function') {
        stream.once('drain', pump);
        return;
      }
    }
  };
  return (chunks) => {
    queue.push(chunks[Symbol.iterator]());
    if (queue.length === 1) pump();
  };
}
