/**
 * A look at the data file that changes nothing and loads no conf: for `import --dry-run` and the
 * screens that only show text, which must leave no trace (opening the store creates its folder,
 * migrates an old file and moves a broken one aside) and should start fast.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StudentRecord } from '../core/record.js';
import { parseStoreText, type StoreData } from './schema.js';

const PROJECT = 'vssid-helper';

/**
 * The data file: VSSID_HELPER_HOME/data.json, else the per-user config folder env-paths gives
 * conf for "vssid-helper" with no "-nodejs" suffix (where conf keeps its file, so stores written by
 * earlier versions through conf are found). openStore() opens this folder, so the two always agree;
 * test/store/peek.test.ts also checks it against conf's own default.
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

export type PeekData =
  | { status: 'absent' }
  /** Checked and migrated in memory as openStore() would; broken records and profile values left out. */
  | { status: 'ok'; data: StoreData }
  /** Unreadable, or written by a newer version: openStore() would say so (and set a broken file aside). */
  | { status: 'unreadable'; path: string };

/** The saved data as openStore() would see it, without writing anything. */
export function peekData(env: NodeJS.ProcessEnv = process.env): PeekData {
  const file = storeFilePath(env);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'absent' };
    return { status: 'unreadable', path: file };
  }
  try {
    return { status: 'ok', data: parseStoreText(text).data };
  } catch {
    return { status: 'unreadable', path: file };
  }
}

export type Peek =
  | { status: 'absent' }
  | { status: 'ok'; records: StudentRecord[] }
  /** Unreadable, or written by a newer version: openStore() would say so (and set a broken file aside). */
  | { status: 'unreadable'; path: string };

/** The saved records as openStore() would see them, without writing anything. */
export function peekRecords(env: NodeJS.ProcessEnv = process.env): Peek {
  const peek = peekData(env);
  return peek.status === 'ok' ? { status: 'ok', records: peek.data.records } : peek;
}
