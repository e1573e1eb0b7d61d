import { Command } from 'commander';
import { createContext, type CommandContext, type GlobalOptions } from './context.js';
import { HELP_TITLES } from './ui/messages.js';
import { VERSION } from './version.js';

/** Each command module exports `run`; loaded only when its command runs, so `--help` stays fast. */
type CommandModule = { run(ctx: CommandContext, args: string[], options: Record<string, unknown>): Promise<void> };

function lazy(load: () => Promise<CommandModule>) {
  return async (...received: unknown[]) => {
    const command = received.at(-1) as Command;
    const args = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [String(a)]));
    const ctx = createContext(command.optsWithGlobals<GlobalOptions>());
    await (await load()).run(ctx, args, command.opts());
  };
}

export function buildProgram(): Command {
  const program = new Command('vssid-helper')
    .description('Trợ lý đăng ký tài khoản VssID (BHXH số): hướng dẫn, kiểm tra thông tin, theo dõi cả lớp.')
    .version(VERSION, '-V, --version', 'In số phiên bản')
    .helpOption('-h, --help', 'Xem hướng dẫn sử dụng')
    .helpCommand('help [lệnh]', 'Xem hướng dẫn của một lệnh')
    .option('--json', 'In dữ liệu dạng JSON (cho máy đọc)')
    .option('--no-color', 'Không tô màu (cũng có thể đặt biến NO_COLOR)')
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => HELP_TITLES[title] ?? title,
      styleOptionText: (text) => (text === '[options]' ? '[tùy chọn]' : text),
      styleSubcommandText: (text) => (text === '[command]' ? '[lệnh]' : text),
    })
    .configureOutput({ outputError: () => {} })
    .exitOverride()
    .showSuggestionAfterError(false);

  program
    .command('troubleshoot')
    .description('Các tình huống vướng mắc khi đăng ký và cách xử lý (8 tình huống của hướng dẫn)')
    .argument('[số hoặc từ khóa...]', 'số thứ tự 1–8, hoặc từ khóa (gõ không dấu cũng được)')
    .option('-l, --list', 'In tất cả các tình huống')
    .addHelpText('after', '\nVí dụ:\n  vssid-helper troubleshoot 5\n  vssid-helper troubleshoot "mat khau"\n  vssid-helper troubleshoot --list --json')
    .action(lazy(() => import('./commands/troubleshoot.js')));

  program
    .command('guide')
    .description('Toàn bộ hướng dẫn đăng ký VssID, từng bước')
    .action(lazy(() => import('./commands/guide.js')));

  program
    .command('checklist')
    .description('Những gì cần chuẩn bị trước khi đăng ký')
    .action(lazy(() => import('./commands/checklist.js')));

  program
    .command('install')
    .description('Cách cài ứng dụng VssID: mã QR, phiên bản tối thiểu, 5 điểm nổi bật')
    .action(lazy(() => import('./commands/install.js')));

  return program;
}
