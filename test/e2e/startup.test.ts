import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** esbuild's metafile of the last build: outputs, their inputs and their imports. */
interface Meta {
  outputs: Record<string, {
    inputs: Record<string, unknown>;
    imports: { path: string; kind: string }[];
    entryPoint?: string;
  }>;
}

const meta = JSON.parse(readFileSync(new URL('../../build-meta.json', import.meta.url), 'utf8')) as Meta;

/** Every source file loaded, without a dynamic import(), once `output` is loaded. */
function staticallyLoaded(output: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path, kind } of meta.outputs[file]?.imports ?? []) if (kind === 'import-statement') visit(path);
  };
  visit(output);
  return [...seen].flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
}

const outputOf = (source: string): string => {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === source || source in o.inputs);
  if (!found) throw new Error(`no output holds ${source}`);
  return found[0];
};

// conf is no longer bundled: the store writes its conf-format file through src/store/atomic-write.ts.
const HEAVY = ['node_modules/@inquirer/', 'node_modules/zod/', 'node_modules/libphonenumber-js/', 'node_modules/csv-parse/'];

describe('start-up stays light', () => {
  it('the heavy libraries are in the build, so the check below can fail', () => {
    const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    for (const lib of HEAVY) expect(all.some((input) => input.includes(lib))).toBe(true);
  });

  it('--help loads no prompt, storage, validation or CSV library', () => {
    const loaded = staticallyLoaded(outputOf('src/main.ts'));
    expect(loaded.filter((input) => HEAVY.some((lib) => input.includes(lib)))).toEqual([]);
  });

  it('troubleshoot <n> and guide load none of them either', () => {
    for (const command of ['src/commands/troubleshoot.ts', 'src/commands/guide.ts', 'src/commands/install.ts']) {
      const loaded = staticallyLoaded(outputOf(command));
      expect(loaded.filter((input) => HEAVY.some((lib) => input.includes(lib)))).toEqual([]);
    }
  });
});
