/**
 * End-to-end harness: the built bundle (dist/) served on localhost, driven in the system's
 * Chromium through Playwright. Vendor hosts never see a request: every request to them is
 * intercepted, recorded, and answered with the offline stand-ins from demo/vendors/.
 * `shop.example.test` (and its subdomains) resolve to this machine, so cookies on a parent
 * domain can be tested; `secureOrigin()` serves the same pages over https (a throwaway
 * certificate in test/fixtures/tls/, which the browser is told to accept).
 */
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
  type Response,
} from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browser.mjs';
import { serve } from '../../scripts/serve.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** What a vendor stand-in recorded: the commands it was given, and what it made of them. */
export interface StandinVendor {
  loaded: boolean;
  commands: unknown[][];
  [detail: string]: unknown;
}

/** A script element as the page inserted it, with the vendor queues at that moment. */
export interface Insertion {
  src: string;
  nonce: string;
  dataLayer: { arguments: unknown[] }[] | null;
  uetq: unknown[] | null;
  fbq: { arguments: unknown[] }[] | null;
}

declare global {
  interface Window {
    dataLayer?: unknown[];
    uetq?: unknown;
    fbq?: unknown;
    /** Set by demo/vendors/standin.js: what each stand-in was told, by vendor. */
    __standin?: { vendors: Record<string, StandinVendor> };
    /** Set by `recordInsertions`. */
    __inserted: Insertion[];
    /** Set by the gated scripts of the test pages and the demo, in the order they ran. */
    ran?: string[];
    /** Set by the CSP tests: every `securitypolicyviolation`. */
    __violations: string[];
  }
}

/** Requests to these hosts are vendor traffic. */
export const VENDOR_HOST =
  /^https?:\/\/([\w-]+\.)*(googletagmanager\.com|google-analytics\.com|analytics\.google\.com|googleadservices\.com|googlesyndication\.com|doubleclick\.net|google\.com|facebook\.net|facebook\.com|bing\.com|clarity\.ms|youtube-nocookie\.com|youtube\.com|vimeo\.com)(:\d+)?\//;

const STANDINS: [RegExp, string][] = [
  [/^https:\/\/www\.googletagmanager\.com\/gtag\/js\?/, 'gtag.js'],
  [/^https:\/\/www\.googletagmanager\.com\/gtm\.js\?/, 'gtm.js'],
  [/^https:\/\/connect\.facebook\.net\/en_US\/fbevents\.js$/, 'fbevents.js'],
  [/^https:\/\/bat\.bing\.com\/bat\.js$/, 'bat.js'],
];

/** Cookie names vendor tags set (and Seloste deletes). */
export const VENDOR_COOKIE = /^(_ga|_gid|_gat|_dc_gtm_|_gcl_|_gac_|_fbp|_fbc|_uet)/;

export interface PageOptions {
  /** Data attributes of the Seloste tag, without `data-`: `{ ga4: 'G-…' }`. */
  attrs?: Record<string, string>;
  /** Extra markup for the head (after the tag) and the body. */
  head?: string;
  body?: string;
  lang?: string;
}

/** `{ googleAds: 'AW-1' }` → ` data-google-ads="AW-1"`, for the Seloste tag. */
export const dataAttributes = (attrs: Record<string, string>): string =>
  Object.entries(attrs)
    .map(
      ([key, value]) => ` data-${key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}="${value}"`,
    )
    .join('');

/** A plain shop page with the one Seloste tag and the usual footer links. */
export function shopPage({
  attrs = {},
  head = '',
  body = '',
  lang = 'fi',
}: PageOptions = {}): string {
  const data = dataAttributes(attrs);
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8"><title>Testikauppa</title>
<script src="/dist/seloste.js" defer${data}></script>
${head}
</head>
<body>
<main><h1>Testikauppa</h1><p>Tuotteita.</p><button id="page-button">Osta</button>${body}</main>
<footer>
<a href="#evasteasetukset" data-seloste-open="settings" id="settings-link">Evästeasetukset</a>
<a href="#tietosuojaseloste" data-seloste-open="notice" id="notice-link">Tietosuojaseloste</a>
</footer>
</body>
</html>`;
}

/** All four vendors, with their real (intercepted) script URLs. */
export const ALL_VENDORS = {
  ga4: 'G-TEST1234',
  googleAds: 'AW-123456789',
  metaPixel: '1234567890',
  bingUet: '12345678',
};

export interface Visit {
  page: Page;
  /** The response to the page's navigation. */
  response: Response | null;
  context: BrowserContext;
  /** Every request, in order. */
  requests: Request[];
  /** The vendor requests among them. */
  vendorRequests: () => string[];
  /** Requests for the widget's own files under /dist/. */
  widgetRequests: () => string[];
  /** Console messages of the page, as `type: text`. */
  messages: string[];
  /** Names of the cookies the browser holds for any domain, vendor cookies only. */
  vendorCookies: () => Promise<{ name: string; domain: string }[]>;
}

export interface Harness {
  origin: string;
  shopOrigin: string;
  browser: Browser;
  /** Registers an HTML page, with response headers of its own if given; returns its path. */
  page(html: string, headers?: Record<string, string>): string;
  /**
   * The pages over https, on the subdomain `host` of shop.example.test (started on first use).
   *
   * @example
   * await harness.secureOrigin('www') // 'https://www.shop.example.test:41234'
   */
  secureOrigin(host: string): Promise<string>;
  visit(
    path: string,
    options?: { origin?: string; context?: BrowserContext; block?: RegExp },
  ): Promise<Visit>;
  /** A browser context that already holds this consent cookie value (a returning visitor). */
  withConsent(value: string, origin?: string): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** What script elements held when the page inserted them: proves the order of vendor queues. */
function recordInsertions() {
  const snapshot = (queue: unknown) =>
    Array.isArray(queue)
      ? queue.map((entry) =>
          Object.prototype.toString.call(entry) === '[object Arguments]'
            ? { arguments: Array.from(entry as ArrayLike<unknown>) }
            : entry,
        )
      : queue;
  const w = window;
  w.__inserted = [];
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLScriptElement && node.src) {
          const fbq = w.fbq as { queue?: unknown[] } | undefined;
          w.__inserted.push({
            src: node.src,
            nonce: node.nonce ?? '',
            dataLayer: JSON.parse(JSON.stringify(snapshot(w.dataLayer) ?? null)),
            uetq: JSON.parse(JSON.stringify(snapshot(w.uetq) ?? null)),
            fbq: JSON.parse(JSON.stringify(snapshot(fbq?.queue) ?? null)),
          });
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The vendor scripts' stand-ins, each with the shared recorder (standin.js) in front. */
export async function readStandins(): Promise<Map<string, string>> {
  const standin = await readFile(`${root}demo/vendors/standin.js`, 'utf8');
  return new Map(
    await Promise.all(
      STANDINS.map(
        async ([, file]) =>
          [file, standin + (await readFile(`${root}demo/vendors/${file}`, 'utf8'))] as const,
      ),
    ),
  );
}

/**
 * Answers every vendor request of `context` offline: the scripts with their stand-ins, the
 * rest with 204; requests matching `block` fail, as an ad blocker makes them.
 */
export const routeVendors = (
  context: BrowserContext,
  standins: Map<string, string>,
  block?: RegExp,
) =>
  context.route(VENDOR_HOST, async (route) => {
    const url = route.request().url();
    const file = STANDINS.find(([pattern]) => pattern.test(url))?.[1];
    if (block?.test(url)) await route.abort('blockedbyclient');
    else if (file)
      await route.fulfill({ contentType: 'text/javascript', body: standins.get(file)! });
    else if (route.request().resourceType() === 'document')
      await route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Upotus</title><p>Video</p>',
      });
    else await route.fulfill({ status: 204 });
  });

/** Runs `script` in every page of `context` before the page's own scripts. */
export async function addInitScript(context: BrowserContext, script: () => void): Promise<void> {
  // Functions handed to the page are compiled by tsx, which wraps named ones in `__name()`.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  await context.addInitScript(script);
}

/** A browser context that already holds this consent cookie value (a returning visitor). */
export async function consentContext(
  browser: Browser,
  value: string,
  origin: string,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'seloste_consent', value, url: origin }]);
  return context;
}

export async function startHarness(): Promise<Harness> {
  const pages = new Map<string, string | { html: string; headers: Record<string, string> }>();
  const server = await serve({ port: 0, pages });
  let secure: ReturnType<typeof serve> | undefined;
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      '--host-resolver-rules=MAP shop.example.test 127.0.0.1, MAP *.shop.example.test 127.0.0.1',
      '--ignore-certificate-errors',
    ],
  });
  const standins = await readStandins();
  let pageCount = 0;

  return {
    origin: `http://localhost:${port}`,
    shopOrigin: `http://shop.example.test:${port}`,
    browser,
    page(html, headers) {
      const path = `/e2e/page-${++pageCount}.html`;
      pages.set(path, headers ? { html, headers } : html);
      return path;
    },
    async secureOrigin(host) {
      secure ??= Promise.all([
        readFile(`${root}test/fixtures/tls/key.pem`),
        readFile(`${root}test/fixtures/tls/cert.pem`),
      ]).then(([key, cert]) => serve({ port: 0, pages, tls: { key, cert } }));
      const { port: securePort } = (await secure).address() as AddressInfo;
      return `https://${host}.shop.example.test:${securePort}`;
    },
    async visit(path, { origin = `http://localhost:${port}`, context, block } = {}) {
      context ??= await browser.newContext();
      await addInitScript(context, recordInsertions);
      const requests: Request[] = [];
      const messages: string[] = [];
      await routeVendors(context, standins, block);
      const page = await context.newPage();
      page.on('request', (request) => requests.push(request));
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      const response = await page.goto(origin + path);
      return {
        page,
        response,
        context,
        requests,
        messages,
        vendorRequests: () => requests.map((r) => r.url()).filter((url) => VENDOR_HOST.test(url)),
        widgetRequests: () =>
          requests
            .map((r) => new URL(r.url()))
            .filter((url) => url.pathname.startsWith('/dist/'))
            .map((url) => url.pathname),
        vendorCookies: async () =>
          (await context!.cookies())
            .filter((cookie) => VENDOR_COOKIE.test(cookie.name))
            .map(({ name, domain }) => ({ name, domain })),
      };
    },
    withConsent: (value, origin = `http://localhost:${port}`) =>
      consentContext(browser, value, origin),
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      if (secure) {
        const tls = await secure;
        await new Promise((resolve) => tls.close(resolve));
      }
    },
  };
}

/** The banner's button with this label. */
export const bannerButton = (page: Page, name: string) =>
  page.locator('seloste-banner').getByRole('button', { name, exact: true });

/** Waits until the notice is open and its first section shown. */
export const noticeShown = (page: Page) =>
  page
    .locator('seloste-notice dialog[open]')
    .getByRole('heading', { name: '1. Rekisterinpitäjä' })
    .waitFor();

/** Opens the notice through the API and waits for its first section. */
export async function openNotice(page: Page): Promise<void> {
  await page.evaluate(() => window.seloste!.openNotice());
  await noticeShown(page);
}

/** A pause for anything the page would still do by itself (requests, timers) to happen. */
export const quiet = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** Computed style properties of the banner's box (inside its shadow root). */
export const bannerStyle = (page: Page, properties: string[]) =>
  page.locator('seloste-banner').evaluate((el, properties) => {
    const style = getComputedStyle(el.shadowRoot!.querySelector('section')!);
    return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
  }, properties);

/** Waits until the stand-ins of these vendor scripts have run. */
export const standinsLoaded = (page: Page, names: string[]) =>
  page.waitForFunction((names) => names.every((name) => window.__standin?.vendors[name]), names);

/**
 * A consent cookie value as earlier versions of Seloste wrote it (format version 1, without
 * per-service choices): every e2e test that starts from one shows that such a decision still counts.
 */
export const consentCookie = (analytics: boolean, marketing: boolean, revision = '') =>
  `v:1|a:${+analytics}|m:${+marketing}|t:${Date.now().toString(36)}|id:e2eTestConsent01|r:${revision}`;
