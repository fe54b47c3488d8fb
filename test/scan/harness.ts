/**
 * The scanner's test sites, offline: test/fixtures/scan/ served on localhost with the built
 * widget at /dist/, vendor hosts answered by stand-ins (the e2e harness's, plus a hard-coded
 * gtag.js that sets _ga at once and a YouTube embed that sets its cookie and storage), and
 * `shop.example.test` mapped to this machine for cookies on a parent domain.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { readStandins, routeVendors } from '../e2e/harness.js';
import type { Timing } from '../../src/scan/phases.js';
import { scanSite, type ScanOptions } from '../../src/scan/scan.js';
import type { CheckId, CheckResult, PageResult, ScanReport } from '../../src/scan/types.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = `${root}test/fixtures/scan/`;

/**
 * Short waits: the fixtures settle at once, and the suite must stay quick on two cores. The
 * most a page may keep the network busy stays generous, for a machine under load.
 */
export const FAST: Partial<Timing> = {
  quiet: 150,
  settleMax: 5000,
  extra: 150,
  bannerWait: 1500,
  pageTimeout: 30_000,
};

export const SHOP_DOMAIN_ARGS = [
  '--host-resolver-rules=MAP shop.example.test 127.0.0.1, MAP *.shop.example.test 127.0.0.1',
];

export interface FixtureSites {
  origin: string;
  /** The same server as `http://shop.example.test:<port>`. */
  shopOrigin: string;
  /** Routes vendor hosts of a context to the stand-ins. */
  prepare: (context: BrowserContext) => Promise<void>;
  /** Scans one fixture path with the short waits, the stand-ins and the mapped domain. */
  scan(path: string, options?: Partial<ScanOptions> & { origin?: string }): Promise<ScanReport>;
  close(): Promise<void>;
}

export async function startFixtureSites(): Promise<FixtureSites> {
  if (!existsSync(`${root}dist/seloste.js`)) {
    throw new Error('The scanner tests need the built widget: run `npm run build` first.');
  }
  const server = await serve({
    port: 0,
    mounts: [
      ['/dist/', `${root}dist`],
      ['/', fixtures],
    ],
  });
  const { port } = server.address() as AddressInfo;
  const standins = await readStandins();
  const leakyGtag = await readFile(`${fixtures}standins/leaky-gtag.js`, 'utf8');
  const youtube = await readFile(`${fixtures}standins/youtube.html`, 'utf8');

  const prepare = async (context: BrowserContext) => {
    await routeVendors(context, standins);
    // Registered later, so they come first: the theme's own gtag.js and the video embed.
    await context.route(/^https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-LEAKY/, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: leakyGtag }),
    );
    await context.route(/^https:\/\/([\w-]+\.)*(youtube\.com|ytimg\.com)\//, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'set-cookie': 'YSC=fixture; Path=/; Secure; SameSite=None' },
        body: youtube,
      }),
    );
  };
  const origin = `http://localhost:${port}`;
  return {
    origin,
    shopOrigin: `http://shop.example.test:${port}`,
    prepare,
    scan: (path, { origin: at = origin, ...options } = {}) =>
      scanSite({
        url: new URL(path, at),
        pages: 0,
        lang: 'en',
        timing: FAST,
        prepare,
        browserArgs: SHOP_DOMAIN_ARGS,
        ...options,
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A check of a page, which must be there. */
export function check(page: PageResult | undefined, id: CheckId): CheckResult {
  const found = page?.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} on ${page?.url}`);
  return found;
}

/** The codes of a check's evidence at a level (`fail`, `warn`, `info`). */
export const codes = (result: CheckResult, level?: 'fail' | 'warn' | 'info') =>
  result.evidence.filter((f) => !level || f.level === level).map((f) => f.code);

/** Every check's status on a page, by id. */
export const statuses = (page: PageResult) =>
  Object.fromEntries(page.checks.map((c) => [c.id, c.status]));
