/**
 * One setting of the class profile read straight from the data file, for screens that only show
 * text (`troubleshoot 3`): no conf, nothing created, migrated or moved, as peek.ts for records.
 */
import fs from 'node:fs';
import { storeFilePath } from './peek.js';

/** The support address the monitor set, or undefined (no file, unreadable, not set). */
export function peekSupportEmail(env: NodeJS.ProcessEnv = process.env): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(storeFilePath(env), 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const value = (data as { profile?: { supportEmail?: unknown } } | null)?.profile?.supportEmail;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
