/**
 * `fill` as a monitor uses it, in a pseudo-terminal: two ready students through the web form,
 * under a virtual X display (xvfb-run) with a real clipboard tool (xsel). After each box the
 * clipboard is read back: the stored value exactly, the phone exactly the one confirmed; nothing
 * is left on it at the end. Then without a display (large text instead), and Ctrl+C midway.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { seedReady } from './fill-fixture.js';
import { tempHome } from './helpers.js';
import { KEY, Terminal } from './pty.js';

const which = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const available = which('xvfb-run') && which('xsel');
const inCi = process.env.CI === 'true' || process.env.CI === '1';
if (!available && !inCi) console.log('[fill-pty] skipped: needs xvfb-run and xsel (apt-get install -y xvfb xsel).');

/** The form's boxes in its order, by the label the screen shows. */
const ORDER = [
  'Tên cơ quan/tổ chức/cá nhân', 'Mã số bảo hiểm xã hội', 'Số CMND/HC/CC', 'Mặt trước', 'Mặt sau',
  'Địa chỉ liên hệ — Tỉnh/Thành phố', 'Địa chỉ liên hệ — Phường/Xã', 'Địa chỉ liên hệ — Số nhà, đường',
  'Người liên hệ', 'Địa chỉ thư điện tử', 'Điện thoại di động', 'Đăng ký giao dịch tại',
  'Chọn cơ quan BHXH tiếp nhận', 'Chọn hình thức nộp hồ sơ',
];

/** What the clipboard must hold at each box: the stored value, a photo's full path, nothing for a choice. */
function expectedClipboard(record: StudentRecord): Record<string, string> {
  const f = record.fields;
  return {
    [ORDER[0]!]: f.name!, [ORDER[1]!]: f.bhxhCode!, [ORDER[2]!]: f.idNumber!, [ORDER[3]!]: f.frontPhoto!, [ORDER[4]!]: f.backPhoto!,
    [ORDER[5]!]: '', [ORDER[6]!]: '', [ORDER[7]!]: f.street!, [ORDER[8]!]: f.contactPerson!, [ORDER[9]!]: f.email ?? '',
    [ORDER[10]!]: record.phoneConfirmed!, [ORDER[11]!]: '', [ORDER[12]!]: '', [ORDER[13]!]: '',
  };
}

const KEYS_LINE = /Enter: ô tiếp theo · b: quay lại ô trước[^\n]*\n/;

describe.skipIf(!available && !inCi)('fill in a terminal', () => {
  let xvfb: ChildProcess;
  const display: Record<string, string> = {};

  beforeAll(async () => {
    if (!available) throw new Error('xvfb-run or xsel is missing: .ci/run installs them (apt-get install -y xvfb xsel).');
    // One virtual display for the whole file; the shell tells where it is, then waits to be killed.
    xvfb = spawn('xvfb-run', ['-a', 'sh', '-c', 'echo "$DISPLAY $XAUTHORITY"; exec sleep 600'], { detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve, reject) => {
      let text = '';
      xvfb.stdout?.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) resolve(text.trim());
      });
      xvfb.once('exit', (code) => reject(new Error(`xvfb-run exited with ${code}`)));
    });
    const [DISPLAY = '', XAUTHORITY = ''] = line.split(' ');
    Object.assign(display, { DISPLAY, XAUTHORITY, WAYLAND_DISPLAY: '', XDG_SESSION_TYPE: 'x11' });
  }, 30_000);

  afterAll(() => {
    if (xvfb?.pid) process.kill(-xvfb.pid, 'SIGTERM');
  });

  const clipboard = () => {
    const read = spawnSync('xsel', ['--clipboard', '--output'], { env: { ...process.env, ...display }, encoding: 'utf8', timeout: 5000 });
    expect(read.status).toBe(0);
    return read.stdout;
  };

  /** Waits for a box's screen (it ends with the keys line) and says which box it is. */
  async function box(term: Terminal): Promise<string> {
    await term.waitFor(KEYS_LINE, 15_000);
    const headers = [...term.text.matchAll(/Ô (\d+)\/(\d+) — ([^\n]+)/g)];
    const last = headers.at(-1);
    expect(last).toBeDefined();
    return (last as RegExpMatchArray)[3]!.trim();
  }

  /** Presses `key` after forgetting the screen so far, so the next wait sees only what follows. */
  const press = (term: Terminal, key: string) => {
    term.clear();
    term.type(key);
  };

  /** Every box of one student, checking the clipboard at each; b and c tried at the ID number. */
  async function walk(term: Terminal, record: StudentRecord, withClipboard: boolean): Promise<void> {
    const expected = expectedClipboard(record);
    const seen: string[] = [];
    for (let i = 0; i < ORDER.length; i += 1) {
      const label = await box(term);
      seen.push(label);
      if (withClipboard) expect({ label, value: clipboard() }).toEqual({ label, value: expected[label] });
      if (label === 'Số CMND/HC/CC') {
        // b goes back a box (copied again); Enter returns; c copies afresh what something else replaced.
        press(term, 'b');
        expect(await box(term)).toBe('Mã số bảo hiểm xã hội');
        if (withClipboard) expect(clipboard()).toBe(record.fields.bhxhCode);
        press(term, KEY.enter);
        expect(await box(term)).toBe('Số CMND/HC/CC');
        if (withClipboard) {
          spawnSync('sh', ['-c', 'printf other | xsel --clipboard --input'], { env: { ...process.env, ...display } });
          expect(clipboard()).toBe('other');
          press(term, 'c');
          expect(await box(term)).toBe('Số CMND/HC/CC');
          expect(clipboard()).toBe(record.fields.idNumber);
        }
      }
      press(term, KEY.enter);
    }
    expect(seen).toEqual(ORDER);
    await term.waitFor('Đã bấm «Ghi nhận»');
    if (withClipboard) expect(clipboard()).toBe('');
    press(term, 'c');
    await term.waitFor(`Đã ghi: ${record.fields.name}`);
  }

  it('two ready students, every box on the clipboard exactly as stored, submitted recorded, clipboard empty at the end', async () => {
    const home = tempHome();
    const [first, second] = seedReady(home) as [StudentRecord, StudentRecord];
    const term = new Terminal(['fill'], { home, env: display });
    await term.waitFor('Enter: bắt đầu');
    expect(term.text).toContain('dichvucong.baohiemxahoi.gov.vn/#/dang-ky');
    press(term, KEY.enter);
    const started = Date.now();
    await walk(term, first, true);
    await term.waitFor('Người tiếp theo: Trần Thị Bình');
    press(term, KEY.enter);
    // Her phone came from a flag, typed once: it is typed again before her form.
    await term.waitFor('gõ số điện thoại');
    term.type(`0987 654 321${KEY.enter}`);
    await walk(term, { ...second, phoneConfirmed: '0987654321' }, true);
    expect(await term.exited).toBe(0);
    expect(term.text).toContain('Xong: 2 học sinh đã ghi nhận');
    expect(clipboard()).toBe('');
    const after = openStore({ home }).list();
    for (const record of after) {
      expect(record.state).toBe('submitted');
      const event = record.events.at(-1)!;
      expect(event.type).toBe('submitted');
      expect(Date.parse(event.at)).toBeGreaterThanOrEqual(started - 1000);
      expect(Date.parse(event.at)).toBeLessThanOrEqual(Date.now());
    }
    expect(after[1]!.phoneConfirmed).toBe('0987654321');
  }, 120_000);

  it('without a display: says so, shows each value large, still records submitted', async () => {
    const home = tempHome();
    const [first, second] = seedReady(home, { confirmSecondPhone: true }) as [StudentRecord, StudentRecord];
    const term = new Terminal(['fill', first.id], { home, env: { ...display, DISPLAY: '' } });
    await term.waitFor('Enter: bắt đầu');
    expect(term.text).toContain('không có màn hình đồ họa');
    press(term, KEY.enter);
    await walkPlain(term, first);
    await term.waitFor(`Người tiếp theo: ${second.fields.name}`);
    press(term, 'q');
    expect(await term.exited).toBe(0);
    const [a, b] = openStore({ home }).list();
    expect(a!.state).toBe('submitted');
    expect(b!.state).toBe('ready');
  }, 120_000);

  /** The boxes in fallback mode: the value framed on screen, "Gõ «…»" instead of "Đã chép". */
  async function walkPlain(term: Terminal, record: StudentRecord): Promise<void> {
    for (const label of ORDER) {
      expect(await box(term)).toBe(label);
      if (label === 'Điện thoại di động') {
        expect(term.text).toMatch(/║ {2}0912 345 678 {2}║/);
        expect(term.text).toContain('Gõ «0912 345 678» vào ô Điện thoại di động (các chữ số liền nhau, không có dấu cách), rồi Enter');
      }
      expect(term.text).not.toContain('Đã chép');
      press(term, KEY.enter);
    }
    await term.waitFor('Đã bấm «Ghi nhận»');
    press(term, 'c');
    await term.waitFor(`Đã ghi: ${record.fields.name}`);
  }

  it('Ctrl+C midway: exit 130, the clipboard emptied, what was recorded kept', async () => {
    const home = tempHome();
    const [first] = seedReady(home, { confirmSecondPhone: true }) as [StudentRecord, StudentRecord];
    const term = new Terminal(['fill'], { home, env: display });
    await term.waitFor('Enter: bắt đầu');
    press(term, KEY.enter);
    expect(await box(term)).toBe(ORDER[0]);
    press(term, KEY.enter);
    expect(await box(term)).toBe(ORDER[1]);
    expect(clipboard()).toBe(first.fields.bhxhCode);
    press(term, KEY.ctrlC);
    expect(await term.exited).toBe(130);
    expect(term.text).toContain('Đã dừng');
    expect(clipboard()).toBe('');
    expect(openStore({ home }).list().map((r) => r.state)).toEqual(['ready', 'ready']);
    expect(existsSync(home)).toBe(true);
  }, 60_000);

  it('the terminal closed midway (SIGHUP): the clipboard is emptied all the same', async () => {
    const home = tempHome();
    const [first] = seedReady(home, { confirmSecondPhone: true }) as [StudentRecord, StudentRecord];
    const term = new Terminal(['fill', first.id], { home, env: display });
    await term.waitFor('Enter: bắt đầu');
    press(term, KEY.enter);
    expect(await box(term)).toBe(ORDER[0]);
    expect(clipboard()).toBe(first.fields.name);
    term.kill();
    await term.exited;
    expect(clipboard()).toBe('');
    expect(openStore({ home }).list().map((r) => r.state)).toEqual(['ready', 'ready']);
  }, 60_000);
});
