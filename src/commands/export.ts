import { validOverrides } from '../core/calendar/index.js';
import { buildClassFile } from '../core/class-file/index.js';
import { EXPORT_HEADERS, exportRecord, exportRow, toCsv } from '../core/export/index.js';
import { supportEmailOf } from '../core/support/address.js';
import type { CommandContext } from '../context.js';
import { maskRecord } from '../ui/mask.js';
import { writeUserFile } from '../ui/write-file.js';
import { openCommandStore } from '../flows/open-store.js';
import { CLI } from '../invocation.js';
import type { ExportFormat } from './options.js';

/** As commander gives them: the format already checked (exportFormat in options.ts). */
interface Options {
  format?: ExportFormat;
  mask?: boolean;
  out?: string;
  force?: boolean;
}

const M = {
  empty: `Chưa có học sinh nào để xuất. Thêm bằng: ${CLI} register, hoặc cả lớp: ${CLI} import <tệp>`,
  written: (n: number, path: string) => `Đã xuất ${n} học sinh ra ${path}`,
  unmasked: 'Tệp có đầy đủ số giấy tờ và số điện thoại; chỉ gửi cho người cần. Thêm --mask để che các số này.',
  excel: 'Mở bằng Excel: bấm đúp vào tệp; các số điện thoại, CCCD giữ nguyên số 0 ở đầu.',
};

export async function run(ctx: CommandContext, _args: string[], options: Options): Promise<void> {
  const { output } = ctx;
  const format = options.format ?? (output.json ? 'json' : 'csv');
  const store = await openCommandStore(ctx);
  const records = store.list();
  if (records.length === 0) output.warn(M.empty);
  const profile = store.getProfile();
  const overrides = validOverrides(profile);
  // 60 students take a few milliseconds (see the report): no spinner needed.
  const shown = options.mask ? records.map(maskRecord) : records;
  // JSON is the class file: everything, so `import` on another store merges it back losslessly.
  const content =
    format === 'csv'
      ? toCsv([EXPORT_HEADERS, ...shown.map((record) => exportRow(exportRecord(record, overrides)))])
      : `${JSON.stringify(buildClassFile(shown, profile, { now: ctx.now, masked: options.mask === true, overrides, supportEmailSet: supportEmailOf(store.storedProfile()) !== undefined }), null, 2)}\n`;

  if (options.out === undefined) {
    // line() adds the last '\n' back, so CSV keeps its CRLF.
    output.line(content.replace(/\n$/, ''));
    if (!options.mask) output.warn(M.unmasked);
    return;
  }
  const path = writeUserFile(options.out, content, { force: options.force, forceFlag: '--force' });
  if (output.json) output.printJson({ path, format, count: records.length, masked: options.mask === true });
  else {
    output.success(M.written(records.length, path));
    if (format === 'csv') output.line(M.excel);
  }
  if (!options.mask) output.warn(M.unmasked);
}
