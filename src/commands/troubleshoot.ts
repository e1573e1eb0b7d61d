import { TROUBLESHOOTING, searchTroubleshooting, troubleshootingRow, type TroubleshootingRow } from '../core/content/index.js';
import type { CommandContext } from '../context.js';
import { UserError } from '../errors.js';
import { renderHeading, renderRow, rowSummary } from '../ui/render.js';

const TITLE = 'Các tình huống vướng mắc khi đăng ký VssID và cách xử lý';

export async function run(ctx: CommandContext, args: string[], options: { list?: boolean }): Promise<void> {
  const query = args.join(' ').trim();
  if (options.list || (query === '' && (ctx.output.json || !ctx.interactive))) {
    if (query === '' && !options.list && !ctx.output.json) {
      ctx.output.info('Chọn một tình huống: vssid-helper troubleshoot <số 1–8 hoặc từ khóa>. Tất cả tình huống:\n');
    }
    return show(ctx, TROUBLESHOOTING);
  }
  if (query === '') return show(ctx, [await pickRow()]);
  return show(ctx, findRows(query));
}

export function findRows(query: string): TroubleshootingRow[] {
  if (/^\d+$/.test(query)) {
    const row = troubleshootingRow(Number(query));
    if (!row) {
      throw new UserError(`Không có tình huống số ${query}: hướng dẫn có ${TROUBLESHOOTING.length} tình huống, đánh số 1–${TROUBLESHOOTING.length}.`, {
        hint: `Các tình huống:\n${TROUBLESHOOTING.map((r) => `  ${rowSummary(r)}`).join('\n')}`,
      });
    }
    return [row];
  }
  const rows = searchTroubleshooting(query);
  if (rows.length === 0) {
    throw new UserError(`Không tìm thấy tình huống nào có “${query}”.`, {
      hint: `Thử từ khóa khác (gõ không dấu cũng được), hoặc chọn số:\n${TROUBLESHOOTING.map((r) => `  ${rowSummary(r)}`).join('\n')}`,
    });
  }
  return rows;
}

function show(ctx: CommandContext, rows: readonly TroubleshootingRow[]): void {
  const { output } = ctx;
  if (output.json) {
    output.printJson({ rows: rows.map(({ keywords: _keywords, ...row }) => row) });
    return;
  }
  if (rows.length > 1) {
    renderHeading(output, TITLE);
    output.line();
  }
  rows.forEach((row) => renderRow(output, row));
}

async function pickRow(): Promise<TroubleshootingRow> {
  const { search } = await import('@inquirer/prompts');
  return search<TroubleshootingRow>({
    message: 'Bạn gặp tình huống nào? (gõ để lọc, không dấu cũng được)',
    source: (term) => {
      const rows = term?.trim() ? searchTroubleshooting(term) : TROUBLESHOOTING;
      return rows.map((row) => ({ name: rowSummary(row), value: row }));
    },
    pageSize: 8,
  });
}
