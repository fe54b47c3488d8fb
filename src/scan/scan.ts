/**
 * A whole scan: launch the browser, scan the start page, pick more pages from its links and
 * its sitemap, scan them one at a time, and sum up. Nothing here throws for a bad site: every
 * fault becomes a note on its page, and the report is always made.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { Lang } from '../core/types.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/browser.mjs';
import { runChecks } from './checks.js';
import {
  DEFAULT_TIMING,
  acceptAndWithdraw,
  emptyPhase,
  firstVisit,
  mb,
  rejectPhase,
  type PhaseEnv,
  type Timing,
} from './phases.js';
import { isSitemapIndex, pickPages, sitemapLocations } from './site.js';
import { PHASES, type Note, type PageResult, type ScanReport, type ScanSummary } from './types.js';

/** Thrown when no browser can be found or started; the message says how to get one. */
export class BrowserError extends Error {}

export interface ScanOptions {
  /** The start URL (already checked with `parseStartUrl`). */
  url: URL;
  /** How many pages to scan besides the start page. @default 10 */
  pages?: number;
  lang?: Lang;
  timing?: Partial<Timing>;
  /** Extra browser flags (tests map test domains with `--host-resolver-rules`). */
  browserArgs?: string[];
  /** Called with each new browser context before its page opens (tests route vendor hosts). */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** Told about progress: `scanning <url>` lines for the terminal. */
  progress?: (message: string) => void;
  /** Pages whose HTML is larger than this are not scanned. @default 10 MB */
  maxPageBytes?: number;
  /** The tool's version, for the report. */
  version?: string;
}

const LOCALES: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** Starts the browser, or explains why it cannot. */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    const message = (error as Error).message.replace('for the tests', 'to scan with');
    throw new BrowserError(
      /install/i.test(message)
        ? message
        : `${message}\nInstall Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium) or point CHROME_PATH at a Chromium or Chrome executable.`,
    );
  }
  try {
    return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, ...args] });
  } catch (error) {
    throw new BrowserError(
      `Could not start the browser at ${executablePath}: ${String((error as Error).message).split('\n')[0]}`,
    );
  }
}

/**
 * A text file of the site (the sitemap), through the browser's request API: at most 5 MB, and
 * `null` for anything but a 200 answer.
 */
async function fetchText(env: PhaseEnv, url: string): Promise<string | null> {
  const context = await env.browser.newContext();
  try {
    const response = await context.request.get(url, { timeout: 10_000, maxRedirects: 5 });
    const length = Number(response.headers()['content-length'] ?? 0);
    if (response.status() !== 200 || length > 5_000_000) return null;
    const body = await response.body();
    return body.length > 5_000_000 ? null : body.toString('utf8');
  } catch {
    return null;
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Page URLs from `/sitemap.xml`, following a sitemap index one level down (three files at most). */
async function sitemapPages(env: PhaseEnv, start: URL): Promise<string[]> {
  const first = await fetchText(env, new URL('/sitemap.xml', start).href);
  if (!first) return [];
  if (!isSitemapIndex(first)) return sitemapLocations(first);
  const nested = pickPages(sitemapLocations(first), start, 3);
  const texts = await Promise.all(nested.map((url) => fetchText(env, url)));
  return texts.flatMap((text) => (text ? sitemapLocations(text) : []));
}

/**
 * The size of a page's HTML when it is larger than `limit` bytes, else `null`: read by Node as
 * it streams in, and dropped at the limit, so that a huge page costs the browser no time. Any
 * failure counts as "not too large": the browser reports the page's faults itself.
 */
export async function oversize(
  url: string,
  limit: number,
  signal: AbortSignal,
): Promise<number | null> {
  try {
    const response = await fetch(url, { signal, redirect: 'follow' });
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > limit) {
      await response.body?.cancel();
      return length;
    }
    let bytes = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) return null;
      bytes += chunk.value.byteLength;
      if (bytes > limit) {
        await reader!.cancel();
        return bytes;
      }
    }
  } catch {
    return null;
  }
}

/** Scans one page: the first visit and the two decisions side by side, then the checks. */
export async function scanPage(
  env: PhaseEnv,
  url: string,
): Promise<{ result: PageResult; links: string[] }> {
  const started = Date.now();
  let timedOut = false;
  env.aborted = false;
  const timer = setTimeout(() => {
    timedOut = true;
    env.aborted = true;
    for (const context of env.contexts) void context.close().catch(() => undefined);
  }, env.timing.pageTimeout);
  const measuring = new AbortController();
  let tooLarge: Note | null = null;
  const measured = oversize(url, env.maxPageBytes, measuring.signal).then((bytes) => {
    if (bytes === null) return;
    tooLarge = { code: 'too-large', values: { megabytes: mb(bytes), limit: mb(env.maxPageBytes) } };
    env.aborted = true;
    for (const context of env.contexts) void context.close().catch(() => undefined);
  });
  try {
    const [first, reject, decided] = await Promise.all([
      firstVisit(env, url),
      rejectPhase(env, url),
      acceptAndWithdraw(env, url),
    ]);
    measuring.abort();
    await measured;
    if (tooLarge) {
      first.failed = tooLarge;
      first.record = emptyPhase(url, 'skipped', [tooLarge]);
    }
    const notes: Note[] = [];
    if (timedOut && !tooLarge)
      notes.push({
        code: 'page-timeout',
        values: { seconds: Math.round(env.timing.pageTimeout / 1000) },
      });
    if (first.failed) {
      notes.push(first.failed);
      const skipped = emptyPhase(url, 'skipped', [first.failed]);
      const phases = {
        firstVisit: first.record,
        reject: skipped,
        accept: skipped,
        withdraw: skipped,
      };
      const host = new URL(url).hostname;
      return {
        result: {
          url,
          finalUrl: first.finalUrl,
          scanned: false,
          seloste: null,
          banner: first.banner,
          phases,
          checks: runChecks({ host, banner: first.banner, seloste: null, phases }),
          notes,
          duration: Date.now() - started,
        },
        links: [],
      };
    }
    const phases = {
      firstVisit: first.record,
      reject,
      accept: decided.accept,
      withdraw: decided.withdraw,
    };
    let seloste = first.seloste;
    if (seloste) {
      const names = new Set(PHASES.flatMap((name) => phases[name].cookies.map((c) => c.name)));
      seloste = {
        ...seloste,
        noticeCookies: [...names].filter((name) => mentions(first.noticeText, name)),
      };
    }
    const host = new URL(first.finalUrl).hostname;
    return {
      result: {
        url,
        finalUrl: first.finalUrl,
        scanned: true,
        seloste,
        banner: first.banner,
        phases,
        checks: runChecks({ host, banner: first.banner, seloste, phases }),
        notes,
        duration: Date.now() - started,
      },
      links: first.links,
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether `text` names the cookie `name` as a word of its own (not inside a longer name).
 *
 * @example
 * mentions('Evästeet: `cart` ja `cart_id`.', 'cart') // true
 * mentions('cartography', 'cart') // false
 */
export function mentions(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\w-])${escaped}($|[^\\w-])`).test(text);
}

/** The summary: failed and warned checks over all pages, and the overall verdict. */
export function summarize(pages: PageResult[]): ScanSummary {
  const checks = pages.flatMap((page) => page.checks);
  const violations = checks.filter((check) => check.status === 'fail').length;
  const warnings = checks.filter((check) => check.status === 'warn').length;
  const scanned = pages.filter((page) => page.scanned).length;
  return {
    status: scanned === 0 ? 'error' : violations ? 'fail' : warnings ? 'warn' : 'pass',
    violations,
    warnings,
    pages: scanned,
    unscanned: pages.length - scanned,
  };
}

/**
 * Scans a site. Throws `BrowserError` only when no browser can run; every fault of the site is
 * a note in the report.
 */
export async function scanSite(options: ScanOptions): Promise<ScanReport> {
  const startedAt = new Date();
  const lang = options.lang ?? 'en';
  const timing: Timing = { ...DEFAULT_TIMING, ...options.timing };
  const browser = await launchBrowser(options.browserArgs);
  const version = browser.version();
  const env: PhaseEnv = {
    browser,
    start: options.url,
    timing,
    locale: LOCALES[lang],
    prepare: options.prepare,
    contexts: new Set(),
    maxPageBytes: options.maxPageBytes ?? 10_000_000,
  };
  const notes: Note[] = [];
  const pages: PageResult[] = [];
  try {
    const limit = options.pages ?? 10;
    options.progress?.(options.url.href);
    const start = await scanPage(env, options.url.href);
    pages.push(start.result);
    if (start.result.scanned && limit > 0) {
      let queue = pickPages(start.links, options.url, limit);
      if (queue.length < limit) {
        const fromSitemap = await sitemapPages(env, options.url);
        queue = pickPages([...queue, ...fromSitemap], options.url, limit);
      }
      for (const url of queue) {
        options.progress?.(url);
        pages.push((await scanPage(env, url)).result);
      }
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return {
    tool: 'seloste scan',
    version: options.version ?? '',
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    site: options.url.href,
    lang,
    browser: version,
    pages,
    notes,
    summary: summarize(pages),
  };
}
