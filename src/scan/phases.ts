/**
 * The four phases of one page, each in a fresh browser context (the withdrawal in the accepted
 * one): first visit, reject all, accept all, withdraw. The first visit and the two decisions
 * run side by side; each waits for the network to go quiet and then for the timers the page
 * has pending (see `settle`).
 */
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { declaredServiceCookies } from './declared.js';
import { parseVendorConfig } from '../core/config.js';
import {
  describeControl,
  findByName,
  findSeloste,
  selostePreferencesReject,
  waitForControl,
  type Control,
} from './banner.js';
import type { SiteSources } from './catalogue.js';
import { BINDING, TIMERS, probe, readSeloste, watchTimers } from './probe.js';
import { Recorder, within } from './recorder.js';
import { sameSite } from './site.js';
import type { BannerInfo, Note, PhaseRecord, SelosteSite } from './types.js';

/** How long to wait for what, in milliseconds. */
export interface Timing {
  /** The network counts as quiet after this long without an open request. @default 500 */
  quiet: number;
  /** Give up waiting for quiet after this long (a page that never settles). @default 10000 */
  settleMax: number;
  /**
   * Then follow the page's pending timers for at most this long (a tag on a timer, a delayed
   * script); 0 waits for nothing more. @default 10000
   */
  extra: number;
  /** How long to look for a banner's buttons after the page settled. @default 3000 */
  bannerWait: number;
  /** The most one page may take, all phases together. @default 60000 */
  pageTimeout: number;
}

export const DEFAULT_TIMING: Timing = {
  quiet: 500,
  settleMax: 10_000,
  extra: 10_000,
  bannerWait: 3000,
  pageTimeout: 60_000,
};

export interface PhaseEnv {
  browser: Browser;
  start: URL;
  timing: Timing;
  /** Browser locale of the visitor, e.g. `fi-FI`. */
  locale: string;
  /** Called with each new context before its page opens (tests route vendor hosts here). */
  prepare?: (context: BrowserContext) => Promise<void>;
  /** Contexts open for the current page, so that a page timeout can close them. */
  contexts: Set<BrowserContext>;
  /** Set when the current page is given up (too large, or out of time): no new context opens. */
  aborted?: boolean;
  /** Pages whose HTML is larger are not scanned (a bigger one is a dump or a trap, not a page). */
  maxPageBytes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/**
 * After the first quiet, the least a settle waits even when the page has no timer pending: a
 * promise, an animation frame or a message may still start a timer or a request.
 */
const SETTLE_FLOOR = 250;
/** How long to wait past a timer's due time before asking again. */
const TIMER_SLACK = 20;
/** How long to wait when the page does not say what it has pending (the former fixed wait). */
const UNANSWERED_WAIT = 3000;

/** A record for a phase that did not run. */
export function emptyPhase(
  url: string,
  status: PhaseRecord['status'],
  notes: Note[] = [],
): PhaseRecord {
  return {
    status,
    url,
    actionAt: null,
    afterAt: null,
    requests: [],
    scripts: [],
    cookies: [],
    storage: [],
    iframes: [],
    dataLayer: [],
    gated: [],
    notes,
    duration: 0,
  };
}

/** What a failed navigation was, in the report's words: code `unreachable`, `tls` … */
export function navigationProblem(error: unknown, url: string): Note {
  const message = String((error as Error)?.message ?? error);
  const code = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  const host = (() => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  })();
  if (!code) {
    if (/Timeout \d+ms exceeded/i.test(message)) return { code: 'page-timeout', values: { url } };
    if (/closed/i.test(message)) return { code: 'page-timeout', values: { url } };
    return { code: 'load-failed', values: { url, error: message.split('\n')[0]!.slice(0, 200) } };
  }
  if (code === 'ERR_NAME_NOT_RESOLVED') return { code: 'no-such-host', values: { host } };
  if (code === 'ERR_TOO_MANY_REDIRECTS') return { code: 'redirect-loop', values: { url } };
  if (/^ERR_(CERT|SSL)_|^ERR_BAD_SSL|_TLS_/.test(code))
    return { code: 'tls', values: { host, error: code } };
  if (/^ERR_(CONNECTION|ADDRESS|EMPTY_RESPONSE|NETWORK|INTERNET|TIMED_OUT)/.test(code)) {
    return { code: 'unreachable', values: { host, error: code } };
  }
  return { code: 'load-failed', values: { url, error: code } };
}

/** Bytes as megabytes with one decimal. */
export const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

/** One phase's context, page and recorder. */
interface Visit {
  context: BrowserContext;
  page: Page;
  recorder: Recorder;
  notes: Note[];
  started: number;
}

async function openContext(env: PhaseEnv, sources: SiteSources): Promise<Visit> {
  if (env.aborted) throw new Error('Target page, context or browser has been closed');
  const context = await env.browser.newContext({ locale: env.locale, serviceWorkers: 'block' });
  env.contexts.add(context);
  // Functions sent to the page may be compiled with esbuild's keepNames, which calls __name().
  await context.addInitScript('globalThis.__name ??= (fn) => fn;');
  const recorder = new Recorder(context, { start: env.start, sources });
  await recorder.attach();
  await context.addInitScript(probe, BINDING);
  await context.addInitScript(watchTimers, TIMERS);
  await env.prepare?.(context);
  // A context closed while its page opens (a page given up) would leave newPage() pending.
  const page = await Promise.race([
    context.newPage(),
    new Promise<never>((_, reject) =>
      context.once('close', () =>
        reject(new Error('Target page, context or browser has been closed')),
      ),
    ),
  ]);
  return { context, page, recorder, notes: [], started: Date.now() };
}

async function closeVisit(env: PhaseEnv, visit: Visit) {
  env.contexts.delete(visit.context);
  await visit.context.close().catch(() => undefined);
}

/**
 * Loads `url`: the response once the page is committed, then the `load` event within the
 * page timeout (a page still loading then is scanned as it is, with a note).
 */
async function load(
  visit: Visit,
  url: string,
  env: PhaseEnv,
  onCommit?: (response: Response | null) => void,
): Promise<Response | null> {
  const response = await visit.page.goto(url, {
    waitUntil: 'commit',
    timeout: env.timing.pageTimeout,
  });
  onCommit?.(response);
  // A page that never finishes loading is scanned as it is, after as long as settling may take.
  const loaded = await visit.page
    .waitForLoadState('load', { timeout: env.timing.settleMax })
    .then(() => true)
    .catch(() => false);
  if (!loaded && !visit.page.isClosed())
    visit.notes.push({ code: 'never-loaded', values: { url } });
  return response;
}

/**
 * Waits until the page is settled: first until the network is quiet (noting a page that never
 * gets there); then, for at most `cap` ms, follows the timers the page has pending. Each time it
 * asks the page for its soonest pending timer (see `watchTimers`): with none, it stops (after
 * `SETTLE_FLOOR` from the first quiet, and asking once more); with one, it waits until that is
 * due and the network is quiet again, and asks again. A page that gives no sensible answer gets
 * a fixed wait instead, within the cap.
 */
async function settle(visit: Visit, env: PhaseEnv, cap = env.timing.extra) {
  const { quiet, settleMax } = env.timing;
  const settled = await visit.recorder.settle(quiet, settleMax);
  if (!settled && !visit.notes.some((note) => note.code === 'never-settled')) {
    visit.notes.push({ code: 'never-settled', values: { seconds: Math.round(settleMax / 1000) } });
  }
  if (cap <= 0) return;
  const start = Date.now();
  const end = start + cap;
  for (;;) {
    const left = end - Date.now();
    if (left <= 0 || visit.page.isClosed()) return;
    const next = await visit.recorder.nextTimer(visit.page, left);
    if (next === undefined) {
      if (!visit.page.isClosed()) await sleep(Math.min(UNANSWERED_WAIT, end - Date.now()));
      return;
    }
    if (next === null) {
      const floor = Math.min(start + SETTLE_FLOOR, end) - Date.now();
      if (floor <= 0) return;
      await sleep(floor);
      continue;
    }
    await sleep(Math.min(next + TIMER_SLACK, end - Date.now()));
    // What the timer started may run a little past the cap: a request needs time to begin.
    await visit.recorder.settle(quiet, Math.max(end - Date.now(), 2 * quiet), Date.now());
  }
}

/** Ends a phase: reads the browser and adds the page's script errors to the notes. */
async function finish(
  visit: Visit,
  status: PhaseRecord['status'],
  actionAt: number | null,
  afterAt: number | null,
): Promise<PhaseRecord> {
  const snapshot = await visit.recorder.snapshot(visit.page);
  const errors = visit.recorder.errors.map((error): Note => ({
    code: 'script-error',
    values: { error },
  }));
  return {
    status,
    url: visit.page.isClosed() ? '' : visit.page.url(),
    actionAt,
    afterAt,
    ...snapshot,
    notes: [...visit.notes, ...errors],
    duration: Date.now() - visit.started,
  };
}

/** Wraps a phase: an error inside becomes a `failed` phase with a note, never an exception. */
async function guarded(url: string, run: () => Promise<PhaseRecord>): Promise<PhaseRecord> {
  try {
    return await run();
  } catch (error) {
    return emptyPhase(url, 'failed', [navigationProblem(error, url)]);
  }
}

/** Whether the page has Seloste: `window.seloste` with `getConsent`. */
const hasSeloste = async (page: Page) =>
  (await within(page.evaluate(readSeloste), 3000, null)) !== null;

/** Presses a control; a control that vanished or never became clickable is noted. */
async function press(visit: Visit, control: Control, what: string): Promise<boolean> {
  try {
    await control.locator.click({ timeout: 5000 });
    return true;
  } catch (error) {
    visit.notes.push({
      code: 'click-failed',
      values: {
        control: what,
        error: String((error as Error).message)
          .split('\n')[0]!
          .slice(0, 200),
      },
    });
    return false;
  }
}

/** Waits until `window.seloste.getConsent()` is decided, and checks it matches the button. */
async function checkSelosteConsent(visit: Visit, expected: boolean, after: string) {
  const consent = await within(
    visit.page
      .waitForFunction(() => window.seloste?.getConsent() ?? null, null, { timeout: 3000 })
      .then((handle) => handle.jsonValue() as Promise<unknown> as Promise<Record<string, unknown>>),
    4000,
    null,
  );
  if (!consent || consent.analytics !== expected || consent.marketing !== expected) {
    visit.notes.push({
      code: 'consent-mismatch',
      values: {
        button: after,
        consent: consent
          ? `analytics: ${consent.analytics}, marketing: ${consent.marketing}`
          : 'null',
      },
    });
  }
}

/** What the first visit found besides its record. */
export interface FirstVisit {
  record: PhaseRecord;
  finalUrl: string;
  status: number | null;
  banner: BannerInfo;
  seloste: SelosteSite | null;
  /** The notice's text (cookies and extra sections), for the cookies-declared check. */
  noticeText: string;
  links: string[];
  /** The page could not be loaded at all. */
  failed: Note | null;
}

/** Reads the Seloste tag's configuration and its notice. */
async function readSite(
  page: Page,
  withNotice = true,
): Promise<{ site: SelosteSite; noticeText: string } | null> {
  const found = await within(page.evaluate(readSeloste), 3000, null);
  if (!found) return null;
  const { config } = parseVendorConfig(found.dataset, found.base);
  const absolute = (src: string) => {
    try {
      return new URL(src, found.base).href;
    } catch {
      return src;
    }
  };
  const vendors = [
    ...(config.ga4.length ? ['ga4'] : []),
    ...(config.googleAds.length ? ['google-ads'] : []),
    ...(config.gtm.length ? ['gtm'] : []),
    ...(config.metaPixel.length ? ['meta-pixel'] : []),
    ...(config.bingUet ? ['bing-uet'] : []),
  ];
  const sources: Record<string, string> = {};
  const gtag = absolute(config.gtagSrc ?? 'https://www.googletagmanager.com/gtag/js');
  if (config.ga4.length) sources['ga4'] = gtag;
  if (config.googleAds.length) sources['google-ads'] = gtag;
  if (config.gtm?.length) {
    sources['gtm'] = absolute(config.gtmSrc ?? 'https://www.googletagmanager.com/gtm.js');
  }
  if (config.metaPixel.length) {
    sources['meta-pixel'] = absolute(
      config.metaPixelSrc ?? 'https://connect.facebook.net/en_US/fbevents.js',
    );
  }
  if (config.bingUet)
    sources['bing-uet'] = absolute(config.bingUetSrc ?? 'https://bat.bing.com/bat.js');

  const notice = found.dataset['notice']?.trim() ? absolute(found.dataset['notice'].trim()) : null;
  let noticeText = '';
  let noticeProblem: Note | null = null;
  if (notice && withNotice) {
    const fetched = await within(
      page.evaluate(async (url) => {
        try {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (!response.ok) return { error: `HTTP ${response.status}` };
          const text = await response.text();
          return text.length > 2_000_000 ? { error: 'larger than 2 MB' } : { text };
        } catch (error) {
          return { error: String(error) };
        }
      }, notice),
      10_000,
      { error: 'no answer in 10 s' },
    );
    if ('text' in fetched && fetched.text !== undefined) {
      try {
        noticeText = cookieSectionText(JSON.parse(fetched.text));
      } catch {
        noticeProblem = { code: 'notice-unreadable', values: { url: notice, error: 'not JSON' } };
      }
    } else {
      noticeProblem = {
        code: 'notice-unreadable',
        values: { url: notice, error: fetched.error ?? '' },
      };
    }
  }
  return {
    site: {
      version: found.version,
      vendors,
      sources,
      notice,
      noticeCookies: [],
      serviceCookies: await declaredServiceCookies(found.dataset['services'], found.blocks),
      noticeProblem,
    },
    noticeText,
  };
}

/**
 * The text of a notice where cookies are named: its `cookies` section and its extra sections,
 * in every language, as one string.
 *
 * @example
 * cookieSectionText({ cookies: { fi: 'Käytämme evästettä `cart`.' } }) // 'Käytämme evästettä `cart`.'
 */
export function cookieSectionText(notice: unknown): string {
  const texts: string[] = [];
  const collect = (value: unknown, depth = 0) => {
    if (depth > 6 || texts.length > 1000) return;
    if (typeof value === 'string') texts.push(value);
    else if (value && typeof value === 'object') {
      for (const item of Object.values(value)) collect(item, depth + 1);
    }
  };
  if (notice && typeof notice === 'object') {
    const { cookies, extraSections } = notice as { cookies?: unknown; extraSections?: unknown };
    collect(cookies);
    collect(extraSections);
  }
  return texts.join('\n').slice(0, 1_000_000);
}

/** The first visit: load, no interaction, settle; then read the banner and the links. */
export async function firstVisit(env: PhaseEnv, url: string): Promise<FirstVisit> {
  let visit: Visit;
  try {
    visit = await openContext(env, {});
  } catch (error) {
    const failed = navigationProblem(error, url);
    return {
      record: emptyPhase(url, 'failed', [failed]),
      finalUrl: url,
      status: null,
      banner: { kind: 'none', accept: null, reject: null },
      seloste: null,
      noticeText: '',
      links: [],
      failed,
    };
  }
  return firstVisitIn(env, url, visit);
}

async function firstVisitIn(env: PhaseEnv, url: string, visit: Visit): Promise<FirstVisit> {
  const none: BannerInfo = { kind: 'none', accept: null, reject: null };
  try {
    let response: Response | null;
    try {
      response = await load(visit, url, env);
    } catch (error) {
      // The other phases of a page that cannot be loaded need not go on.
      for (const context of env.contexts) if (context !== visit.context) void context.close();
      const failed = navigationProblem(error, url);
      return {
        record: emptyPhase(url, 'failed', [failed]),
        finalUrl: url,
        status: null,
        banner: none,
        seloste: null,
        noticeText: '',
        links: [],
        failed,
      };
    }
    const finalUrl = visit.page.url();
    if (!sameSite(finalUrl, env.start)) {
      const failed: Note = { code: 'left-site', values: { url, to: finalUrl } };
      return {
        record: emptyPhase(url, 'skipped', [failed]),
        finalUrl,
        status: response?.status() ?? null,
        banner: none,
        seloste: null,
        noticeText: '',
        links: [],
        failed,
      };
    }
    if (response && response.status() >= 400) {
      visit.notes.push({ code: 'http-status', values: { url, status: response.status() } });
    }
    const body = (await within(response?.request().sizes() ?? Promise.resolve(null), 5000, null))
      ?.responseBodySize;
    if (body && body > 2_000_000) {
      visit.notes.push({ code: 'large-page', values: { megabytes: mb(body) } });
    }
    await settle(visit, env);
    const read = await readSite(visit.page);
    if (read) visit.recorder.sources = sourcesOf(read.site);
    const find = read
      ? (name: 'accept' | 'reject') => () => findSeloste(visit.page, name)
      : (name: 'accept' | 'reject') => () => findByName(visit.page, name);
    const accept = await waitForControl(find('accept'), env.timing.bannerWait);
    const reject = await (accept ? find('reject')() : waitForControl(find('reject'), 0));
    const banner: BannerInfo = {
      kind: accept || reject ? (read ? 'seloste' : 'other') : 'none',
      accept: accept ? await describeControl(accept) : null,
      reject: reject ? await describeControl(reject) : null,
    };
    const links = await within(
      visit.page.$$eval('a[href]', (anchors) =>
        anchors.slice(0, 1000).map((a) => (a as HTMLAnchorElement).href),
      ),
      3000,
      [] as string[],
    );
    const record = await finish(visit, 'done', null, null);
    return {
      record,
      finalUrl,
      status: response?.status() ?? null,
      banner,
      seloste: read?.site ?? null,
      noticeText: read?.noticeText ?? '',
      links,
      failed: null,
    };
  } catch (error) {
    const failed = navigationProblem(error, url);
    return {
      record: emptyPhase(url, 'failed', [failed]),
      finalUrl: url,
      status: null,
      banner: none,
      seloste: null,
      noticeText: '',
      links: [],
      failed,
    };
  } finally {
    await closeVisit(env, visit);
  }
}

/** The script URL prefixes of a Seloste site's configured vendors, as recorder sources. */
export function sourcesOf(site: SelosteSite | null): SiteSources {
  const sources: Record<string, string> = {};
  // Google's tag serves Analytics and Ads with one file: attribute it to the first configured.
  for (const [vendor, src] of Object.entries(site?.sources ?? {}).reverse()) sources[src] = vendor;
  return sources;
}

/** Loads the page in a fresh context and finds its banner: Seloste's, or any by its names. */
async function openWithBanner(env: PhaseEnv, url: string) {
  const visit = await openContext(env, {});
  let seloste: boolean;
  try {
    await load(visit, url, env);
    await settle(visit, env, 0);
    seloste = await hasSeloste(visit.page);
    if (seloste) {
      const read = await readSite(visit.page, false);
      if (read) visit.recorder.sources = sourcesOf(read.site);
    }
  } catch (error) {
    await closeVisit(env, visit);
    throw error;
  }
  const find = (name: 'accept' | 'reject' | 'settings') =>
    seloste ? () => findSeloste(visit.page, name) : () => findByName(visit.page, name);
  return { visit, seloste, find };
}

/**
 * Reject all on the first layer, then the next page view (a reload): nothing should load or
 * be set from the press on.
 */
export function rejectPhase(env: PhaseEnv, url: string): Promise<PhaseRecord> {
  return guarded(url, async () => {
    const { visit, seloste, find } = await openWithBanner(env, url);
    try {
      const reject = await waitForControl(find('reject'), env.timing.bannerWait);
      if (!reject) {
        visit.notes.push({ code: 'no-reject-button' });
        return await finish(visit, 'skipped', null, null);
      }
      const actionAt = visit.recorder.now();
      if (!(await press(visit, reject, reject.label)))
        return await finish(visit, 'failed', actionAt, actionAt);
      if (seloste) await checkSelosteConsent(visit, false, reject.label);
      await settle(visit, env, 0);
      await visit.page.reload({ waitUntil: 'load', timeout: env.timing.pageTimeout });
      await settle(visit, env);
      return await finish(visit, 'done', actionAt, actionAt);
    } finally {
      await closeVisit(env, visit);
    }
  });
}

/**
 * Accept all, then, in the same context, the withdrawal: reopen the settings, reject, and
 * wait for the reload or the settle.
 */
export async function acceptAndWithdraw(
  env: PhaseEnv,
  url: string,
): Promise<{ accept: PhaseRecord; withdraw: PhaseRecord }> {
  let accept: PhaseRecord | undefined;
  const withdraw = await guarded(url, async () => {
    const { visit, seloste, find } = await openWithBanner(env, url);
    try {
      const button = await waitForControl(find('accept'), env.timing.bannerWait);
      if (!button) {
        visit.notes.push({ code: 'no-accept-button' });
        accept = await finish(visit, 'skipped', null, null);
        return emptyPhase(url, 'skipped', [{ code: 'no-accept-button' }]);
      }
      const acceptAt = visit.recorder.now();
      if (!(await press(visit, button, button.label))) {
        accept = await finish(visit, 'failed', acceptAt, acceptAt);
        return emptyPhase(url, 'skipped', [{ code: 'no-accept-button' }]);
      }
      if (seloste) await checkSelosteConsent(visit, true, button.label);
      await settle(visit, env);
      accept = await finish(visit, 'done', acceptAt, acceptAt);

      // The withdrawal, in the accepted context.
      visit.recorder.restart();
      visit.notes = [];
      visit.started = Date.now();
      let settings = await waitForControl(find('settings'), 500);
      if (!settings && seloste) {
        visit.notes.push({ code: 'no-settings-link' });
        await within(
          visit.page.evaluate(() => window.seloste?.openSettings()),
          5000,
          undefined,
        );
      } else if (settings) {
        await press(visit, settings, settings.label);
      } else {
        visit.notes.push({ code: 'no-settings-control' });
        return await finish(visit, 'skipped', null, null);
      }
      const reject = await waitForControl(
        seloste
          ? () => selostePreferencesReject(visit.page)
          : () => findByName(visit.page, 'reject'),
        env.timing.bannerWait,
      );
      if (!reject) {
        visit.notes.push({ code: 'no-withdraw-reject' });
        return await finish(visit, 'skipped', null, null);
      }
      settings = undefined;
      const actionAt = visit.recorder.now();
      let reloadAt: number | null = null;
      const onNavigate = (frame: unknown) => {
        if (frame === visit.page.mainFrame() && reloadAt === null) reloadAt = visit.recorder.now();
      };
      visit.page.on('framenavigated', onNavigate);
      if (!(await press(visit, reject, reject.label)))
        return await finish(visit, 'failed', actionAt, actionAt);
      await visit.page
        .waitForEvent('load', { timeout: Math.max(2000, env.timing.quiet * 4) })
        .catch(() => undefined);
      if (seloste) await checkSelosteConsent(visit, false, reject.label);
      await settle(visit, env);
      visit.page.off('framenavigated', onNavigate);
      return await finish(visit, 'done', actionAt, reloadAt ?? actionAt);
    } finally {
      await closeVisit(env, visit);
    }
  });
  return {
    accept:
      accept ??
      emptyPhase(url, withdraw.status === 'failed' ? 'failed' : 'skipped', withdraw.notes),
    withdraw,
  };
}
