import { buildProgram } from './cli.js';

// `vssid-helper guide | head`: the reader left; stop quietly instead of printing a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

/** The one place that turns errors into messages and exit codes. */
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  const { reportError } = await import('./ui/handle-error.js');
  process.exitCode = reportError(error);
}
