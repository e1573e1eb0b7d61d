import { buildProgram } from './cli.js';
import { CLI } from './invocation.js';

// `vssid-helper guide | head`: the reader left; stop quietly instead of printing a stack trace.
// Set on each stream when Node makes it (on first use), not here: making stdout and stderr costs
// every command a few milliseconds, and `--help` or a command that prints no notice needs neither.
for (const name of ['stdout', 'stderr'] as const) {
  const made = Object.getOwnPropertyDescriptor(process, name);
  if (made?.get === undefined || made.configurable !== true) {
    quietOnClosedPipe(process[name]);
    continue;
  }
  const make = made.get;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: made.enumerable === true,
    get() {
      const stream = make.call(process) as NodeJS.WriteStream;
      Object.defineProperty(process, name, { configurable: true, enumerable: made.enumerable === true, value: stream, writable: true });
      quietOnClosedPipe(stream);
      return stream;
    },
  });
}

function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const program = buildProgram();
const names = program.commands.map((command) => command.name());
const args = process.argv.slice(2);

/** The one place that turns errors into messages and exit codes. */
async function main(): Promise<void> {
  try {
    // Commander answers `help <unknown>` with the general help and an internal error.
    if (args[0] === 'help' && args[1] !== undefined && !names.includes(args[1])) {
      const { UserError } = await import('./errors.js');
      throw new UserError(`Không có lệnh «${args[1]}».`, { exitCode: 2, hint: `Xem các lệnh: ${CLI} --help` });
    }
    await program.parseAsync(process.argv);
  } catch (error) {
    // Help and version end as commander "errors" under exitOverride: nothing more to print or load.
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version') return;
    const { reportError } = await import('./ui/handle-error.js');
    const command = args.find((arg) => names.includes(arg));
    const sub = program.commands.find((c) => c.name() === command);
    // The long flags the typed command takes, and the global ones, for "--jsn" → "--json".
    const options = [...(sub?.options ?? []), ...program.options].flatMap((option) => (option.long ? [option.long] : []));
    process.exitCode = await reportError(error, {
      ...(command === undefined ? {} : { command }),
      commands: names,
      options,
      color: !args.includes('--no-color'),
      json: args.includes('--json'),
    });
  }
}

// Not a top-level await: this entry is built as CommonJS, which starts faster (scripts/build.mjs).
void main();
