import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

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
  const colors = pc.createColors(colorEnabled(options.color, stdout as { isTTY?: boolean }));
  const errorColors = pc.createColors(colorEnabled(options.color, stderr as { isTTY?: boolean }));
  const out = (text: string) => void stdout.write(`${text}\n`);
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
    printJson: (data) => {
      markJsonPrinted();
      out(JSON.stringify(data, null, 2));
    },
  };
}

// On globalThis, not in a module variable: the entry and the lazily loaded commands are separate bundles.
const JSON_PRINTED = Symbol.for('vssid-helper.jsonPrinted');
const markJsonPrinted = (): void => {
  (globalThis as Record<symbol, unknown>)[JSON_PRINTED] = true;
};

/** Whether a command already wrote its JSON on stdout (then an error adds no second JSON object). */
export const jsonPrinted = (): boolean => (globalThis as Record<symbol, unknown>)[JSON_PRINTED] === true;
