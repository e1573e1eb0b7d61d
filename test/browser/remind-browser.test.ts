/// <reference lib="dom" />
/**
 * The reminder page and the teacher's report in a real browser (Debian's chromium, driven by
 * playwright-core): the copy button copies, the chat links are there, the one script runs by its
 * hash and nothing else does, nothing is fetched, no command text reaches the teacher.
 * Screenshots are written where REPORT_ARTIFACTS points, to be looked at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/store.js';
import { NOW, seedClass42 } from '../e2e/class42-fixture.js';
import { runCli, tempHome } from '../e2e/helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const HOSTILE = 'Lê <img src=x onerror="window.__injected=1"> Hoa';

describe.skipIf(!available && !inCi)('the reminder page and the report in headless Chromium', () => {
  let context: Awaited<ReturnType<typeof import('playwright-core')['chromium']['launchPersistentContext']>>;
  let profile: string;
  let pagePath: string;
  let reportPath: string;
  const artifacts = process.env.REPORT_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'vssid-remind-'));

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get install -y chromium.`);
    const home = tempHome();
    const ids = seedClass42(home);
    // A name that would be markup, with an event handler, if anything were not escaped.
    openStore({ home }).update(ids.all.at(-1) as string, (r) => ({ ...r, fields: { ...r.fields, name: HOSTILE } }));
    pagePath = join(home, 'nhac-viec.html');
    reportPath = join(home, 'lop.html');
    const env = { VSSID_HELPER_NOW: NOW };
    expect(runCli(['remind', '--out', pagePath, '--by', '27/02'], { home, env }).code).toBe(0);
    expect(runCli(['report', '--out', reportPath], { home, env }).code).toBe(0);
    mkdirSync(artifacts, { recursive: true });
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'vssid-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (!process.env.REPORT_ARTIFACTS) rmSync(artifacts, { recursive: true, force: true });
  });

  async function open(path: string, viewport: { width: number; height: number }) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const url = pathToFileURL(path).href;
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors };
  }

  it('the reminder page: grouped messages, the chat links, the copy button copies, nothing else runs or loads', async () => {
    const { page, requests, errors } = await open(pagePath, { width: 390, height: 844 });
    const dom = await page.evaluate(() => ({
      groups: Array.from(document.querySelectorAll('section[data-kind]')).map((s) => s.getAttribute('data-kind')),
      cards: document.querySelectorAll('li.card').length,
      zalo: Array.from(document.querySelectorAll('a[href^="https://zalo.me/"]')).length,
      sms: (document.querySelector('li.card a[href^="sms:"]') as HTMLAnchorElement | null)?.getAttribute('href') ?? '',
      injected: (window as unknown as { __injected?: number }).__injected,
      images: document.images.length,
      text: document.body.innerText,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(dom.groups[0]).toBe('password-overdue');
    expect(dom.cards).toBeGreaterThan(10);
    expect(dom.zalo).toBe(dom.cards - 1); // Võ Văn Bình has no phone yet
    expect(dom.sms).toMatch(/^sms:0\d{9}\?body=/);
    expect(dom.injected).toBeUndefined();
    expect(dom.images).toBe(0);
    expect(dom.text).toContain(HOSTILE.split(' ').at(-1));
    expect(dom.text).toContain('trước thứ Sáu 27/02');
    expect(dom.overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(artifacts, 'remind-phone.png') });

    const first = page.locator('li.card').first();
    const message = (await first.locator('p.msg').textContent()) ?? '';
    await first.locator('button[data-copy]').click();
    await expect.poll(() => first.locator('button[data-copy]').textContent()).toBe('Đã chép ✓');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    expect(message).toMatch(/ơi, hạn nhận mật khẩu VssID là/);
    // The class line has its own button.
    await page.locator('#class-line button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^Lớp 23CTT2: \d+\/42 đã xong/);
    await page.screenshot({ path: join(artifacts, 'remind-copied.png') });
    expect(requests).toEqual([]);
    // No CSP violation: the one script ran by its hash, the hostile handler never did.
    expect(errors.filter((e) => !/onerror|inline event handler/i.test(e))).toEqual([]);
    await page.close();
  }, 60_000);

  it('the report speaks to a teacher: the summary on top, next steps in words, no command', async () => {
    const { page, requests } = await open(reportPath, { width: 1280, height: 900 });
    const dom = await page.evaluate(() => ({
      summary: document.getElementById('summary')?.textContent ?? '',
      text: document.body.innerText,
      firstStep: document.querySelector('#actions tbody tr td[data-label="Việc cần làm"]')?.textContent ?? '',
      guide: document.querySelector('#actions tbody tr td[data-label="Theo hướng dẫn"]')?.textContent ?? '',
    }));
    expect(dom.summary).toMatch(/^Lớp 23CTT2: \d+\/42 đã xong · /);
    expect(dom.text).not.toMatch(/vssid-helper (status|register|troubleshoot|remind)|--student|«(submitted|password|done)»/);
    expect(dom.firstStep).toMatch(/Quá hạn nhận mật khẩu \(hạn \d\d\/\d\d\/2026\): dùng «Quên mật khẩu»/);
    expect(dom.guide).toMatch(/^Hướng dẫn, mục «Không nhận được mật khẩu»/);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'report-top.png') });
    const actionsTop = await page.evaluate(() => (document.getElementById('actions') as HTMLElement).offsetTop);
    await page.screenshot({ path: join(artifacts, 'report-actions.png'), fullPage: true, clip: { x: 0, y: actionsTop, width: 1280, height: 900 } });
    await page.close();
  }, 60_000);
});
