/**
 * The loader: the small script that runs on every page, built twice from one source, as
 * `dist/seloste.js` (a classic script, `embed.ts`) and `dist/seloste.mjs` (an ES module,
 * `embed-module.ts`). Each entry knows its own tag exactly and calls `start` with it.
 *
 * It reads the tag's data attributes and the stored decision, keeps the page in step with
 * decisions made in other tabs, and installs `window.seloste` and the `data-seloste-open`
 * triggers. Everything else comes in ES module chunks beside it, only when needed: the vendors
 * and the gated site scripts (when a category is granted), the consent manager and the UI (to
 * show or change a decision), the banner texts of the page's language, and the explanations of
 * configuration mistakes. A returning visitor who refused everything downloads none of them.
 */
import type { SelosteApi } from './api.js';
import type { App } from './app.js';
import { parseLoaderConfig, type Problem } from './core/config.js';
import { ACCEPT_ALL, REJECT_ALL, toConsent } from './core/consent.js';
import { readDecision } from './core/store.js';
import type { Choice, ConsentRecord, Consent } from './core/types.js';
import { readCookies, safely } from './cookies/read.js';
import { SelosteReadyEvent, type OpenTarget } from './events.js';
import { gatedScripts } from './integrations/gated.js';
import { warn } from './log.js';
import { reloadedAfterWithdrawal } from './ui/reloaded.js';
import type { Vendors } from './vendors.js';

/** The folder of this build's chunks, beside this script (a content hash); set by the build. */
declare const __SELOSTE_BUILD__: string;
declare const __SELOSTE_VERSION__: string;

declare global {
  interface Window {
    seloste?: SelosteApi;
  }
}

const TRIGGER = '[data-seloste-open]';

/** Tabs of the site tell each other about a new decision on this channel. */
export const CHANNEL = 'seloste';

/** The same decision (or both none): compared by id and time, which every decision renews. */
const same = (a: ConsentRecord | null, b: ConsentRecord | null) =>
  a?.id === b?.id && a?.updatedAt === b?.updatedAt;

/**
 * Starts Seloste for its tag `script`, whose chunks are in the build folder beside `base` (the
 * loader's own URL).
 */
export function start(script: HTMLScriptElement | undefined, base: string): void {
  const chunk = (name: string) =>
    import(/* @vite-ignore */ new URL(`${__SELOSTE_BUILD__}/${name}.js`, base).href);
  /** Imports once; a failed import is reported (here: the words cannot come from a chunk). */
  const lazy = <T>(load: () => Promise<T>) => {
    let loading: Promise<T | undefined> | undefined;
    return () =>
      (loading ??= load().catch((error) => {
        warn(
          `could not load its files (${error})` +
            (new URL(base).origin === location.origin
              ? '.'
              : ': from another origin they need the header Access-Control-Allow-Origin.'),
        );
        loading = undefined;
        return undefined;
      }));
  };
  /**
   * Names mistakes in the console, once each (chunks read some attributes again), in words
   * fetched only when there are some (explain.ts).
   */
  const reported = new Set<string>();
  const report = async (problems: readonly Problem[]) => {
    const fresh = problems.filter((p) => !reported.has(p + '') && reported.add(p + ''));
    if (!fresh.length) return;
    const { explain } = await chunk('problems');
    for (const problem of fresh) warn(explain(problem, location.hostname));
  };

  const dataset = { ...script?.dataset };
  const { config, problems } = parseLoaderConfig({
    dataset,
    pageUrl: location.href,
    htmlLang: document.documentElement.lang,
    browserLangs: navigator.languages,
  });
  if (!script) problems.unshift(['!tag']);

  // The page's CSP nonce: the tag's own, else data-nonce, else that of another real script.
  const nonce =
    script?.nonce ||
    config.nonce ||
    document.querySelector<HTMLScriptElement>('script[nonce]:not([type="text/plain"])')?.nonce ||
    '';
  // Two Seloste tags: the first in the document runs, whichever loads first.
  const first = [...document.scripts].find(
    (other) =>
      /\/seloste\.m?js([?#]|$)/.test(other.src) &&
      /^(|module|text\/javascript)$/i.test(other.type) &&
      (!nonce || other.nonce === nonce),
  );
  if (window.seloste || (script && first && first !== script)) {
    void report([['!twice']]);
    return;
  }

  /** The decision as the consent cookie holds it now (another tab may have changed it). */
  const readStored = (onProblem?: (problem: Problem) => void) =>
    readDecision(
      readCookies(config.cookieName),
      config.cookieName,
      { ...config, now: Date.now() },
      onProblem ?? (() => {}),
    );
  let record: ConsentRecord | null = readStored((problem) => problems.push(problem));
  // A first visit shows the banner: its chunks are fetched now, beside the rest of the start.
  if (!record) for (const name of ['app', `banner-${config.lang}`]) chunk(name).catch(() => {});
  // After a withdrawal's reload the UI says what was saved (and puts focus back).
  const reloaded = !!record && reloadedAfterWithdrawal();
  const consent = (): Consent | null => record && toConsent(record);
  /** The gated site scripts of the served page, taken once it is parsed (see gated.ts). */
  let gated: HTMLScriptElement[] = [];

  void report(problems);
  // A decision an earlier page could not get into the consent log goes again (consent-log.ts).
  if (config.consentLog && safely(() => localStorage.seloste_log, 0))
    void lazy(() => chunk('consent-log'))().then((log) =>
      log?.consentLog(config.consentLog, config.notice, warn).retry(),
    );
  const vendors = lazy(async (): Promise<Vendors> =>
    (await chunk('vendors')).createVendors(dataset, nonce, () => gated, warn, report, chunk),
  );
  const channel = self.BroadcastChannel && new BroadcastChannel(CHANNEL);
  const app = lazy(async () => {
    const created: App = (await chunk('app')).createApp({
      config,
      dataset,
      initial: record,
      readStored,
      announce: () => channel?.postMessage(0),
      vendors,
      nonce,
      report,
      load: chunk,
      reloaded,
    });
    created.store.subscribe((next) => (record = next));
    return created;
  });
  const ui = lazy(async () => {
    const [created, texts] = await Promise.all([app(), chunk(`banner-${config.lang}`)]);
    return created!.mount(texts.default);
  });

  /**
   * Brings this page in line with a decision made in another tab (or expired meanwhile): the
   * vendors and scripts follow it, and the banner closes or comes back.
   */
  const follow = async () => {
    const stored = readStored();
    if (same(stored, record)) return;
    await (await app())?.follow(stored);
    if (!stored) await (await ui())?.showBanner();
  };
  if (channel) channel.onmessage = follow;
  document.addEventListener('visibilitychange', () => document.hidden || void follow());

  const decide = async (choice: Choice | null) => (await app())?.decide(choice) ?? consent();
  const open = async (target: OpenTarget, trigger?: HTMLElement | null) => {
    await follow();
    const app = await ui();
    await (target === 'settings' ? app?.openSettings(trigger) : app?.openNotice(trigger));
  };

  window.seloste = {
    version: __SELOSTE_VERSION__,
    getConsent: consent,
    acceptAll: () => decide(ACCEPT_ALL),
    rejectAll: () => decide(REJECT_ALL),
    setConsent: async (choice) => (await app())?.setConsent(choice) ?? consent(),
    openSettings: () => open('settings'),
    openNotice: () => open('notice'),
    async reset() {
      await decide(null);
      (await ui())?.showBanner();
    },
  };

  // Links and buttons: they turn Enter (and Space) into this click themselves.
  document.addEventListener('click', (e) => {
    const trigger = (e.target as Element).closest?.<HTMLElement>(TRIGGER);
    const target = trigger?.dataset.selosteOpen;
    // Without data-notice the link is left alone, to a notice page of the site's own.
    if (!trigger || (target === 'notice' && !config.notice)) return;
    e.preventDefault();
    if (target === 'settings' || target === 'notice') void open(target, trigger);
    else void report([['!open', target]]);
  });

  // A stored decision: its vendors load at once, its gated scripts once the page is parsed.
  const granted = record?.categories.analytics || record?.categories.marketing;
  if (granted) void vendors().then((loaded) => loaded?.update(null, record!.categories));

  /** A link to `#tietosuojaseloste` (or the configured fragments) opens the notice. */
  const fromHash = () =>
    config.notice && config.noticeHash.includes(location.hash.slice(1)) && void open('notice');
  addEventListener('hashchange', fromHash);

  const ready = () => {
    gated = gatedScripts(document, nonce);
    // Embeds held back until consent, as served (one added later is left alone).
    const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-seloste-src]')];
    if (frames.length)
      void lazy(() => chunk('embeds'))().then((embeds) =>
        embeds?.mountEmbeds(frames, {
          lang: config.lang,
          choice: record?.categories ?? null,
          warn,
        }),
      );
    if (granted) void vendors().then((loaded) => loaded?.runSiteScripts(record!.categories));
    if (!record || reloaded) void ui().then((app) => app?.showBanner());
    fromHash();
    document.dispatchEvent(new SelosteReadyEvent(consent()));
  };
  // An `async` tag may run before the page is parsed: wait for the gated scripts and the body.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
}
