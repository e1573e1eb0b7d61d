import { describe, expect, it } from 'vitest';
import { LINKS } from '../../src/core/content/links.js';
import { decodeAll, qrTextBlocks } from '../qr-decode.js';
import { runCli, tempHome, writePhotos } from './helpers.js';
import { KEY, screenOf, Terminal } from './pty.js';

const COLS = 80;
const ROWS = 24;

/** What an 80×24 terminal shows at the end: the output replayed through a terminal emulator. */
async function screenAfter(term: Terminal, cols = COLS, rows = ROWS): Promise<string> {
  await term.exited;
  return screenOf(term, cols, rows);
}

const run = (args: string[], options: { env?: NodeJS.ProcessEnv; home?: string; cols?: number; rows?: number } = {}) =>
  new Terminal(args, { cols: COLS, rows: ROWS, ...options });

describe('QR codes on an 80×24 terminal', () => {
  it('install android: the whole code, its label and its link on the last screen, decodable on dark', async () => {
    const screen = await screenAfter(run(['install', 'android']));
    expect(decodeAll(screen, 'dark')).toEqual([LINKS.googlePlay]);
    expect(screen).toContain('Android (Google Play)');
    expect(screen).toContain(LINKS.googlePlay);
  });

  it('install with no argument asks which code, then shows only that one', async () => {
    const term = run(['install']);
    await term.waitFor('Hiện mã QR nào');
    term.type(KEY.down);
    term.type(KEY.enter);
    const screen = await screenAfter(term);
    expect(decodeAll(screen, 'dark')).toEqual([LINKS.googlePlay]);
  });

  it('install with no argument, "no code" chosen: the links and how to show a code', async () => {
    const term = run(['install']);
    await term.waitFor('Hiện mã QR nào');
    term.type(KEY.down + KEY.down + KEY.down);
    term.type(KEY.enter);
    const screen = await screenAfter(term);
    expect(qrTextBlocks(screen)).toEqual([]);
    expect(screen).toContain(LINKS.googlePlay);
    expect(screen).toContain('vssid-helper install android');
  });

  it('install ios --light, and a light background told by COLORFGBG, decode on light', async () => {
    expect(decodeAll(await screenAfter(run(['install', 'ios', '--light'])), 'light')).toEqual([LINKS.appStore]);
    const detected = await screenAfter(run(['install', 'web'], { env: { COLORFGBG: '0;15' } }));
    expect(decodeAll(detected, 'light')).toEqual([LINKS.webRegistration]);
    expect(detected).toContain('thử --dark');
  });

  it('row 4 for a student: the account page code fits and decodes, dark and light', async () => {
    const home = tempHome();
    const { front, back } = writePhotos(home);
    const saved = runCli([
      'register', '--yes', '--json', '--name', 'Nguyễn Văn An', '--bhxh', '7931234567', '--id-number', '079204001234',
      '--front', front, '--back', back, '--province', 'TP HCM', '--ward', 'Phường Bến Nghé', '--street', '12 Lê Lợi',
      '--phone', '0912345678', '--agency', 'BHXH Thành phố Hồ Chí Minh',
    ], { home });
    const { id } = JSON.parse(saved.stdout) as { id: string };
    const dark = await screenAfter(run(['troubleshoot', '4', '--student', id], { home }));
    expect(decodeAll(dark, 'dark')).toEqual([LINKS.accountPage]);
    expect(dark).toContain(LINKS.accountPage);
    const light = await screenAfter(run(['troubleshoot', '4', '--student', id, '--light'], { home }));
    expect(decodeAll(light, 'light')).toEqual([LINKS.accountPage]);
  });

  it('the wizard shows the web code only where it fits above the next question, else the link', async () => {
    const screenOf = async (cols: number, rows: number) => {
      const term = run(['register'], { cols, rows });
      // The first question (issue 12): a student without an account yet goes on to the form.
      await term.waitFor('đã có tài khoản VssID chưa');
      term.type(KEY.enter);
      await term.waitFor('Đã chuẩn bị đủ');
      term.type(KEY.enter);
      await term.waitFor('Đối tượng đăng ký');
      term.kill();
      return screenAfter(term, cols, rows);
    };
    const small = await screenOf(COLS, ROWS);
    expect(qrTextBlocks(small)).toEqual([]);
    expect(small).toContain('vssid-helper install web');
    expect(small).toContain(LINKS.webRegistration);
    expect(decodeAll(await screenOf(100, 40), 'dark')).toEqual([LINKS.webRegistration]);
  });

  it('a terminal too small for the code says so and gives the link instead', async () => {
    const screen = await screenAfter(run(['install', 'android'], { cols: 60, rows: 20 }), 60, 20);
    expect(qrTextBlocks(screen)).toEqual([]);
    expect(screen.replace(/\s+/g, ' ')).toMatch(/quá nhỏ để hiện trọn mã QR: cần 41 cột × 24 dòng, đang có 60 × 20/);
    expect(screen.replace(/\n/g, '')).toContain(LINKS.googlePlay);
  });

  it('a large terminal gets the code at twice the size, still decodable', async () => {
    const screen = await screenAfter(run(['install', 'ios'], { cols: 120, rows: 50 }), 120, 50);
    const [block = []] = qrTextBlocks(screen);
    expect(block[0]?.length).toBe(2 * (29 + 8));
    expect(decodeAll(screen, 'dark')).toEqual([LINKS.appStore]);
  });
});
