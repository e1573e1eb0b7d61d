/**
 * One setting of the class profile read straight from the data file, for screens that only show
 * text (`troubleshoot 3`, `guide`): nothing created, migrated or moved, and a value of the wrong
 * type is ignored exactly as openStore() would ignore it. A file laid out as the store writes it
 * has its profile read alone (layout.ts), without parsing the students.
 */
import fs from 'node:fs';
import { parseProfile, readLayout } from './layout.js';
import { peekData, storeFilePath } from './peek.js';
import type { StoredProfile } from '../core/profile.js';
import { checkProfile } from '../core/profile.js';

/** The settings the monitor saved, as openStore() would see them; none when there is no readable file. */
export function peekStoredProfile(env: NodeJS.ProcessEnv = process.env): StoredProfile {
  let bytes: Buffer | undefined;
  try {
    bytes = fs.readFileSync(storeFilePath(env));
  } catch {
    bytes = undefined;
  }
  const layout = bytes && readLayout(bytes);
  if (bytes !== undefined && layout !== undefined) {
    const checked = checkProfile(parseProfile(bytes, layout));
    if (checked.bad === undefined) return checked.stored;
  }
  const peek = peekData(env);
  return peek.status === 'ok' ? peek.data.profile : {};
}

/** The wards the monitor added to the built-in list (`config add extraWards`), or none. */
export function peekExtraWards(env: NodeJS.ProcessEnv = process.env): string[] {
  const value = peekStoredProfile(env).extraWards;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The support address the monitor set, or undefined (no file, unreadable, not set). */
export function peekSupportEmail(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return supportEmailOf(peekStoredProfile(env));
}

/** The support address among saved settings, or undefined when the class set none. */
export function supportEmailOf(profile: StoredProfile): string | undefined {
  const value = profile.supportEmail;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
