import { Command, Option } from 'commander';
import type { CommandContext, GlobalOptions } from './context.js';
import { helpWidth, writeHelp } from './ui/help-output.js';
import { HELP_TITLES } from './ui/messages.js';
import { VERSION } from './version.js';
import { CLI } from './invocation.js';

/**
 * Each command module exports `run`; loaded only when its command runs, so `--help` stays fast.
 * Each types its options as commander gives them: declared below, with their rules (options.ts).
 */
type CommandModule = { run(ctx: CommandContext, args: string[], options: never): Promise<void> };

function lazy(load: () => Promise<CommandModule>) {
  return async (...received: unknown[]) => {
    const command = received.at(-1) as Command;
    await applyRules(command);
    const args = received.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a : a === undefined ? [] : [String(a)]));
    const { createContext } = await import('./context.js');
    const ctx = await createContext(command.optsWithGlobals<GlobalOptions>());
    await (await load()).run(ctx, args, command.opts() as never);
  };
}

type RuleName = 'calendarDay' | 'cause' | 'exportFormat' | 'formFields' | 'studentState';
const RULES = new Map<Option, RuleName>();

/** An option whose value its rule in commands/options.ts checks and converts before the action. */
function ruled(option: Option, rule: RuleName): Option {
  RULES.set(option, rule);
  return option;
}

/** Runs the rules of the options given; a refusal is a usage error, worded like commander's own. */
async function applyRules(command: Command): Promise<void> {
  const given = command.options.filter((option) => RULES.has(option) && typeof command.getOptionValue(option.attributeName()) === 'string');
  if (given.length === 0) return;
  const rules = await import('./commands/options.js');
  for (const option of given) {
    const key = option.attributeName();
    const value = command.getOptionValue(key) as string;
    try {
      command.setOptionValue(key, rules[RULES.get(option) as RuleName](value));
    } catch (error) {
      if (!(error instanceof rules.InvalidArgumentError)) throw error;
      command.error(`error: option '${option.flags}' argument '${value}' is invalid. ${error.message}`, { exitCode: error.exitCode, code: error.code });
    }
  }
}

export const PROGRAM = 'vssid-helper';

/** Commander writes `(default: "list")` in English; ours says it in Vietnamese. */
const withDefault = (description: string, value: unknown) =>
  value === undefined || typeof value === 'boolean' ? description : `${description} (mặc định: ${String(value)})`;

export function buildProgram(): Command {
  const program = new Command(PROGRAM)
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
      // Name and required arguments only, so descriptions keep room to wrap at 80 columns;
      // each command's own --help shows all of its arguments.
      subcommandTerm: (cmd) =>
        [cmd.name(), ...cmd.registeredArguments.filter((arg) => arg.required).map((arg) => `<${arg.name()}>`)].join(' '),
      optionDescription: (option) => withDefault(option.description, option.defaultValue),
      argumentDescription: (argument) => withDefault(argument.description, argument.defaultValue),
    })
    // Help says nothing in colour: no need to ask the stream (ui/help-output.ts).
    .configureOutput({ outputError: () => {}, writeOut: writeHelp, getOutHelpWidth: helpWidth, getOutHasColors: () => false })
    .exitOverride()
    .showSuggestionAfterError(false);

  program
    .command('register')
    .description('Đăng ký cho một người: hỏi từng thông tin của tờ khai, kiểm tra, lưu nháp sau mỗi câu trả lời')
    .option('--resume [mã]', 'Làm tiếp một bản nháp: mã, mã số BHXH hoặc họ tên (không có: chọn từ danh sách, gõ để lọc)')
    .option('-y, --yes', 'Không hỏi xác nhận: cam kết và ghi nhận luôn khi đã đủ thông tin')
    .option('--already-registered', 'Học sinh đã có tài khoản VssID: ghi là “Hoàn tất” không cần tờ khai (cần --name, --bhxh)')
    .option('--name <họ tên>', 'Họ và tên')
    .option('--bhxh <mã>', 'Mã số BHXH (10 số, hoặc số CCCD 12 số từ 1/8/2025) hoặc mã thẻ BHYT 15 ký tự')
    .option('--id-number <số>', 'Số CCCD (12 số), CMND (9 số) hoặc hộ chiếu')
    .option('--front <tệp>', 'Ảnh mặt trước giấy tờ (JPEG/PNG)')
    .option('--back <tệp>', 'Ảnh mặt sau giấy tờ (JPEG/PNG)')
    .option('--portrait <tệp>', 'Ảnh chân dung (không bắt buộc)')
    .option('--province <tỉnh>', 'Tỉnh/Thành phố (tên mới hoặc tên trước 1/7/2025)')
    .option('--district <quận>', 'Quận/Huyện (có thể bỏ trống)')
    .option('--ward <phường>', 'Phường/Xã')
    .option('--street <địa chỉ>', 'Số nhà, đường')
    .option('--contact <họ tên>', 'Người liên hệ (mặc định: chính người đăng ký)')
    .option('--email <e-mail>', 'Địa chỉ thư điện tử (không bắt buộc, nên có)')
    .option('--phone <số>', 'Số điện thoại di động')
    .option('--phone-is-right', 'Xác nhận đã kiểm tra với học sinh: số --phone đúng, dù trước đó đã ghi là số đăng ký nhầm')
    .option('--agency <tên>', 'Cơ quan BHXH tiếp nhận (cơ quan đã cấp thẻ BHYT; mặc định: theo hồ sơ lớp)')
    .option('--submission <cách>', 'Hình thức nộp hồ sơ: reception (tại nơi tiếp nhận) hoặc postal (bưu chính)')
    .addHelpText('after', [
      '',
      'Ví dụ:',
      `  ${CLI} register`,
      `  ${CLI} register --resume`,
      // One line: a trailing backslash continues a line in bash only, not in cmd.exe or PowerShell.
      `  ${CLI} register --yes --name "Nguyễn Văn An" --bhxh 7931234567 --id-number 079204001234 --front truoc.jpg --back sau.jpg --province "TP HCM" --ward "Phường Sài Gòn" --street "12 Lê Lợi" --phone 0912345678 --agency "BHXH Thành phố Hồ Chí Minh"`,
      `  ${CLI} register --already-registered --name "Trần Thị Bình" --bhxh 7931234568`,
    ].join('\n'))
    .action(lazy(() => import('./commands/register.js')));

  program
    .command('list')
    .description('Danh sách học sinh đã lưu (bản nháp và đã xong), số giấy tờ và điện thoại được che')
    .addOption(ruled(new Option('--state <trạng thái>', 'Chỉ những người ở trạng thái này: draft (nháp), ready (sẵn sàng), submitted, file-number, password, done'), 'studentState'))
    .addOption(ruled(new Option('--missing [mục]', 'Chỉ những bản nháp còn thiếu thông tin; có tên mục (ví dụ "ảnh trước", sdt): chỉ những người thiếu mục đó'), 'formFields'))
    .addHelpText('after', `\nVí dụ:\n  ${CLI} list --state nhap\n  ${CLI} list --missing\n  ${CLI} list --missing "anh truoc"`)
    .action(lazy(() => import('./commands/list.js')));

  program
    .command('show')
    .description('Xem toàn bộ thông tin và lịch sử của một học sinh')
    .argument('<mã>', 'mã học sinh (trong `list`), mã số BHXH hoặc họ tên (gõ không dấu cũng được)')
    .option('--unmask', 'Hiện đầy đủ số giấy tờ và số điện thoại')
    .action(lazy(() => import('./commands/show.js')));

  program
    .command('remove')
    .description('Xóa một học sinh khỏi máy này')
    .argument('<mã>', 'mã học sinh, mã số BHXH hoặc họ tên')
    .option('-y, --yes', 'Không hỏi xác nhận')
    .action(lazy(() => import('./commands/remove.js')));

  program
    .command('import')
    .description('Nhập danh sách cả lớp (CSV từ Excel/Google Forms, tệp .xlsx hoặc JSON): kiểm tra từng dòng, lưu các dòng hợp lệ')
    .argument('<tệp>', 'tệp .csv, .xlsx hoặc .json')
    .option('--dry-run', 'Chỉ kiểm tra, không lưu gì (vẫn cho biết sẽ thay đổi gì)')
    .option('--overwrite', 'Khi nhập lại: lấy theo tệp cả những mục đã gõ khi đăng ký (mặc định giữ nguyên và báo khác biệt)')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} import danh-sach-lop.csv --dry-run\n  ${CLI} import danh-sach-lop.csv\n  ${CLI} import danh-sach-lop.csv --json > ket-qua.json\n  ${CLI} import danh-sach-da-sua.csv --dry-run   # nhập lại: xem trước những gì thay đổi`)
    .action(lazy(() => import('./commands/import.js')));

  program
    .command('photos')
    .description('Gắn ảnh giấy tờ từ một thư mục (tải về từ Google Forms/Drive, album Zalo): khớp tệp với học sinh theo họ tên, mã số BHXH hoặc số CCCD và “mat truoc”/“mat sau” trong tên tệp')
    .argument('<thư mục>', 'thư mục chứa ảnh (có thể kéo thả vào cửa sổ terminal)')
    .option('-y, --yes', 'Không hỏi xác nhận: gắn luôn những ảnh khớp (cần khi không có terminal)')
    .option('--dry-run', 'Chỉ xem sẽ gắn ảnh nào, không lưu gì')
    .option('--overwrite', 'Thay cả ảnh của những người đã ghi nhận tờ khai (mặc định giữ nguyên: ảnh đã gửi kèm tờ khai)')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} photos "Ảnh CCCD (File responses)" --dry-run\n  ${CLI} photos ~/Downloads/anh-lop-12a1 --yes\n  ${CLI} photos anh-zalo --json --dry-run`)
    .action(lazy(() => import('./commands/photos.js')));

  program
    .command('status')
    .description('Bảng theo dõi cả lớp; ghi một sự kiện: status <mã> <sự kiện> [số hồ sơ]; cho nhiều người: status <sự kiện> <mã…>')
    .argument('[mã]', 'mã học sinh, mã số BHXH hoặc họ tên (gõ không dấu cũng được); hoặc tên sự kiện, rồi mã của nhiều học sinh')
    .argument('[sự kiện]', 'submitted | file-number | password | done (gõ không dấu: ghi-nhan, so-ho-so, mat-khau, xong); reopened (mo-lai): mở lại hồ sơ “Sẵn sàng” hoặc đã ghi nhận để sửa, giữ nguyên mọi thông tin, rồi register --resume <mã>; support-request (ho-tro): cần nhờ hỗ trợ đổi số điện thoại; already-registered (da-co-tai-khoan): đã có tài khoản VssID từ trước, hoàn tất không cần tờ khai; support-email-sent (da-gui-email): đã gửi e-mail nhờ hỗ trợ; support-answered (da-tra-loi) ["nội dung"]: bộ phận hỗ trợ đã trả lời')
    .argument('[giá trị...]', 'số hồ sơ (với file-number); số điện thoại đã đăng ký nhầm (với support-request); các mã tiếp theo (với status <sự kiện> <mã…>)')
    .option('--at <thời điểm>', 'Thời điểm của sự kiện nếu không phải bây giờ, giờ Việt Nam, ví dụ "09:30 02/03/2026" hoặc "2026-03-02 09:30"')
    .option('--overdue', 'Chỉ hiện những người đã quá hạn')
    .option('--mark <sự kiện>', 'Chọn từ danh sách (đánh dấu từng người) những học sinh cần ghi cùng một sự kiện; cần terminal')
    .option('--class <lớp>', 'Chỉ một lớp, khi máy có nhiều lớp đã ghép (import tệp lớp)')
    .option('--summary', 'Một dòng tóm tắt cả lớp để dán vào nhóm lớp')
    .option('--names', 'Với --summary: thêm tên những bạn cần làm gì đó')
    .option('--all', 'Trên terminal: hiện cả nhóm đã xong và đang chờ (mặc định chỉ đếm), không cắt bớt cho vừa màn hình')
    .option('--idle-days <số ngày>', 'Đánh dấu ai nằm ở “Sẵn sàng” hoặc “Cần bổ sung” quá số ngày này (mặc định: 3)')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} status\n  ${CLI} status --summary --names\n  ${CLI} status --all\n  ${CLI} status --overdue\n  ${CLI} status --class 12A1\n  ${CLI} status k3f9q2 submitted\n  ${CLI} status "nguyen van an" submitted\n  ${CLI} status submitted k3f9q2 m7p2xa x4r8tb --at "02/03/2026 09:30"\n  ${CLI} status --mark submitted\n  ${CLI} status h6t2wd file-number 123456 --at "2026-03-02 09:30"\n  ${CLI} status r5t7vz support-answered "đã đổi số, đăng ký lại được"`)
    .action(lazy(() => import('./commands/status.js')));

  program
    .command('remind')
    .description('Nhắc việc: một tin nhắn cho mỗi bạn còn việc phải làm (theo bảng theo dõi), kèm số điện thoại và liên kết Zalo/SMS')
    .option('-o, --out <tệp>', 'Ghi một trang HTML có nút chép tin nhắn và liên kết Zalo/SMS cho từng bạn')
    .option('-f, --force', 'Với --out: ghi đè nếu tệp đã có')
    .option('--by <ngày>', 'Hạn gửi thông tin còn thiếu, ghi trong tin nhắn, ví dụ 11/12 hoặc 11/12/2026')
    .option('--again', 'Nhắc cả những bạn đã được nhắc hôm nay hoặc trong một giờ qua')
    .option('--preview', 'Chỉ xem tin nhắn, không ghi ai là đã nhắc')
    .option('--class <lớp>', 'Chỉ một lớp, khi máy có nhiều lớp đã ghép')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} remind\n  ${CLI} remind --by 11/12 --out nhac-viec.html\n  ${CLI} remind --preview\n  ${CLI} remind --json > nhac-viec.json`)
    .action(lazy(() => import('./commands/remind.js')));

  program
    .command('export')
    .description('Xuất danh sách cho giáo viên: CSV (mở được bằng Excel) hoặc JSON')
    .addOption(ruled(new Option('--format <dạng>', 'csv hoặc json (mặc định: csv; json khi có --json)'), 'exportFormat'))
    .option('--mask', 'Che số giấy tờ và số điện thoại')
    .option('-o, --out <tệp>', 'Ghi ra tệp thay vì màn hình')
    .option('-f, --force', 'Ghi đè nếu tệp đã có')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} export --mask --out lop-12a1.csv\n  ${CLI} export --format json > lop.json`)
    .action(lazy(() => import('./commands/export.js')));

  program
    .command('report')
    .description('Báo cáo cho giáo viên: một trang HTML (mở bằng trình duyệt, in A4) với tổng quan, biểu đồ, người cần xử lý, danh sách lớp')
    .option('-o, --out <tệp>', 'Tên tệp HTML (mặc định: lop-<tên lớp>.html)')
    .option('--unmask', 'Hiện đầy đủ mã số BHXH và số giấy tờ (mặc định: che một phần)')
    .option('--class <lớp>', 'Chỉ một lớp, khi máy có nhiều lớp đã ghép')
    .option('-f, --force', 'Ghi đè nếu tệp đã có')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} report\n  ${CLI} report --out lop-12a1.html\n  ${CLI} report --class 12A2 --out lop-12a2.html`)
    .action(lazy(() => import('./commands/report.js')));

  program
    .command('fill')
    .description('Ngồi cùng bạn điền tờ khai trên trang web: từng ô theo thứ tự của tờ khai, giá trị được chép sẵn để dán; --cards: thẻ nhập liệu để in')
    .argument('[mã...]', 'mã học sinh, mã số BHXH hoặc họ tên (không có: lần lượt mọi học sinh “Sẵn sàng”)')
    .option('--cards', 'Không điền: ghi một trang HTML in được (4 thẻ A6 mỗi tờ A4) để mỗi bạn tự gõ vào ứng dụng')
    .option('-o, --out <tệp>', 'Với --cards: tên tệp HTML (mặc định: trong thư mục dữ liệu, purge xóa được)')
    .option('-f, --force', 'Với --out: ghi đè nếu tệp đã có')
    .option('--no-clipboard', 'Không chép vào bộ nhớ tạm: chỉ hiện chữ lớn để gõ lại')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} fill k3f9q2\n  ${CLI} fill\n  ${CLI} fill --no-clipboard\n  ${CLI} fill --cards --out the-nhap.html`)
    .action(lazy(() => import('./commands/fill.js')));

  program
    .command('config')
    .description('Hồ sơ lớp: tên lớp, cơ quan BHXH tiếp nhận, e-mail hỗ trợ, hình thức nộp, ngày nghỉ')
    .argument('[thao tác]', 'list | get | set | add | remove | reset', 'list')
    .argument('[khóa]', 'className | receivingAgency | supportEmail | submissionMethod | extraDaysOff | removedDaysOff | extraWards')
    .argument('[giá trị...]', 'giá trị mới (với set); ngày YYYY-MM-DD (với add, remove)')
    .option('-y, --yes', 'Không hỏi xác nhận: khi reset cả hồ sơ lớp; khi đổi receivingAgency, cập nhật luôn các học sinh chưa ghi nhận')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} config list\n  ${CLI} config set className "12A1"\n  ${CLI} config set receivingAgency "BHXH TP. Hà Nội – BHXH cơ sở Đống Đa" --yes\n  ${CLI} config set supportEmail hotro@truong.edu.vn\n  ${CLI} config add extraDaysOff 2026-02-23\n  ${CLI} config reset supportEmail`)
    .action(lazy(() => import('./commands/config.js')));

  program
    .command('collect')
    .description('Các bạn trong lớp tự khai thông tin và chụp CCCD trên điện thoại, gửi về máy này qua mạng Wi-Fi chung')
    .option('--host <địa chỉ>', 'Địa chỉ IP của máy này để lắng nghe (mặc định: địa chỉ mạng LAN đầu tiên)')
    .option('--port <cổng>', 'Cổng lắng nghe (0: một cổng trống bất kỳ)', '0')
    .option('--minutes <phút>', 'Tự dừng sau số phút này', '60')
    .addOption(new Option('--light', 'Mã QR cho cửa sổ nền sáng (chữ tối)').conflicts('dark'))
    .option('--dark', 'Mã QR cho cửa sổ nền tối (mặc định)')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} collect\n  ${CLI} collect --minutes 30\n  ${CLI} collect --host 192.168.43.10 --port 8080`)
    .action(lazy(() => import('./commands/collect.js')));

  program
    .command('purge')
    .description('Xóa khỏi máy các học sinh đã hoàn tất và các thẻ nhập liệu (fill --cards) trong thư mục dữ liệu')
    .addOption(ruled(new Option('--done-before <ngày>', 'xóa những người hoàn tất trước ngày này, ví dụ 30/06/2026').makeOptionMandatory(), 'calendarDay'))
    .option('-y, --yes', 'Không hỏi xác nhận')
    .action(lazy(() => import('./commands/purge.js')));

  program
    .command('troubleshoot')
    .description('Các tình huống vướng mắc khi đăng ký và cách xử lý (8 tình huống của hướng dẫn)')
    .argument('[số hoặc từ khóa...]', 'số thứ tự 1–8, hoặc từ khóa (gõ không dấu cũng được)')
    .option('-l, --list', 'In tất cả các tình huống')
    .option('-s, --student <mã>', 'Áp dụng tình huống 2–5 cho một học sinh đã lưu (mã, mã số BHXH hoặc họ tên)')
    .option('--email', 'Với tình huống 3: soạn sẵn e-mail gửi bộ phận hỗ trợ cho những học sinh bị sai số điện thoại')
    .option('-o, --out <tệp>', 'Với --email: ghi e-mail ra tệp')
    .option('--sent', 'Với --email: ghi là đã gửi e-mail cho mọi học sinh có trong e-mail (bảng theo dõi thôi nhắc gửi)')
    .option('--use-guide-address', 'Với --email: xác nhận gửi tới địa chỉ trong hướng dẫn gốc khi lớp chưa đặt supportEmail')
    .option('-f, --force', 'Với --out: ghi đè nếu tệp đã có')
    .option('-y, --yes', 'Với tình huống 2, 3 và --student: thay đổi hồ sơ mà không hỏi lại (cần khi không có terminal)')
    .addOption(new Option('--light', 'Với tình huống 4 và --student: mã QR cho cửa sổ nền sáng').conflicts('dark'))
    .option('--dark', 'Với tình huống 4 và --student: mã QR cho cửa sổ nền tối (mặc định)')
    .addOption(ruled(new Option('--cause <nguyên nhân>', 'Với tình huống 2 và --student: failed (đăng ký chưa thành công, giữ số điện thoại) | wrong-phone (đăng ký sai số: xóa số đó)'), 'cause'))
    .addHelpText('after', `\nVí dụ:\n  ${CLI} troubleshoot 2 --student h6t2wd --cause failed\n  ${CLI} troubleshoot 5\n  ${CLI} troubleshoot "mat khau"\n  ${CLI} troubleshoot --list --json\n  ${CLI} troubleshoot 5 --student h6t2wd\n  ${CLI} troubleshoot 3 --email --out email-ho-tro.txt`)
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
    .argument('[mã]', 'mã QR cần hiện: ios, android hoặc web (mỗi lần một mã, vừa cửa sổ)')
    .addOption(new Option('--light', 'Mã QR cho cửa sổ nền sáng (chữ tối)').conflicts('dark'))
    .option('--dark', 'Mã QR cho cửa sổ nền tối (mặc định, trừ khi COLORFGBG báo nền sáng)')
    .addHelpText('after', `\nVí dụ:\n  ${CLI} install android\n  ${CLI} install ios --light\n  ${CLI} install --json`)
    .action(lazy(() => import('./commands/install.js')));

  return program;
}
