/**
 * Opening the notice from the footer link, on the phone profile (412×823, CPU 4× slower): the
 * time from the click to the first section of the notice painted, and the widget files the
 * opening fetched. Part of `npm run bench`; on its own (after `npm run build`):
 *
 *     node --import tsx scripts/notice-bench.ts [runs] [dist folder]
 *
 * Three ways to the link, each on a fresh first visit with the banner shown:
 * - `hover`: the pointer rests on the link for 150 ms, then clicks (a visitor with a mouse);
 * - `focus`: the link gets keyboard focus 150 ms before Enter;
 * - `cold`: a click with nothing before it (a script's `click()`, or a tap on a touch screen
 *   that gives no hover).
 * Timings are this machine's, for comparing changes; tests assert bytes only.
 */
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { bannerButton, shopPage } from '../test/e2e/harness.js';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { serve } from './serve.mjs';

export const NOTICE_WAYS = ['hover', 'focus', 'cold'] as const;
export type NoticeWay = (typeof NOTICE_WAYS)[number];

const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 };

/**
 * Runs in the page: the click's time, and the time the first section is painted after it (the
 * frame that shows the section, then the paint after it). A string, so that no helper of the
 * TypeScript loader ends up in the page.
 */
export const INSTRUMENT = `
  document.addEventListener('click', (e) => {
    if (e.target.closest?.('[data-seloste-open="notice"]')) window.__noticeClick = e.timeStamp;
  }, true);
  requestAnimationFrame(function poll() {
    const root = document.querySelector('seloste-notice')?.shadowRoot;
    if (window.__noticeClick !== undefined && root?.querySelector('section[part~="section"]'))
      requestAnimationFrame(() => setTimeout(() => (window.__noticePainted = performance.now())));
    else requestAnimationFrame(poll);
  });
`;

/** One open of the notice; `page` is a first visit with the banner shown. */
async function openOnce(browser: Browser, url: string, way: NoticeWay) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  await bannerButton(page, 'Hyväksy kaikki').waitFor();
  // Whatever the first visit still does (idle work) is done before the visitor reaches the link.
  await page.waitForTimeout(1000);
  const widget: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/') || path.endsWith('.json')) widget.push(path);
  });
  const link = page.locator('#notice-link');
  if (way === 'hover') {
    // The mouse by hand: Playwright's hover() and click() wait for frames of their own, which
    // would give the warming more than the 150 ms.
    const box = (await link.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(150);
    await page.mouse.down();
    await page.mouse.up();
  } else if (way === 'focus') {
    await link.focus();
    await page.waitForTimeout(150);
    await page.keyboard.press('Enter');
  } else {
    await link.evaluate((a: HTMLElement) => a.click());
  }
  await page.waitForFunction(() => (window as unknown as Record<string, number>).__noticePainted);
  const ms = await page.evaluate(() => {
    const w = window as unknown as Record<string, number>;
    return w.__noticePainted! - w.__noticeClick!;
  });
  await context.close();
  return { ms, widget };
}

/** The median of the runs for each way to the link, and the files a cold open fetched. */
export async function noticeBench(browser: Browser, origin: string, runs: number) {
  const url = `${origin}/notice-bench.html`;
  const results = {} as Record<NoticeWay, { medianMs: number; runsMs: number[] }>;
  let fetched: string[] = [];
  for (const way of NOTICE_WAYS) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { ms, widget } = await openOnce(browser, url, way);
      times.push(Math.round(ms));
      if (way === 'cold') fetched = widget;
    }
    const sorted = [...times].sort((a, b) => a - b);
    results[way] = { medianMs: sorted[Math.floor(sorted.length / 2)]!, runsMs: times };
  }
  return { results, fetched };
}

/** The bench page: the shop page with a notice (the demo's). */
export const noticePage = () => shopPage({ attrs: { notice: '/tietosuojaseloste.json' } });

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const runs = Number(process.argv[2] ?? 5);
  const pages = new Map([['/notice-bench.html', noticePage()]]);
  // Another build's dist/ (the one before a change, say) instead of this one's.
  const mounts: [string, string][] | undefined = process.argv[3]
    ? [
        ['/dist/', process.argv[3]],
        ['/', 'demo'],
      ]
    : undefined;
  const server = await serve({ port: 0, pages, mounts });
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const { results, fetched } = await noticeBench(browser, origin, runs);
  console.log(JSON.stringify(results), '\n', fetched.join(' '));
  await browser.close();
  server.close();
}
