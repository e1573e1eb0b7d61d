import { buildProgram } from './cli.js';

/** The one place that turns errors into messages and exit codes. */
try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  const { reportError } = await import('./ui/handle-error.js');
  process.exitCode = reportError(error);
}
