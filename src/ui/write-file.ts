/**
 * Writing a file the user asked for (`--out`): never half a file, never a silent overwrite, and
 * never through a link someone planted in a shared folder. The text goes to a temporary file
 * created exclusively under an unpredictable name (atomic-write.ts), then takes the target's name:
 * by a hard link when the target must not exist (fails if anything, a link included, stands
 * there), by a rename with --force (which replaces a link itself, never the file it points to).
 */
import { lstatSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DISK_FULL_CODES, writeFileAtomic } from '../store/atomic-write.js';
import { UserError } from '../errors.js';

export interface WriteOptions {
  /** Replace a file that is already there. */
  force?: boolean;
  /** What to pass to allow overwriting, for the message. */
  forceFlag?: string;
}

const M = {
  isFolder: (target: string) => `${target} là một thư mục, không phải tệp.`,
  isFolderHint: 'Hãy ghi kèm tên tệp, ví dụ --out lop-12a1.csv',
  exists: (target: string) => `Tệp ${target} đã có; không ghi đè để tránh mất dữ liệu.`,
  existsHint: (flag?: string) => `Hãy chọn tên khác${flag ? `, hoặc thêm ${flag} để ghi đè` : ''}.`,
  noFolder: (folder: string) => `Thư mục ${folder} không tồn tại.`,
  noFolderHint: 'Hãy tạo thư mục trước, hoặc ghi vào thư mục khác.',
  failed: (target: string, reason: string) => `Không ghi được tệp ${target}: ${reason}.`,
  failedHint: 'Hãy chọn thư mục khác, hoặc kiểm tra quyền ghi.',
  inUse: (target: string) => `Không thay được tệp ${target}: tệp đang mở trong một chương trình khác (Excel, trình xem tệp…) hoặc được đặt «chỉ đọc».`,
  inUseHint: 'Hãy đóng tệp đó (hoặc bỏ thuộc tính «chỉ đọc») rồi chạy lại lệnh, hoặc ghi ra một tên khác.',
  noPermission: 'không có quyền ghi',
  diskFull: 'ổ đĩa đã đầy, không có gì được ghi',
  nameTooLong: 'tên hoặc đường dẫn quá dài',
  readOnly: 'ổ đĩa chỉ cho phép đọc',
  folderInTheWay: 'có một thư mục trùng tên',
  other: (code: string) => `hệ thống báo lỗi ${code}`,
};

const lstatOrUndefined = (target: string) => {
  try {
    return lstatSync(target);
  } catch {
    return undefined;
  }
};

/** Writes `content` as UTF-8 through an exclusive temporary file; returns the absolute path. */
export function writeUserFile(path: string, content: string, options: WriteOptions = {}): string {
  const target = resolve(path);
  const existing = lstatOrUndefined(target);
  if (existing?.isDirectory()) throw new UserError(M.isFolder(target), { hint: M.isFolderHint });
  if (existing !== undefined && !options.force) {
    throw new UserError(M.exists(target), { hint: M.existsHint(options.forceFlag) });
  }
  const folder = dirname(target);
  if (!lstatOrUndefined(folder)) throw new UserError(M.noFolder(folder), { hint: M.noFolderHint });
  try {
    // Personal data (ID numbers, phones): readable by the owner only, like the store.
    writeFileAtomic(target, content, { mode: 0o600, exclusive: !options.force });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw new UserError(M.exists(target), { hint: M.existsHint(options.forceFlag) });
    if (existing !== undefined && heldOpen(code)) throw new UserError(M.inUse(target), { hint: M.inUseHint });
    throw new UserError(M.failed(target, reasonOf(code, error)), { hint: M.failedHint });
  }
  return target;
}

/**
 * Windows refuses to rename over a file another program has open (Excel keeps an open CSV so, for
 * as long as it shows it) or one marked read-only: EPERM, EBUSY or EACCES once the retries of
 * renameRetrying() are over. Elsewhere these codes mean permissions.
 */
export const heldOpen = (code: string, platform: NodeJS.Platform = process.platform): boolean =>
  platform === 'win32' && (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES');

function reasonOf(code: string, error: unknown): string {
  if (code === 'EACCES' || code === 'EPERM') return M.noPermission;
  if (DISK_FULL_CODES.has(code)) return M.diskFull;
  if (code === 'ENAMETOOLONG') return M.nameTooLong;
  if (code === 'EROFS') return M.readOnly;
  if (code === 'EISDIR') return M.folderInTheWay;
  return code ? M.other(code) : String((error as Error).message);
}
