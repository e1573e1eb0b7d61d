/// <reference lib="dom" />
/**
 * `collect` as a classmate meets it: the built CLI serves, Debian's Chromium (playwright-core) at
 * a phone's size with touch opens the address the CLI printed, and the form is filled with the
 * mistakes classmates make. Screenshots go where COLLECT_ARTIFACTS points, to be looked at.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkField } from '../../src/core/fields/check.js';
import { openStore } from '../../src/store/store.js';
import { tempHome } from '../e2e/helpers.js';
import { jpegImage } from '../images.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const BIN = join(import.meta.dirname, '../../bin/vssid-helper.cjs');

const cliSays = (field: 'phone' | 'email', raw: string): string => {
  const check = checkField(field, raw, { files: false });
  return check.ok ? (check.warnings[0] ?? '') : check.message;
};

/** The CLI serving, and the address it printed once it did. */
function startCollect(home: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'collect', '--host', '127.0.0.1', '--minutes', '5'], {
    env: { ...process.env, VSSID_HELPER_HOME: home, NO_COLOR: '1' },
  });
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  child.stderr.on('data', (d) => (text += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${text}`)), 20_000);
    child.stdout.on('data', () => {
      const url = /http:\/\/127\.0\.0\.1:\d+\/\S+#k=\S+/.exec(text)?.[0];
      if (url === undefined) return;
      clearTimeout(timer);
      resolve({ child, url, output: () => text });
    });
  });
}

describe.skipIf(!available && !inCi)('collect in headless Chromium at a phone’s size', () => {
  const artifacts = process.env.COLLECT_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'vssid-collect-shots-'));
  const cleanup: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('a classmate fills in the form with the usual mistakes, sees the CLI’s messages, sends, and is saved with the photos', async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium).`);
    mkdirSync(artifacts, { recursive: true });
    const home = tempHome();
    const served = await startCollect(home);
    cleanup.push(() => void served.child.kill('SIGTERM'));
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(join(tmpdir(), 'vssid-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: FLAGS,
      viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2,
    });
    cleanup.push(async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    const origin = new URL(served.url).origin;
    const elsewhere: string[] = [];
    page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('blob:') && elsewhere.push(r.url()));

    await page.goto(served.url);
    await page.getByLabel('Họ và tên').fill('Nguyễn Văn An');
    await page.getByLabel('Mã số BHXH').fill('7931234567');
    await page.getByLabel('Số CMND/CCCD/Hộ chiếu').fill('079205001234');
    await page.getByLabel('Số CMND/CCCD/Hộ chiếu').blur();
    await expect.poll(() => page.locator('#m-idNumber').textContent()).toContain('2005');
    await page.getByLabel(/Các thông tin đọc từ số CCCD/).check();
    await page.getByLabel('Ảnh mặt trước').setInputFiles({ name: 'truoc.jpg', mimeType: 'image/jpeg', buffer: jpegImage(1200, 760) });
    await page.getByLabel('Ảnh mặt sau').setInputFiles({ name: 'sau.jpg', mimeType: 'image/jpeg', buffer: jpegImage(1280, 800) });
    await expect.poll(() => page.locator('img.preview:visible').count()).toBe(2);
    await page.getByLabel('Tỉnh/Thành phố').selectOption('Thành phố Hồ Chí Minh');
    await page.getByLabel('Quận/Huyện').fill('Quận 3');
    await page.getByLabel('Phường/Xã').fill('Phường 1');
    await page.getByLabel('Phường/Xã').blur();
    await expect.poll(() => page.locator('#m-ward').textContent()).toContain('Phường Bàn Cờ');
    await page.getByLabel('Số nhà, đường').fill('12 Trần Quốc Thảo');
    await page.getByLabel('Địa chỉ thư điện tử').fill('an@gmial.com');
    await page.getByLabel('Địa chỉ thư điện tử').blur();
    await expect.poll(() => page.locator('#m-email').textContent()).toBe(cliSays('email', 'an@gmial.com'));
    await page.getByLabel('Điện thoại di động', { exact: true }).fill('912345678');
    await page.getByLabel('Điện thoại di động', { exact: true }).blur();
    await expect.poll(() => page.locator('#m-phone').textContent()).toBe(cliSays('phone', '912345678'));
    await page.screenshot({ path: join(artifacts, 'mistakes.png'), fullPage: true });

    await page.getByLabel('Điện thoại di động', { exact: true }).fill('0912345678');
    await page.getByLabel('Nhập lại số điện thoại di động').fill('0912345678');
    await page.getByLabel(/^Cam kết/).check();
    await page.getByRole('button', { name: 'Gửi' }).tap();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toContain('Đã gửi tới lớp trưởng');
    await page.screenshot({ path: join(artifacts, 'sent.png'), fullPage: true });
    // Nothing of what was typed stays on the screen.
    expect(await page.locator('body').textContent()).not.toContain('079205001234');

    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
    await expect.poll(() => served.output()).toMatch(/✔ \d\d:\d\d Nguyễn Văn An — /);
    const [student] = openStore({ home, readOnly: true }).list();
    expect(student?.fields).toMatchObject({ name: 'Nguyễn Văn An', ward: 'Phường Bàn Cờ', email: 'an@gmial.com', phone: '0912345678' });
    expect(student?.sources?.phone).toBe('collect');
    expect(existsSync(student?.fields.frontPhoto ?? '')).toBe(true);
    expect(existsSync(student?.fields.backPhoto ?? '')).toBe(true);

    served.child.kill('SIGINT');
    const code = await new Promise((resolve) => served.child.once('exit', resolve));
    expect(code).toBe(0);
    expect(served.output()).toContain('Tổng kết: 1 bạn mới');
    console.log(`[collect-browser] screenshots in ${artifacts}`);
  }, 90_000);
});
