/**
 * A look at the saved records that changes nothing and loads no conf: for `import --dry-run`,
 * which must leave no trace (opening the store creates its folder, migrates an old file and moves
 * a broken one aside) and should start fast.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StudentRecord } from '../core/record.js';
import { upgrade } from './schema.js';

const PROJECT = 'vssid-helper';

/**
 * The data file openStore() uses: VSSID_HELPER_HOME/data.json, else conf's default place
 * (env-paths' config folder for "vssid-helper", file.ts setting no "-nodejs" suffix);
 * test/store/peek.test.ts keeps the two equal.
 */
export function storeFilePath(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = env.VSSID_HELPER_HOME || undefined;
  if (home !== undefined) return path.resolve(home, 'data.json');
  const name = PROJECT;
  const user = os.homedir();
  let folder: string;
  if (platform === 'darwin') folder = path.join(user, 'Library', 'Preferences', name);
  else if (platform === 'win32') folder = path.join(env.APPDATA || path.join(user, 'AppData', 'Roaming'), name, 'Config');
  else folder = path.join(env.XDG_CONFIG_HOME || path.join(user, '.config'), name);
  return path.resolve(folder, 'data.json');
}

export type Peek =
  | { status: 'absent' }
  | { status: 'ok'; records: StudentRecord[] }
  /** Unreadable, or written by a newer version: openStore() would say so (and set a broken file aside). */
  | { status: 'unreadable'; path: string };

/** The saved records as openStore() would see them, without writing anything. */
export function peekRecords(env: NodeJS.ProcessEnv = process.env): Peek {
  const file = storeFilePath(env);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
    return { status: 'unreadable', path: file };
  }
  try {
    return { status: 'ok', records: upgrade(JSON.parse(text.replace(/^\uFEFF/, ''))).data.records };
  } catch {
    return { status: 'unreadable', path: file };
  }
}
