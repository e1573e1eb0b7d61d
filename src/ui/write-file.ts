/** Writing a file the user asked for (`--out`): never half a file, never a silent overwrite. */
import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';

export interface WriteOptions {
  /** Replace a file that is already there. */
  force?: boolean;
  /** What to pass to allow overwriting, for the message. */
  forceFlag?: string;
}

/** Writes `content` as UTF-8 through a temporary file and a rename; returns the absolute path. */
export function writeUserFile(path: string, content: string, options: WriteOptions = {}): string {
  const target = resolve(path);
  if (existsSync(target)) {
    if (statSync(target).isDirectory()) {
      throw new UserError(`${target} là một thư mục, không phải tệp.`, { hint: 'Hãy ghi kèm tên tệp, ví dụ --out lop-12a1.csv' });
    }
    if (!options.force) throw exists(target, options);
  }
  const folder = dirname(target);
  if (!existsSync(folder)) {
    throw new UserError(`Thư mục ${folder} không tồn tại.`, { hint: 'Hãy tạo thư mục trước, hoặc ghi vào thư mục khác.' });
  }
  // A name no other run uses, created exclusively ('wx'): never someone else's file, never a link followed.
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // Personal data (ID numbers, phones): readable by the owner only, like the store.
    writeFileSync(temporary, content, { encoding: 'utf8', mode: 0o600, flag: 'wx' });
    if (options.force) renameWithRetry(temporary, target);
    else placeWithoutOverwrite(temporary, target, options);
  } catch (error) {
    rmSync(temporary, { force: true });
    if (error instanceof UserError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'không có quyền ghi' : String((error as Error).message);
    throw new UserError(`Không ghi được tệp ${target}: ${reason}.`, { hint: 'Hãy chọn thư mục khác, hoặc kiểm tra quyền ghi.' });
  }
  return target;
}

const BUSY = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Windows refuses a rename while an antivirus or the preview pane holds the file: try again briefly. */
function renameWithRetry(from: string, to: string, attempts = 5): void {
  for (let i = 1; ; i++) {
    try {
      renameSync(from, to);
      return;
    } catch (error) {
      if (i >= attempts || !BUSY.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50 * i);
    }
  }
}

/**
 * A hard link fails when the name exists, so a file that appeared since the check above is not
 * replaced either; where links are not supported (FAT, some network drives) a rename does it.
 */
function placeWithoutOverwrite(temporary: string, target: string, options: WriteOptions): void {
  try {
    linkSync(temporary, target);
    rmSync(temporary, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists(target, options);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') renameWithRetry(temporary, target);
    else throw error;
  }
}

function exists(target: string, options: WriteOptions): UserError {
  return new UserError(`Tệp ${target} đã có; không ghi đè để tránh mất dữ liệu.`, {
    hint: `Hãy chọn tên khác${options.forceFlag ? `, hoặc thêm ${options.forceFlag} để ghi đè` : ''}.`,
  });
}
