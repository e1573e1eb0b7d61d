/**
 * How the person started the tool, so every command it prints runs as printed: after the
 * README's `npx vssid-helper …` there is no `vssid-helper` on the PATH ("command not found").
 * npx (npm 7+) runs the bin with npm_command=exec and npm_lifecycle_event=npx, from a folder
 * under the npm cache's `_npx`; a project's own copy runs from node_modules/.bin. Either way the
 * command to type again is `npx vssid-helper`. A global install (or `npm link`) is `vssid-helper`.
 */
export function startedThroughNpx(env: NodeJS.ProcessEnv, script: string | undefined): boolean {
  if (env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx') return true;
  const path = (script ?? '').replace(/\\/g, '/');
  return path.includes('/_npx/') || path.includes('/node_modules/.bin/');
}

/** The program as the person types it: `npx vssid-helper` or `vssid-helper`. */
export const CLI = startedThroughNpx(process.env, process.argv[1]) ? 'npx vssid-helper' : 'vssid-helper';

/** A command line to print: command('register --resume k3f9q2') → 'npx vssid-helper register --resume k3f9q2'. */
export const command = (args: string): string => `${CLI} ${args}`;
