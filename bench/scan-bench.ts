/**
 * Benchmark, not a test: how long `seloste scan` takes on ten pages of the demo with its
 * default waits (network quiet, then the page's pending timers, in every phase), as an owner
 * would run it.
 *
 *     npm run build && node --import tsx bench/scan-bench.ts
 *
 * The demo has two pages; a sitemap lists the start page under nine more addresses (the
 * query string makes each a page of its own), so the scan visits ten. Prints the time in total
 * and per page, and the verdict; asserts nothing.
 */
import type { AddressInfo } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { serve } from '../scripts/serve.mjs';
import { scanSite } from '../src/scan/scan.js';

const pages = new Map<string, string>();
const server = await serve({ port: 0, pages });
const { port } = server.address() as AddressInfo;
const origin = `http://localhost:${port}`;
pages.set(
  '/sitemap.xml',
  `<urlset>${Array.from({ length: 9 }, (_, i) => `<url><loc>${origin}/?sivu=${i + 2}</loc></url>`).join('')}</urlset>`,
);

const started = performance.now();
const report = await scanSite({ url: new URL(`${origin}/?sivu=1`), pages: 9, lang: 'en' });
const seconds = (performance.now() - started) / 1000;
server.close();

const perPage = report.pages.map((page) => page.duration / 1000);
console.log(
  JSON.stringify(
    {
      pages: report.pages.length,
      seconds: Math.round(seconds * 10) / 10,
      perPage: {
        min: Math.round(Math.min(...perPage) * 10) / 10,
        max: Math.round(Math.max(...perPage) * 10) / 10,
      },
      verdict: report.summary.status,
      cores: availableParallelism(),
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
      browser: report.browser,
    },
    null,
    2,
  ),
);
