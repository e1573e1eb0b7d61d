/**
 * The built CLI run as a Windows program (node.exe under Wine) through a class's life, with the
 * data in %APPDATA% as on a monitor's laptop. Each step's output is read from a file and checked,
 * and the data file parsed after it. `npm run test:windows`; README "Windows" says what this
 * covers and what Wine cannot show. Under CI=true a missing Wine or node.exe is a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { mountFatDrive } from './fat-drive.mjs';
import { byName, check, contains, exits, readData, step, summary } from './harness.mjs';
import { printedCommands, shellProblem } from './hints.mjs';
import { makePhotos } from './photos.mjs';
import { MissingTool, setUpWindows } from './wine.mjs';

const REPO = path.resolve(import.meta.dirname, '../..');
const ROSTERS = path.join(REPO, 'test/fixtures/rosters');
// The import's CCCD checks and the board read "now": pinned so the run does not age.
const NOW = '2026-10-05T09:00';
const started = Date.now();

let w;
try {
  w = setUpWindows();
} catch (error) {
  if (!(error instanceof MissingTool)) throw error;
  console.log(`Windows smoke test cannot run: ${error.message}`);
  console.log(process.env.CI === 'true' ? '0 passed, 1 failed' : 'Skipped (not under CI=true).');
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
console.log(`Wine: ${w.wine}; node.exe: ${w.node}; prefix: ${w.prefix}`);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'vssid-windows-'));
const logs = path.join(work, 'logs');
fs.mkdirSync(logs);
const user = w.userFolder();
const appData = path.join(user, 'AppData', 'Roaming', 'vssid-helper');
const dataFile = path.join(appData, 'Config', 'data.json');
// Where a monitor keeps the class's files: spaces and Vietnamese letters, on C: and on Z:.
const documents = path.join(user, 'Documents', 'Lớp 12A1 – năm học 2026');
const desktopPhotos = path.join(user, 'Desktop', 'Ảnh thẻ lớp');
const zPhotos = path.join(work, 'Ảnh từ điện thoại');
for (const folder of [documents, desktopPhotos, zPhotos]) fs.mkdirSync(folder, { recursive: true });
fs.rmSync(appData, { recursive: true, force: true });

const outputs = [];
/** The CLI as Windows runs it: node.exe bin\vssid-helper.cjs, no VSSID_HELPER_HOME (so %APPDATA%). */
function cli(args, { cwd = REPO, env = {} } = {}) {
  const result = w.runNode([w.win(path.join(REPO, 'bin/vssid-helper.cjs')), ...args], {
    cwd, outDir: logs, env: { NO_COLOR: '1', VSSID_HELPER_NOW: NOW, ...env },
  });
  outputs.push(result.stdout, result.stderr);
  return result;
}

/** A second Windows program (holder.cjs) running beside the CLI; resolves once it is in place. */
async function holder(mode, target, ms) {
  const ready = path.join(work, `ready-${mode}-${Date.now()}`);
  const held = w.spawnNode([w.win(path.join(REPO, 'test/windows/holder.cjs')), mode, w.win(target), w.win(ready), String(ms)], {
    cwd: work, outDir: logs, name: `holder-${mode}-${w.starts}`,
  });
  for (const deadline = Date.now() + 60_000; !fs.existsSync(ready); await sleep(20)) {
    check(Date.now() < deadline && held.child.exitCode === null, `holder ${mode} did not start: ${held.output()}`);
  }
  return { ...held, report: async () => (await held.exited, JSON.parse(held.output().trim().split('\n').at(-1))) };
}

const quoted = (file) => `"${w.win(file)}"`;
const ids = {};
w.startServer();
try {
  await step('node.exe starts the built CLI: --help in Vietnamese, read from a file', () => {
    contains(exits(cli(['--help']), 0), 'Cách dùng: vssid-helper', 'Nhập danh sách cả lớp');
  });

  await step('%APPDATA% is the data folder when VSSID_HELPER_HOME is unset', () => {
    const result = cli(['config', 'list', '--json']);
    exits(result, 0);
    const shown = JSON.parse(result.stdout).path;
    check(shown.toLowerCase() === w.win(dataFile).toLowerCase(), `config shows ${shown}, expected ${w.win(dataFile)}`);
  });

  await step('import a CRLF Google Forms export from a path with spaces and Vietnamese letters', () => {
    const roster = path.join(documents, 'Danh sách lớp (Google Forms).csv');
    fs.copyFileSync(path.join(ROSTERS, 'class-40-forms.csv'), roster);
    check(fs.readFileSync(roster, 'latin1').includes('\r\n'), 'the fixture lost its CRLF line ends');
    contains(exits(cli(['import', w.win(roster)]), 0), 'Đã lưu 40 học sinh');
    check(fs.existsSync(dataFile), `no data file at ${dataFile}`);
    const data = readData(dataFile);
    check(data.records.length === 40, `${data.records.length} records, expected 40`);
    check(byName(data, 'Trần Văn Bình').fields.street === '2 Lê Lợi', 'a CRLF row kept its line end in a field');
  });

  await step('import a Windows-1258 Excel CSV, named relative to the current folder', () => {
    fs.copyFileSync(path.join(ROSTERS, 'windows-1258.csv'), path.join(documents, 'Danh sách 12A2 (Excel).csv'));
    contains(exits(cli(['import', 'Danh sách 12A2 (Excel).csv'], { cwd: documents }), 0), 'Windows-1258', 'Đã lưu 3 học sinh');
    const data = readData(dataFile);
    check(data.records.length === 43, `${data.records.length} records, expected 43`);
    ids.a = byName(data, 'Đặng Thị Ngọc Diễm').id;
    byName(data, 'Vũ Quốc Trưởng');
  });

  const photos = await makePhotos(REPO, work, { 'Diễm mặt trước.jpg': desktopPhotos, 'Diễm mặt sau.png': zPhotos, 'Mỷ mặt trước.jpg': zPhotos, 'Mỷ mặt sau.png': desktopPhotos });
  const agency = ['--agency', 'BHXH Thành phố Hồ Chí Minh'];

  await step('register --resume --yes with quoted C:\\ and Z:\\ photo paths (drag-and-drop)', () => {
    const args = ['register', '--resume', ids.a, '--front', quoted(photos['Diễm mặt trước.jpg']), '--back', quoted(photos['Diễm mặt sau.png']), ...agency, '--yes'];
    contains(exits(cli(args), 0), `mã ${ids.a}`, 'Sẵn sàng');
    const record = readData(dataFile).records.find((r) => r.id === ids.a);
    check(record.state === 'ready', `state ${record.state}`);
    check(record.fields.frontPhoto === w.win(photos['Diễm mặt trước.jpg']), `front photo stored as ${record.fields.frontPhoto}`);
    check(record.fields.backPhoto === w.win(photos['Diễm mặt sau.png']), `back photo stored as ${record.fields.backPhoto}`);
  });

  let registerOutput = '';
  await step('register --yes a new student from flags, photos as quoted Z:\\ and C:\\ paths', () => {
    registerOutput = exits(cli(['register', '--yes', '--name', 'Lò Thị Mỷ', '--bhxh', '7931999001', '--id-number', '079306009001',
      '--phone', '0912999001', '--province', 'TP HCM', '--ward', 'Phường Sài Gòn', '--street', '1 Nguyễn Huệ',
      '--front', quoted(photos['Mỷ mặt trước.jpg']), '--back', quoted(photos['Mỷ mặt sau.png']), ...agency]), 0);
    const data = readData(dataFile);
    check(data.records.length === 44, `${data.records.length} records, expected 44`);
    const record = byName(data, 'Lò Thị Mỷ');
    ids.b = record.id;
    check(record.state === 'ready' && record.fields.frontPhoto === w.win(photos['Mỷ mặt trước.jpg']), `state ${record.state}, front ${record.fields.frontPhoto}`);
  });

  await step('printed hints run as printed in cmd.exe (status … submitted; troubleshoot "mat khau")', () => {
    const help = exits(cli(['troubleshoot', '--help']), 0);
    const hint = printedCommands(registerOutput).find((c) => c.tokens[0] === 'status' && c.tokens.at(-1) === 'submitted');
    const example = printedCommands(help).find((c) => c.tokens[0] === 'troubleshoot' && c.tokens[1] === '"mat khau"');
    check(hint !== undefined && example !== undefined, `hints not found in:\n${registerOutput}\n${help}`);
    const shim = path.join(work, 'bin');
    fs.mkdirSync(shim, { recursive: true });
    // What npm's global install puts on the PATH for a bin, reduced to its one line.
    fs.writeFileSync(path.join(shim, 'vssid-helper.cmd'), `@"${w.win(w.node)}" "${w.win(path.join(REPO, 'bin/vssid-helper.cjs'))}" %*\r\n`);
    const script = path.join(work, 'hints.cmd');
    fs.writeFileSync(script, ['@echo off', `set "PATH=${w.win(shim)};%PATH%"`, `call vssid-helper ${hint.tokens.join(' ')}`, `call vssid-helper ${example.tokens.join(' ')}`, ''].join('\r\n'));
    const result = w.runWindows(['cmd', '/c', w.win(script)], { cwd: REPO, outDir: logs, env: { NO_COLOR: '1', VSSID_HELPER_NOW: NOW } });
    outputs.push(result.stdout);
    contains(exits(result, 0), `Lò Thị Mỷ (mã ${ids.b})`, 'Quên mật khẩu');
    check(readData(dataFile).records.find((r) => r.id === ids.b).state === 'submitted', 'the hint did not record "submitted"');
  });

  await step('rename retry: the data file held open by another Windows process (EPERM), then let go', async () => {
    const held = await holder('open', dataFile, 300);
    const result = cli(['status', ids.a, 'submitted']);
    const seen = await held.report();
    exits(result, 0);
    check(seen.sawTemporary && seen.blockedWhileOpen, `the rename was not held up: ${JSON.stringify(seen)}`);
    check(readData(dataFile).records.find((r) => r.id === ids.a).state === 'submitted', 'the event was not saved');
  });

  await step('the data file kept open past the retries: the change refused with a message, nothing lost', async () => {
    const before = fs.readFileSync(dataFile);
    const held = await holder('open', dataFile, 2500);
    const result = cli(['status', ids.a, 'file-number', 'HS-0001']);
    await held.report();
    const text = exits(result, 1);
    // store/folder.ts's guardAccess: the data file by its own name, held open by another program.
    contains(text.replace(/\s+/g, ' '), w.win(dataFile), 'đang mở trong một chương trình khác');
    check(!text.includes('.tmp'), 'the message names the temporary file');
    check(fs.readFileSync(dataFile).equals(before), 'the data file changed');
    readData(dataFile);
    console.log(`      message: ${text.trim().split('\n')[0]}`);
  });

  await step('status events: file-number, password, done', () => {
    contains(exits(cli(['status', ids.a, 'file-number', 'HS-0001']), 0), 'HS-0001');
    exits(cli(['status', ids.a, 'password']), 0);
    exits(cli(['status', ids.a, 'done']), 0);
    const record = readData(dataFile).records.find((r) => r.id === ids.a);
    check(record.state === 'done', `state ${record.state}`);
    check(record.events.map((e) => e.type).join(' ') === 'ready submitted file-number password done', `events ${record.events.map((e) => e.type)}`);
  });

  const exported = path.join(documents, 'Lớp 12A1 cho cô chủ nhiệm.csv');
  await step('export --out onto an existing file is refused; the file is untouched', () => {
    fs.writeFileSync(exported, 'bản cũ\r\n');
    contains(exits(cli(['export', '--out', w.win(exported)]), 1), 'đã có', '--force');
    check(fs.readFileSync(exported, 'utf8') === 'bản cũ\r\n', 'the existing file was changed');
    readData(dataFile);
  });

  await step('export --out --force while Excel-like holds the file: rename retried, file replaced', async () => {
    const held = await holder('open', exported, 300);
    const result = cli(['export', '--out', w.win(exported), '--force']);
    const seen = await held.report();
    contains(exits(result, 0), 'Đã xuất 44 học sinh');
    check(seen.blockedWhileOpen, `the rename was not held up: ${JSON.stringify(seen)}`);
    contains(fs.readFileSync(exported, 'utf8'), '\ufeffMã,', 'Đặng Thị Ngọc Diễm', 'Lò Thị Mỷ');
    readData(dataFile);
  });

  await step('export --force onto a file kept open: a clear message, the old file kept', async () => {
    const before = fs.readFileSync(exported);
    const held = await holder('open', exported, 2500);
    const result = cli(['export', '--out', w.win(exported), '--force']);
    await held.report();
    contains(exits(result, 1), 'đang mở', 'đóng');
    check(fs.readFileSync(exported).equals(before), 'the old export changed');
    check(!fs.readdirSync(documents).some((name) => name.endsWith('.tmp')), 'a temporary file was left');
  });

  await step('report --out a new file (hard link onto a new name)', () => {
    const report = path.join(documents, 'Báo cáo lớp 12A1.html');
    contains(exits(cli(['report', '--out', w.win(report)]), 0), 'Đã lập báo cáo 44 học sinh');
    contains(fs.readFileSync(report, 'utf8'), '<!DOCTYPE html>', 'Đặng Thị Ngọc Diễm');
    check(fs.statSync(report).nlink === 1, 'the temporary name still links to the report');
    readData(dataFile);
  });

  await step("a second writer waits for a live Windows process's lock, then takes it once that process is gone", async () => {
    const held = await holder('lock', `${dataFile}.lock`, 4000);
    const result = cli(['status', ids.b, 'file-number', 'HS-0002']);
    const seen = await held.report();
    exits(result, 0);
    check(seen.lockIntactWhileAlive, `the lock was taken from a live process ${seen.pid}`);
    check(result.ms > 2500, `the writer did not wait (${result.ms} ms)`);
    check(readData(dataFile).records.find((r) => r.id === ids.b).state === 'file-number', 'the event was not saved');
  });

  await step('a FAT drive (no hard links): data and --out on E:, through the link fallbacks', () => {
    const fat = mountFatDrive(w.prefix, work);
    try {
      const env = { VSSID_HELPER_HOME: 'E:\\vssid' };
      contains(exits(cli(['import', w.win(path.join(ROSTERS, 'windows-1258.csv'))], { env }), 0), 'Đã lưu 3 học sinh');
      check(readData(path.join(fat.root, 'vssid', 'data.json')).records.length === 3, 'the FAT store does not hold 3 records');
      contains(exits(cli(['export', '--out', 'E:\\lop.csv'], { env }), 0), 'Đã xuất 3 học sinh');
      contains(exits(cli(['export', '--out', 'E:\\lop.csv'], { env }), 1), 'đã có');
      contains(fs.readFileSync(path.join(fat.root, 'lop.csv'), 'utf8'), 'Vũ Quốc Trưởng');
    } finally {
      fat.unmount();
    }
  });

  await step('remove and purge', () => {
    contains(exits(cli(['remove', ids.b, '--yes']), 0), 'Lò Thị Mỷ');
    contains(exits(cli(['purge', '--done-before', '06/10/2026', '--yes']), 0), 'Đã xóa 1 học sinh');
    const data = readData(dataFile);
    check(data.records.length === 42 && !data.records.some((r) => r.id === ids.a || r.id === ids.b), `${data.records.length} records left`);
  });

  await step('every command printed is valid in cmd.exe and PowerShell (outputs and --help)', () => {
    for (const command of ['register', 'status', 'config', 'import']) exits(cli([command, '--help']), 0);
    const commands = printedCommands(outputs.join('\n'));
    check(commands.length > 20, `only ${commands.length} commands found`);
    const bad = commands.map((c) => [c, shellProblem(c)]).filter(([, problem]) => problem !== undefined);
    check(bad.length === 0, bad.map(([c, problem]) => `${problem}: ${c.line}`).join('\n'));
  });
} finally {
  w.stopServer();
  fs.rmSync(appData, { recursive: true, force: true });
  for (const folder of [documents, desktopPhotos]) fs.rmSync(folder, { recursive: true, force: true });
  if (process.env.KEEP_WINDOWS_LOGS) console.log(`Logs kept in ${logs}`);
  else fs.rmSync(work, { recursive: true, force: true });
}

console.log(`Windows smoke test: ${w.starts} Windows program starts, ${((Date.now() - started) / 1000).toFixed(1)} s in all.`);
process.exitCode = summary() ? 0 : 1;
