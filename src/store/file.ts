/** The one place that touches conf and the disk: open, repair, migrate, write. */
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { UserError } from '../errors.js';
import { messages } from './messages.js';
import { InvalidShapeError, NewerSchemaError, SCHEMA_VERSION, upgrade, type Rejected, type StoreData } from './schema.js';

export interface StoreFile {
  readonly path: string;
  readonly notices: readonly string[];
  readonly initial: StoreData;
  write(data: StoreData): void;
}

export const emptyData = (): StoreData => ({ schemaVersion: SCHEMA_VERSION, records: [], profile: {} });

export function openStoreFile(home: string | undefined, now: Date = new Date()): StoreFile {
  const cwd = home === undefined ? undefined : path.resolve(home);
  if (cwd !== undefined && !fs.existsSync(cwd)) fs.mkdirSync(cwd, { recursive: true, mode: 0o700 });

  let parsing = true;
  let read: { value: unknown } | { error: unknown } | undefined;
  const conf = guardAccess(cwd ?? '', () => {
    const instance = new Conf<StoreData>({
      projectName: 'vssid-helper',
      // ~/.config/vssid-helper rather than conf's default ~/.config/vssid-helper-nodejs.
      projectSuffix: '',
      cwd,
      configName: 'data',
      configFileMode: 0o600,
      accessPropertiesByDotNotation: false,
      // Our own parse, so a broken file is reported to us instead of thrown from conf's constructor
      // (which would leave us without its path). After opening, the in-memory copy is the truth and
      // conf's only further reads keep its unused internal key, so they skip the parse.
      deserialize: (text) => {
        if (parsing) {
          try {
            read = { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
          } catch (error) {
            read = { error };
          }
        }
        return {} as StoreData;
      },
    });
    parsing = false;
    return instance;
  });
  const file = conf.path;
  const write = (data: StoreData) => guardAccess(file, () => (conf.store = data));

  // No file yet: the folder is ours alone (conf's default, or created above), so close it.
  if (read === undefined && cwd === undefined) tryChmod(path.dirname(file), 0o700);

  const notices: string[] = [];
  let initial = emptyData();
  if (read !== undefined) {
    try {
      if ('error' in read) throw new InvalidShapeError('Not JSON');
      const { data, migrated, rejected } = upgrade(read.value);
      // The rejected parts are written out before the file loses them.
      if (rejected !== undefined) notices.push(...describeRejected(file, setAside(file, rejected, now), rejected));
      initial = data;
      if (migrated) write(data);
    } catch (error) {
      if (error instanceof NewerSchemaError) {
        throw new UserError(messages.newerSchema(file, error.version), { hint: messages.newerSchemaHint });
      }
      if (!(error instanceof InvalidShapeError)) throw error;
      notices.push(messages.corruptMoved(file, moveAside(file, now)));
      write(initial);
    }
  }
  return { path: file, notices, initial, write };
}

const stampOf = (now: Date): string => now.toISOString().replace(/[:.]/g, '-');

/** Writes what the schema rejected to `data.rejected-<time>.json` beside the file (owner-only). */
function setAside(file: string, rejected: Rejected, now: Date): string {
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
      throw new UserError(messages.cannotSetAside(file), { hint: messages.cannotMoveCorruptHint });
    }
  }
}

function describeRejected(file: string, sideFile: string, rejected: Rejected): string[] {
  const notices: string[] = [];
  if (rejected.records.length > 0) {
    const which = rejected.records.map(({ value, problem }) => messages.rejectedRecord(idOf(value), problem));
    notices.push(messages.recordsSetAside(file, sideFile, which));
  }
  if (rejected.profile !== undefined) {
    const keys = typeof rejected.profile === 'object' && rejected.profile !== null && !Array.isArray(rejected.profile)
      ? Object.keys(rejected.profile)
      : [];
    notices.push(messages.profileSetAside(keys, sideFile));
  }
  return notices;
}

const idOf = (value: unknown): string | undefined => {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
};

function moveAside(file: string, now: Date): string {
  const { dir, name, ext } = path.parse(file);
  for (let n = 0; ; n++) {
    const target = path.join(dir, `${name}.corrupt-${stampOf(now)}${n === 0 ? '' : `-${n}`}${ext}`);
    if (fs.existsSync(target)) continue;
    try {
      fs.renameSync(file, target);
    } catch {
      throw new UserError(messages.cannotMoveCorrupt(file), { hint: messages.cannotMoveCorruptHint });
    }
    return target;
  }
}

function guardAccess<T>(where: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') {
      const file = (error as NodeJS.ErrnoException).path ?? where;
      throw new UserError(messages.cannotAccess(file), { hint: messages.cannotAccessHint });
    }
    throw error;
  }
}

function tryChmod(target: string, mode: number): void {
  try {
    fs.chmodSync(target, mode);
  } catch {
    // Not fatal: the data file itself is still created 0600.
  }
}
