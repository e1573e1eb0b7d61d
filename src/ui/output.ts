import type { Chalk } from 'chalk';
import { jsonChunks } from './json.js';
import { escapeJsonText, terminalSafe } from './sanitize.js';
import { fitLines } from './wrap.js';

type Paint = (text: string) => string;

/** The styles the CLI uses; `level` 0 means no escape codes at all. */
export interface Colors {
  readonly level: number;
  bold: Paint;
  cyan: Paint;
  dim: Paint;
  green: Paint;
  magenta: Paint;
  red: Paint;
  underline: Paint;
  yellow: Paint;
}

type Style = Exclude<keyof Colors, 'level'>;

const same: Paint = (text) => text;
const PLAIN: Colors = { level: 0, bold: same, cyan: same, dim: same, green: same, magenta: same, red: same, underline: same, yellow: same };

/**
 * Colours through chalk (the design card's choice) when `chalk` is given, else none. Whether to
 * colour is decided by colorEnabled, not by chalk's own detection: basic colours (level 1) or none.
 */
export const createColors = (enabled: boolean, chalk?: typeof Chalk): Colors =>
  enabled && chalk !== undefined ? new chalk({ level: 1 }) : PLAIN;

/**
 * Everything a command prints goes through here, so `--json`, `--no-color` and tests can
 * swap or silence it. Human text goes to stdout, notices to stderr: piping `--json` stays clean.
 */
export interface Output {
  readonly json: boolean;
  readonly colors: Colors;
  /** Terminal width for wrapping, 80 when unknown (pipes, CI). */
  readonly width: number;
  /** The terminal's rows when stdout is one; undefined on a pipe or a file (whose reader wants everything). */
  readonly height?: number | undefined;
  line(text?: string): void;
  info(text: string): void;
  success(text: string): void;
  warn(text: string): void;
  error(text: string): void;
  printJson(data: unknown): void;
  /**
   * Runs `render` (synchronous) with its stdout lines gathered and written at once at the end: a
   * board of thousands of lines is one write, not one system call a line. A notice on stderr
   * meanwhile first writes what was gathered, so the order on a terminal stays the same.
   */
  batch(render: () => void): void;
}

export interface OutputOptions {
  json?: boolean;
  color?: boolean;
  stdout?: NodeJS.WritableStream & { columns?: number; rows?: number; isTTY?: boolean };
  stderr?: NodeJS.WritableStream;
  /** chalk's constructor, from openOutput; without it nothing is coloured. */
  chalk?: typeof Chalk;
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

/**
 * createOutput, with chalk imported first only when stdout or stderr will be coloured: a pipe, a
 * file, NO_COLOR or --no-color never pay for it, and `--help` loads none of this.
 */
export async function openOutput(options: Omit<OutputOptions, 'chalk'> = {}): Promise<Output> {
  // Short-circuits: with NO_COLOR or --no-color stderr is not even opened (start-up, see below).
  const colored =
    options.color !== false &&
    !('NO_COLOR' in process.env) &&
    (colorEnabled(options.color, (options.stdout ?? process.stdout) as { isTTY?: boolean }) ||
      colorEnabled(options.color, (options.stderr ?? process.stderr) as { isTTY?: boolean }));
  return createOutput({ ...options, ...(colored ? { chalk: (await import('chalk')).Chalk } : {}) });
}

export function createOutput(options: OutputOptions = {}): Output {
  const stdout = options.stdout ?? process.stdout;
  const colors = createColors(colorEnabled(options.color, stdout as { isTTY?: boolean }), options.chalk);
  // stderr is opened on first use: a command that prints no notice does not pay for it.
  let errorSide: { stream: NodeJS.WritableStream; colors: Colors } | undefined;
  const stderr = () => {
    if (errorSide === undefined) {
      const stream = options.stderr ?? process.stderr;
      errorSide = { stream, colors: createColors(colorEnabled(options.color, stream as { isTTY?: boolean }), options.chalk) };
    }
    return errorSide;
  };
  const write = feeder(stdout);
  const width = Math.max(40, Math.min((stdout as { columns?: number }).columns ?? 80, 100));
  /** Lines of a batch not written yet. */
  let gathered: string[] | undefined;
  const flush = () => {
    if (gathered === undefined || gathered.length === 0) return;
    write([gathered.join('')]);
    gathered = [];
  };
  // Names, streets, headers and quoted values come from rosters and the store: never control codes
  // to the terminal (sanitize.ts); our own colours are kept where colour is on.
  const out = (text: string) => {
    const line = `${terminalSafe(fitLines(text, width), colors.level > 0)}\n`;
    if (gathered === undefined) write([line]);
    else gathered.push(line);
  };
  const err = (text: string, style?: Style, hang = '') => {
    flush();
    const { stream, colors: errorColors } = stderr();
    const fitted = fitLines(text, width, hang);
    const painted = style === undefined ? fitted : errorColors[style](fitted);
    stream.write(`${terminalSafe(painted, errorColors.level > 0)}\n`);
  };
  return {
    json: options.json === true,
    colors,
    width,
    height: (stdout as { isTTY?: boolean }).isTTY === true ? (stdout as { rows?: number }).rows : undefined,
    line: (text = '') => out(text),
    info: (text) => (options.json ? err(text) : out(text)),
    success: (text) => (options.json ? err(`✔ ${text}`, 'green', '  ') : out(colors.green(fitLines(`✔ ${text}`, width, '  ')))),
    warn: (text) => err(`⚠ ${text}`, 'yellow', '  '),
    error: (text) => err(`✖ ${text}`, 'red', '  '),
    printJson: (data) => {
      markJsonPrinted();
      flush();
      write(mapChunks(jsonChunks(data), escapeJsonText));
    },
    batch: (render) => {
      // Nested: the outer batch writes everything.
      if (gathered !== undefined) return render();
      gathered = [];
      try {
        render();
      } finally {
        flush();
        gathered = undefined;
      }
    },
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

/** Each chunk through `change` (escapeJsonText works character by character, so chunks are safe). */
function* mapChunks(chunks: Iterable<string>, change: (chunk: string) => string): Generator<string, void, undefined> {
  for (const chunk of chunks) yield change(chunk);
}

let printedJson = false;
const markJsonPrinted = (): void => {
  printedJson = true;
};

/** Whether a command already wrote its JSON on stdout (then an error adds no second JSON object). */
export const jsonPrinted = (): boolean => printedJson;
