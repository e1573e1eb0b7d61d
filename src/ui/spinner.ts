/**
 * A spinner (ora, the design card's choice) on stderr for work that can really take long: a
 * large import, a big workbook, writing a report. Never over instant work: it appears only once
 * the work has lasted `delayMs`, and ora is loaded only then. Never on a pipe or a file, never
 * under --json (the caller passes `enabled: !output.json`), never on a dumb terminal.
 */
export interface SpinnerOptions {
  enabled: boolean;
  /**
   * How long the work must last before the spinner shows (default 300 ms). Work that blocks the
   * event loop (parsing a big file) gives no timer a chance: pass 0 when its size already says
   * it will be long, and the spinner is drawn before it starts.
   */
  delayMs?: number;
  /** With colours off (NO_COLOR, --no-color) the spinner is drawn without them. */
  color?: boolean;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

export async function withSpinner<T>(label: string, work: () => Promise<T> | T, options: SpinnerOptions): Promise<T> {
  const stream = options.stream ?? process.stderr;
  const env = options.env ?? process.env;
  if (!options.enabled || stream.isTTY !== true || env.TERM === 'dumb') return work();
  let spinner: { stop(): void } | undefined;
  let finished = false;
  const show = async () => {
    const { default: ora } = await import('ora');
    if (finished) return;
    spinner = ora({ text: label, stream, discardStdin: false, ...(options.color === false ? { color: false } : {}) }).start();
  };
  const delay = options.delayMs ?? 300;
  let timer: NodeJS.Timeout | undefined;
  if (delay <= 0) await show();
  else timer = setTimeout(() => void show(), delay);
  try {
    return await work();
  } finally {
    finished = true;
    clearTimeout(timer);
    spinner?.stop();
  }
}
