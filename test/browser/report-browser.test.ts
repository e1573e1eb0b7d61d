/// <reference lib="dom" />
/**
 * The report in a real browser (Debian's chromium, driven by playwright-core): what a teacher
 * opens or prints. Screenshots and the A4 PDF are written where REPORT_ARTIFACTS points, to be
 * looked at; the checks below read the browser's own DOM.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STUDENT_STATES, type StudentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { NOW, seedClass } from '../e2e/class-fixture.js';
import { runCli, tempHome } from '../e2e/helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
if (!available && !inCi) {
  console.log(`[report-browser] skipped: no Chromium at ${CHROMIUM} (install it: apt-get install -y chromium).`);
}

const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const INJECTED_NAME = '<script>window.__injected = 1</script>';
const STYLE_NAME = '</style><b id="broken">x</b>';

// In CI a missing browser is a failure, never a silent skip.
describe.skipIf(!available && !inCi)('report in headless Chromium', () => {
  let browser: Awaited<ReturnType<typeof launch>>;
  let home: string;
  let reportPath: string;
  let records: StudentRecord[];
  const artifacts = process.env.REPORT_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'vssid-report-'));

  async function launch() {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium).`);
    const { chromium } = await import('playwright-core');
    const profile = mkdtempSync(join(tmpdir(), 'vssid-chromium-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
    return { context, profile };
  }

  beforeAll(async () => {
    home = tempHome();
    // 40 students in every state; the SMS of the one waiting for it came, so two are overdue.
    const ids = seedClass(home, { className: '12A1' });
    const store = openStore({ home });
    store.update(ids.noFileNumber, (r) => ({ ...r, state: 'file-number', events: [...r.events, { type: 'file-number', at: '2026-02-24T01:05:00.000Z', value: 'HS-0006' }] }));
    // Two drafts whose names would be markup if anything were not escaped.
    const [first, second] = ids.all.slice(-2) as [string, string];
    store.update(first, (r) => ({ ...r, fields: { ...r.fields, name: INJECTED_NAME } }));
    store.update(second, (r) => ({ ...r, fields: { ...r.fields, name: STYLE_NAME } }));
    records = store.list();
    reportPath = join(home, 'lop-12a1.html');
    const made = runCli(['report', '--out', reportPath], { home, env: { VSSID_HELPER_NOW: NOW } });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    mkdirSync(artifacts, { recursive: true });
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.context.close();
    if (browser) rmSync(browser.profile, { recursive: true, force: true });
    if (!process.env.REPORT_ARTIFACTS) rmSync(artifacts, { recursive: true, force: true });
  });

  async function open(viewport: { width: number; height: number }) {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    const url = pathToFileURL(reportPath).href;
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests };
  }

  it('shows the totals of the store, makes no request, runs no injected script', async () => {
    const { page, requests } = await open({ width: 1280, height: 900 });
    const dom = await page.evaluate(() => ({
      totals: Object.fromEntries(
        Array.from(document.querySelectorAll('#totals tbody tr[data-state]')).map((tr) => [
          tr.getAttribute('data-state'),
          Number(tr.querySelector('.count')?.textContent),
        ]),
      ),
      all: Number(document.querySelector('tr[data-total="all"] .count')?.textContent),
      overdue: Number(document.querySelector('tr[data-total="overdue"] .count')?.textContent),
      classRows: document.querySelectorAll('#class tbody tr').length,
      injected: (window as unknown as { __injected?: number }).__injected,
      scripts: document.scripts.length,
      broken: document.getElementById('broken') !== null,
      text: document.body.innerText,
      resources: performance.getEntriesByType('resource').length,
      lang: document.documentElement.lang,
      charset: document.characterSet,
    }));
    const expected = Object.fromEntries(STUDENT_STATES.map((state) => [state, records.filter((r) => r.state === state).length]));
    expect(dom.totals).toEqual(expected);
    expect(Object.values(expected).every((count) => count > 0)).toBe(true);
    expect(dom.all).toBe(40);
    expect(dom.classRows).toBe(40);
    expect(dom.overdue).toBe(2);
    expect(dom.injected).toBeUndefined();
    expect(dom.scripts).toBe(0);
    expect(dom.broken).toBe(false);
    expect(dom.text).toContain(INJECTED_NAME);
    expect(dom.text).toContain(STYLE_NAME);
    expect(dom.text).toContain('Báo cáo đăng ký VssID — lớp 12A1');
    expect(dom.lang).toBe('vi');
    expect(dom.charset).toBe('UTF-8');
    expect(dom.resources).toBe(0);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(artifacts, 'desktop.png'), fullPage: true });
    await page.close();
  }, 60_000);

  it('prints to A4 pages and reads on a phone', async () => {
    const { page, requests } = await open({ width: 390, height: 844 });
    const phone = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      headerHidden: getComputedStyle(document.querySelector('#class thead') as Element).display === 'none',
    }));
    expect(phone.overflow).toBeLessThanOrEqual(0);
    expect(phone.headerHidden).toBe(true);
    await page.screenshot({ path: join(artifacts, 'phone.png'), fullPage: true });
    // The first screen, and the first students needing action, as a phone shows them.
    await page.screenshot({ path: join(artifacts, 'phone-top.png') });
    const actionsTop = await page.evaluate(() => (document.getElementById('actions') as HTMLElement).offsetTop);
    await page.screenshot({ path: join(artifacts, 'phone-actions.png'), fullPage: true, clip: { x: 0, y: actionsTop, width: 390, height: 1200 } });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(artifacts, 'report.pdf'), pdf);
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    // A4 is 595 × 842 points.
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    expect((text.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('the file on disk is the one the browser read', () => {
    expect(readFileSync(reportPath, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="vi">/);
  });
});
