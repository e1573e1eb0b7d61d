/**
 * One setting of the class profile read straight from the data file, for screens that only show
 * text (`troubleshoot 3`, `guide`): through peekData, so no conf, nothing created, migrated or
 * moved, and a value of the wrong type is ignored exactly as openStore() would ignore it.
 */
import { peekData } from './peek.js';

/** The wards the monitor added to the built-in list (`config add extraWards`), or none. */
export function peekExtraWards(env: NodeJS.ProcessEnv = process.env): string[] {
  const peek = peekData(env);
  if (peek.status !== 'ok') return [];
  const value = peek.data.profile.extraWards;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The support address the monitor set, or undefined (no file, unreadable, not set). */
export function peekSupportEmail(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const peek = peekData(env);
  if (peek.status !== 'ok') return undefined;
  const value = peek.data.profile.supportEmail;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
