/**
 * `npm run bench`: what the widget costs a page.
 *
 * - Sizes: every built file, raw and gzip -9; the first visit (banner, then accept) and the
 *   returning visit (stored decision), as the browser really fetched them.
 * - In Chromium, on a bare page with all four vendors (stand-ins answer for them): time until
 *   the banner is visible, main-thread script time, layout shift, and the Accept click's
 *   interaction time; each with and without 4× CPU throttling, the median of several runs.
 * - Opening the notice from the footer link on the phone profile: click → first section
 *   painted, and the notice chunk's size (scripts/notice-bench.ts).
 *
 * Results go to bench/results.json and bench/results.md. Timings are this machine's, for
 * comparing changes, not promises; tests assert bytes only.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext } from 'playwright-core';
import {
  addInitScript,
  ALL_VENDORS,
  bannerButton,
  consentContext,
  consentCookie,
  readStandins,
  routeVendors,
  shopPage,
  standinsLoaded,
} from '../test/e2e/harness.js';
import { CHROMIUM_ARGS, chromiumPath } from './browser.mjs';
import { NOTICE_WAYS, noticeBench, noticePage } from './notice-bench.js';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const gzip = async (file: string) => gzipSync(await readFile(file), { level: 9 }).length;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

async function sizes() {
  const dist = join(root, 'dist');
  const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.js') && !entry.parentPath.includes('cli'),
    )
    .map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(
    files.sort().map(async (file) => ({
      file: relative(dist, file),
      raw: (await readFile(file)).length,
      gzip: await gzip(file),
    })),
  );
}

/** Runs in the page before anything else: marks when the banner is painted, sums layout shifts. */
function instrument() {
  const w = window as unknown as Record<string, number>;
  w.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) w.__shift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      name: string;
      duration: number;
    })[]) {
      if (entry.name === 'click') w.__click = Math.max(w.__click ?? 0, entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  const watch = new MutationObserver(() => {
    const banner = document.querySelector('seloste-banner');
    if (banner?.shadowRoot?.querySelector('section')) {
      watch.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.__banner = performance.now())));
    }
  });
  watch.observe(document, { childList: true, subtree: true });
}

async function measure(context: BrowserContext, url: string, throttle: number, returning: boolean) {
  await addInitScript(context, instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const widget: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/dist/')) widget.push(path);
  });
  await page.goto(url, { waitUntil: 'load' });
  let bannerVisible: number | undefined;
  let click: number | undefined;
  if (!returning) {
    await page.waitForFunction(() => (window as unknown as Record<string, number>).__banner);
    bannerVisible = await page.evaluate(
      () => (window as unknown as Record<string, number>).__banner,
    );
    await bannerButton(page, 'Hyväksy kaikki').click();
    await page.waitForFunction(() => window.seloste?.getConsent());
  }
  await standinsLoaded(page, ['gtag', 'fbevents', 'bat']);
  await page.waitForTimeout(200);
  if (!returning)
    click = await page.evaluate(() => (window as unknown as Record<string, number>).__click);
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]),
  );
  const shift = await page.evaluate(() => (window as unknown as Record<string, number>).__shift);
  await page.close();
  return {
    bannerVisible,
    click,
    scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
    layoutShift: shift,
    widget,
  };
}

async function main() {
  const table = await sizes();
  const pages = new Map<string, string>();
  const server = await serve({ port: 0, pages });
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  pages.set('/bench.html', shopPage({ attrs: ALL_VENDORS }));
  pages.set('/notice-bench.html', noticePage());
  const standins = await readStandins();
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const results: Record<string, Record<string, number | undefined>> = {};
  const fetched: Record<string, string[]> = {};
  for (const returning of [false, true]) {
    for (const throttle of [1, 4]) {
      const runs: Awaited<ReturnType<typeof measure>>[] = [];
      for (let i = 0; i < RUNS; i++) {
        const context = returning
          ? await consentContext(browser, consentCookie(true, true), origin)
          : await browser.newContext();
        await routeVendors(context, standins);
        runs.push(await measure(context, `${origin}/bench.html`, throttle, returning));
        await context.close();
      }
      const key = `${returning ? 'returning' : 'first visit'}, CPU ×${throttle}`;
      const pick = (name: 'bannerVisible' | 'click' | 'scriptMs' | 'layoutShift') => {
        const values = runs
          .map((run) => run[name])
          .filter((value): value is number => value !== undefined);
        return values.length ? round(median(values), name === 'layoutShift' ? 4 : 1) : undefined;
      };
      results[key] = {
        bannerVisibleMs: pick('bannerVisible'),
        acceptClickMs: pick('click'),
        scriptMs: pick('scriptMs'),
        layoutShift: pick('layoutShift'),
      };
      fetched[returning ? 'returning' : 'first visit'] = [...new Set(runs[0]!.widget)];
    }
  }
  const notice = await noticeBench(browser, origin, RUNS);
  await browser.close();
  server.close();

  const bytes = (paths: string[]) =>
    table
      .filter((row) => paths.includes(`/dist/${row.file}`))
      .reduce((sum, row) => sum + row.gzip, 0);
  const visits = Object.fromEntries(
    Object.entries(fetched).map(([name, paths]) => [
      name,
      { files: paths, gzipBytes: bytes(paths) },
    ]),
  );
  const output = {
    date: new Date().toISOString(),
    chromium: executablePath,
    runs: RUNS,
    files: table,
    visits,
    timings: results,
    notice: {
      ...notice.results,
      fetched: notice.fetched,
      gzipBytes: bytes(notice.fetched),
      chunkGzipBytes: bytes(notice.fetched.filter((path) => path.endsWith('/chunks/notice.js'))),
    },
  };

  const md = [
    '# Benchmark results',
    '',
    `${output.date}, ${RUNS} runs each (median), Chromium at ${output.chromium}. Timings are this machine's.`,
    '',
    '## Bytes fetched by the widget (gzip -9)',
    '',
    '| visit | files | bytes |',
    '| --- | --- | ---: |',
    ...Object.entries(visits).map(
      ([name, visit]) =>
        `| ${name} | ${visit.files.map((f) => f.replace('/dist/', '')).join(', ')} | ${visit.gzipBytes} |`,
    ),
    '',
    '## Timings',
    '',
    '| run | banner visible (ms) | Accept click (ms) | script (ms) | layout shift |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...Object.entries(results).map(
      ([name, r]) =>
        `| ${name} | ${r.bannerVisibleMs ?? '–'} | ${r.acceptClickMs ?? '< 16'} | ${r.scriptMs} | ${r.layoutShift} |`,
    ),
    '',
    'Script time is all main-thread script on the page (the widget and the vendor stand-ins).',
    'Accept click is the Event Timing duration of the click (shown when 16 ms or more).',
    '',
    '## Opening the notice (phone: 412×823, CPU ×4)',
    '',
    `The notice chunk: ${output.notice.chunkGzipBytes} bytes gzip; a first visit's click fetches ${output.notice.gzipBytes} bytes of widget files (${notice.fetched
      .filter((f) => f.startsWith('/dist/'))
      .map((f) => f.replace(/^\/dist\//, ''))
      .join(', ')}) and the notice JSON.`,
    '',
    '| way to the link | click → first section painted (ms, median) | runs (ms) |',
    '| --- | ---: | --- |',
    ...NOTICE_WAYS.map(
      (way) =>
        `| ${way} | ${notice.results[way].medianMs} | ${notice.results[way].runsMs.join(', ')} |`,
    ),
    '',
    'hover: the pointer rests on the link 150 ms before the click; focus: keyboard focus 150 ms',
    'before Enter; cold: a click with nothing before it (a tap, or a script).',
    '',
    '## Files',
    '',
    '| file | raw | gzip |',
    '| --- | ---: | ---: |',
    ...table.map((row) => `| ${row.file} | ${row.raw} | ${row.gzip} |`),
    '',
  ].join('\n');

  await mkdir(join(root, 'bench'), { recursive: true });
  await writeFile(join(root, 'bench/results.json'), JSON.stringify(output, null, 2) + '\n');
  await writeFile(join(root, 'bench/results.md'), md);
  console.log(md);
}

await main();
