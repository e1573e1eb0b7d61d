import { CLI } from '../invocation.js';
import { validOverrides } from '../core/calendar/index.js';
import { foldForSearch } from '../core/text.js';
import type { CommandContext } from '../context.js';
import { UserError } from '../errors.js';
import { maskRecord } from '../ui/mask.js';
import { writeUserFile } from '../ui/write-file.js';
import { classRecords } from './class-filter.js';
import { openCommandStore } from '../flows/open-store.js';

interface Options {
  out?: string;
  unmask?: boolean;
  force?: boolean;
  class?: string;
}

const M = {
  empty: `Chưa có học sinh nào để báo cáo. Thêm bằng: ${CLI} register, hoặc cả lớp: ${CLI} import <tệp>`,
  emptyHint: `Khi đã có học sinh, chạy lại: ${CLI} report`,
  written: (n: number, path: string) => `Đã lập báo cáo ${n} học sinh: ${path}`,
  open: 'Mở tệp bằng trình duyệt (bấm đúp); in ra giấy A4 bằng Ctrl+P. Tệp không cần Internet.',
  unmasked: 'Báo cáo có đầy đủ mã số BHXH và số giấy tờ; chỉ gửi cho người cần. Bỏ --unmask để che các số này.',
};

/** 'lop-12a1.html' from the class name; a report of several classes is 'bao-cao-vssid.html'. */
export function defaultReportName(className: string): string {
  const slug = foldForSearch(className).replace(/\s+/g, '-');
  return slug ? `lop-${slug}.html` : 'bao-cao-vssid.html';
}

export async function run(ctx: CommandContext, _args: string[], options: Options): Promise<void> {
  const { output } = ctx;
  const store = await openCommandStore(ctx, { readOnly: true });
  const profile = store.getProfile();
  const records = classRecords(store.list(), profile.className, options.class);
  if (records.length === 0) throw new UserError(M.empty, { hint: M.emptyHint });
  const { buildReportModel, renderReport } = await import('../core/report/index.js');
  const masked = options.unmask !== true;
  // 60 students render in a few milliseconds: no spinner.
  const model = buildReportModel({
    records: masked ? records.map(maskRecord) : records,
    profile,
    now: ctx.now,
    masked,
    overrides: validOverrides(profile),
    ...(options.class === undefined ? {} : { className: options.class }),
  });
  const target = options.out ?? defaultReportName(model.className);
  const path = writeUserFile(target, renderReport(model), { force: options.force, forceFlag: '--force' });
  if (output.json) {
    output.printJson({ path, count: records.length, masked, className: model.className, classes: model.classes });
  } else {
    output.success(M.written(records.length, path));
    output.line(M.open);
  }
  if (!masked) output.warn(M.unmasked);
}
