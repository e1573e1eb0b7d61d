import { readFile } from 'node:fs/promises';
import { parseRoster } from './parse.js';
import type { ParsedRoster } from './types.js';

/** The only I/O of the roster module: read the file's bytes, then parse them. */
export async function readRosterFile(path: string): Promise<ParsedRoster> {
  return parseRoster(await readFile(path));
}
