/**
 * What the store does with what it cannot use: a file of no known shape is moved aside whole,
 * records and settings that do not fit are written beside the file before it loses them. Both
 * keep the owner-only mode of the store: they hold the same personal data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { storeMessages } from './messages.js';
import type { Rejected } from './schema.js';

const stampOf = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

/** Writes what the schema rejected to `data.rejected-<time>.json` beside the file (owner-only). */
export function setAside(file: string, rejected: Rejected, now: Date): string {
  const { dir, name, ext } = path.parse(file);
  const content: Record<string, unknown> = {
    schemaVersion: rejected.schemaVersion,
    records: rejected.records.map((r) => r.value),
  };
  if (rejected.profile !== undefined) content.profile = rejected.profile;
  const text = `${JSON.stringify(content, null, '\t')}\n`;
  for (let n = 0; ; n++) {
    const target = path.join(dir, `${name}.rejected-${stampOf(now)}${n === 0 ? '' : `-${n}`}${ext}`);
    try {
      fs.writeFileSync(target, text, { flag: 'wx', mode: 0o600 });
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new UserError(storeMessages.cannotSetAside(file), { hint: storeMessages.cannotMoveCorruptHint });
    }
  }
}

export function describeRejected(file: string, sideFile: string, rejected: Rejected): string[] {
  const notices: string[] = [];
  if (rejected.records.length > 0) {
    const which = rejected.records.map(({ value, problem }) => storeMessages.rejectedRecord(idOf(value), problem));
    notices.push(storeMessages.recordsSetAside(file, sideFile, which));
  }
  if (rejected.profile !== undefined) {
    const keys = typeof rejected.profile === 'object' && rejected.profile !== null && !Array.isArray(rejected.profile)
      ? Object.keys(rejected.profile)
      : [];
    notices.push(storeMessages.profileSetAside(keys, sideFile));
  }
  return notices;
}

const idOf = (value: unknown): string | undefined => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

export function moveAside(file: string, now: Date): string {
  const { dir, name, ext } = path.parse(file);
  for (let n = 0; ; n++) {
    const target = path.join(dir, `${name}.corrupt-${stampOf(now)}${n === 0 ? '' : `-${n}`}${ext}`);
    if (fs.existsSync(target)) continue;
    try {
      fs.renameSync(file, target);
    } catch {
      throw new UserError(storeMessages.cannotMoveCorrupt(file), { hint: storeMessages.cannotMoveCorruptHint });
    }
    // Personal data, whatever mode the broken file had: owner-only, like the store.
    tryChmod(target, 0o600);
    return target;
  }
}

export function tryChmod(target: string, mode: number): void {
  try {
    fs.chmodSync(target, mode);
  } catch {
    // Not fatal: the data file itself is still created 0600.
  }
}
