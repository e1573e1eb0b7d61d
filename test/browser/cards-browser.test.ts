/// <reference lib="dom" />
/**
 * The typing cards in a real browser (Debian's chromium through playwright-core, as the report's
 * test): A6 cards, four to an A4 page, nothing cut off, the phone and the agency highlighted.
 * A screenshot and the A4 PDF are written where REPORT_ARTIFACTS points, to be looked at.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StudentRecord } from '../../src/core/record.js';
import { openStore } from '../../src/store/store.js';
import { seedReady } from '../e2e/fill-fixture.js';
import { runCli, tempHome } from '../e2e/helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';
if (!available && !inCi) console.log(`[cards-browser] skipped: no Chromium at ${CHROMIUM} (install it: apt-get install -y chromium).`);

const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Three more ready students beside the fixture's two, one with the longest values a card must hold. */
function addStudents(home: string, base: StudentRecord): void {
  const store = openStore({ home });
  const more = [
    { name: 'Tôn Nữ Hoàng Thị Phương Khánh Linh', street: 'Số 123/45/6 Kiệt 7, Đường Nguyễn Thị Minh Khai, Khu phố 12', agency: 'BHXH Thành phố Hồ Chí Minh – BHXH cơ sở Bình Thạnh Gò Vấp Phú Nhuận', email: 'ton.nu.hoang.thi.phuong.khanh.linh.2007@truongthpt.edu.vn', postal: true },
    { name: 'Lê Minh Chi', street: '7 Hai Bà Trưng', agency: 'BHXH Thành phố Hồ Chí Minh', email: '', postal: false },
    { name: 'Phạm Ngọc Dũng', street: '9 Pasteur', agency: 'BHXH Thành phố Hồ Chí Minh', email: 'dung@gmail.com', postal: false },
  ];
  more.forEach((m, i) => {
    const record = store.create({
      ...base.fields, name: m.name, contactPerson: m.name, street: m.street, receivingAgency: m.agency, email: m.email,
      bhxhCode: `79312345${70 + i}`, idNumber: `07920400${1240 + i}`, phone: `091234${5670 + i}`,
      submissionMethod: m.postal ? 'postal' : 'reception',
    });
    store.save({ ...record, state: 'ready', events: [{ type: 'ready', at: new Date().toISOString() }], phoneConfirmed: `091234${5670 + i}` });
  });
}

describe.skipIf(!available && !inCi)('typing cards in headless Chromium', () => {
  let context: Awaited<ReturnType<typeof import('playwright-core')['chromium']['launchPersistentContext']>>;
  let profile: string;
  let cardsPath: string;
  const artifacts = process.env.REPORT_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'vssid-cards-'));

  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: .ci/run installs it (apt-get install -y chromium).`);
    const home = tempHome();
    const [first] = seedReady(home, { confirmSecondPhone: true });
    addStudents(home, first as StudentRecord);
    cardsPath = join(home, 'the-nhap.html');
    const made = runCli(['fill', '--cards', '--out', cardsPath], { home });
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('cho 5 học sinh');
    mkdirSync(artifacts, { recursive: true });
    copyFileSync(cardsPath, join(artifacts, 'the-nhap.html'));
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'vssid-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (!process.env.REPORT_ARTIFACTS) rmSync(artifacts, { recursive: true, force: true });
  });

  it('prints five cards on two A4 pages, each an A6 with nothing cut off, the phone and agency highlighted', async () => {
    const page = await context.newPage();
    const url = pathToFileURL(cardsPath).href;
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.setViewportSize({ width: 900, height: 1200 });
    await page.screenshot({ path: join(artifacts, 'cards-screen.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const dom = await page.evaluate(() => {
      const mm = (px: number) => Math.round((px * 25.4) / 96);
      return {
        sheets: Array.from(document.querySelectorAll('.sheet')).map((s) => s.querySelectorAll('.card').length),
        cards: Array.from(document.querySelectorAll<HTMLElement>('.card')).map((card) => {
          const list = card.querySelector('dl') as HTMLElement;
          const footer = card.querySelector('footer') as HTMLElement;
          return {
            width: mm(card.getBoundingClientRect().width),
            height: mm(card.getBoundingClientRect().height),
            overflow: card.scrollHeight - card.clientHeight,
            listFits: list.getBoundingClientRect().bottom <= footer.getBoundingClientRect().top + 0.5,
            wideValues: Array.from(card.querySelectorAll('dd')).filter((dd) => dd.scrollWidth > dd.clientWidth + 1).map((dd) => dd.textContent),
            highlighted: Array.from(card.querySelectorAll('dd.forever')).map((dd) => dd.getAttribute('data-key')),
            phone: card.querySelector('dd[data-key="phone"]')?.firstChild?.textContent,
            yellow: getComputedStyle(card.querySelector('dd.forever') as Element).backgroundColor,
          };
        }),
        scripts: document.scripts.length,
      };
    });
    expect(dom.sheets).toEqual([4, 1]);
    expect(dom.scripts).toBe(0);
    expect(requests).toEqual([]);
    for (const card of dom.cards) {
      expect(card).toMatchObject({ width: 105, overflow: 0, listFits: true, wideValues: [], highlighted: ['phone', 'receivingAgency'] });
      expect([148, 149]).toContain(card.height);
      expect(card.phone).toMatch(/^09\d\d \d{3} \d{3}$/);
      expect(card.yellow).toBe('rgb(255, 243, 176)');
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    writeFileSync(join(artifacts, 'cards.pdf'), pdf);
    const text = pdf.toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    expect((text.match(/\/Type\s*\/Page\b/g) ?? []).length).toBe(2);
    await page.close();
  }, 60_000);
});
