/**
 * The system clipboard, through clipboardy (PowerShell on Windows, pbcopy on macOS, xsel or
 * wl-copy on Linux), loaded only by the command that copies. A clipboard that cannot be
 * reached (no display, an SSH session, no xsel) is reported, never thrown: the caller then
 * shows the value large instead. What this module put on the clipboard is wiped when it is
 * done, and also if the process ends any other way while a value is still there.
 */

/** Why the clipboard is not used; undefined when it is. */
export type NoClipboardReason = 'disabled' | 'no-display' | 'failed';

export interface Clipboard {
  readonly reason: NoClipboardReason | undefined;
  /** Puts `text` on the clipboard; false (and reason set) when that failed. */
  write(text: string): Promise<boolean>;
  /** Empties the clipboard if this module put something there. */
  clear(): Promise<void>;
  /** clear(), for the last time. */
  close(): Promise<void>;
}

/** How long a copy may take before the clipboard counts as unreachable (an X server that does not answer). */
const WRITE_TIMEOUT_MS = 3000;

/**
 * A Linux or BSD session with no graphical display (a server, SSH without X forwarding): there
 * is no clipboard to reach, so nothing is tried. Windows, macOS and WSL always have one.
 */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (platform === 'win32' || platform === 'darwin' || platform === 'android') return true;
  if (env.WSL_DISTRO_NAME) return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The terminal closed, or the process was asked to stop (Ctrl+C comes as a key in raw mode, not as SIGINT). */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGHUP', 'SIGTERM'];

export type Backend = { write(text: string): Promise<void>; writeSync(text: string): void };

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });

export async function openClipboard(options: { disabled: boolean; env: NodeJS.ProcessEnv; backend?: Backend }): Promise<Clipboard> {
  let reason: NoClipboardReason | undefined = options.disabled ? 'disabled' : hasDisplay(options.env) ? undefined : 'no-display';
  let backend: Backend | undefined = options.backend;
  if (reason === undefined && backend === undefined) {
    try {
      backend = (await import('clipboardy')).default;
    } catch {
      reason = 'failed';
    }
  }
  let holding = false;
  // Any other way out (an uncaught error, a closed terminal): the value does not outlive the process.
  const wipeNow = () => {
    if (!holding || backend === undefined) return;
    holding = false;
    try {
      backend.writeSync('');
    } catch {
      // Nothing more can be done while exiting.
    }
  };
  // A signal ends the process without 'exit': wipe, then let the signal do what it would have done.
  const onSignal = (signal: NodeJS.Signals) => {
    wipeNow();
    process.kill(process.pid, signal);
  };
  process.once('exit', wipeNow);
  for (const signal of SIGNALS) process.once(signal, onSignal);
  const clear = async () => {
    if (!holding || backend === undefined) return;
    holding = false;
    try {
      await withTimeout(backend.write(''), WRITE_TIMEOUT_MS);
    } catch {
      // The clipboard went away meanwhile: there is nothing left in it to clear.
    }
  };
  return {
    get reason() {
      return reason;
    },
    async write(text) {
      if (reason !== undefined || backend === undefined) return false;
      try {
        holding = true;
        await withTimeout(backend.write(text), WRITE_TIMEOUT_MS);
        return true;
      } catch {
        reason = 'failed';
        return false;
      }
    },
    clear,
    async close() {
      await clear();
      process.removeListener('exit', wipeNow);
      for (const signal of SIGNALS) process.removeListener(signal, onSignal);
    },
  };
}
