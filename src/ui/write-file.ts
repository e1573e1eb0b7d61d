/** Writing a file the user asked for (`--out`): never half a file, never a silent overwrite. */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
    if (!options.force) {
      throw new UserError(`Tệp ${target} đã có; không ghi đè để tránh mất dữ liệu.`, {
        hint: `Hãy chọn tên khác${options.forceFlag ? `, hoặc thêm ${options.forceFlag} để ghi đè` : ''}.`,
      });
    }
  }
  const folder = dirname(target);
  if (!existsSync(folder)) {
    throw new UserError(`Thư mục ${folder} không tồn tại.`, { hint: 'Hãy tạo thư mục trước, hoặc ghi vào thư mục khác.' });
  }
  const temporary = join(folder, `.${basename(target)}.${process.pid}.tmp`);
  try {
    // Personal data (ID numbers, phones): readable by the owner only, like the store.
    writeFileSync(temporary, content, { encoding: 'utf8', mode: 0o600 });
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code === 'EACCES' ? 'không có quyền ghi' : String((error as Error).message);
    throw new UserError(`Không ghi được tệp ${target}: ${reason}.`, { hint: 'Hãy chọn thư mục khác, hoặc kiểm tra quyền ghi.' });
  }
  return target;
}
