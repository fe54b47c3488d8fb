/**
 * The script-tag entry, `dist/seloste.js`: the small classic script that runs on every page.
 *
 * It reads the tag's data attributes and the stored decision, replays the decision to the
 * vendors (or keeps them off), runs the site's gated scripts, and installs `window.seloste`
 * and the `data-seloste-open` triggers. The rest comes in ES module chunks beside it, only
 * when needed: the consent manager (to change a decision), the UI (Lit and the banner) and the
 * banner texts of the page's language. A returning visitor downloads none of them.
 */
import type { SelosteApi } from './api.js';
import type { App } from './app.js';
import { parseLoaderConfig } from './core/config.js';
import { ACCEPT_ALL, REJECT_ALL, toConsent } from './core/consent.js';
import { readDecision } from './core/store.js';
import type { Choice, ConsentRecord, Consent } from './core/types.js';
import { CONSENT_COOKIE, readCookie, safely } from './read-cookie.js';
import { SelosteReadyEvent, type OpenTarget } from './events.js';
import { bingUet } from './integrations/bing-uet.js';
import { googleAds } from './integrations/google-ads.js';
import { googleAnalytics } from './integrations/google-analytics.js';
import { googleTag } from './integrations/google-tag.js';
import type { Integration, VendorWindow } from './integrations/integration.js';
import { GATED_SCRIPTS, scriptLoader } from './integrations/load-script.js';
import { metaPixel } from './integrations/meta-pixel.js';
import { warn } from './log.js';
import { RELOADED } from './ui/reloaded.js';

/** The folder of this build's chunks, beside this script (a content hash); set by the build. */
declare const __SELOSTE_BUILD__: string;
declare const __SELOSTE_VERSION__: string;

declare global {
  interface Window {
    seloste?: SelosteApi;
  }
}

const TRIGGER = '[data-seloste-open]';

/** This script's own tag: `currentScript` is set only while a classic script first runs. */
const ownScript = (): HTMLScriptElement | undefined => {
  const current = document.currentScript;
  return current instanceof HTMLScriptElement
    ? current
    : [...document.scripts].findLast((script) => /\/seloste(\.min)?\.js\b/.test(script.src));
};

function start(script: HTMLScriptElement | undefined): void {
  if (!script) warn('cannot find its own <script> tag; using the defaults.');
  const dataset = { ...script?.dataset };
  const { config, problems } = parseLoaderConfig({
    dataset,
    htmlLang: document.documentElement.lang,
    browserLangs: navigator.languages,
  });
  problems.forEach(warn);

  const scripts = scriptLoader(
    document,
    script?.nonce ||
      config.nonce ||
      document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ||
      '',
    warn,
    [config.gtagSrc, config.metaPixelSrc, config.bingUetSrc],
  );
  let record: ConsentRecord | null = readDecision(
    readCookie(CONSENT_COOKIE),
    `cookie "${CONSENT_COOKIE}"`,
    { ...config, now: Date.now() },
    warn,
  );
  const consent = (): Consent | null => record && toConsent(record);

  const env = { window: window as unknown as VendorWindow, loadScript: scripts.load };
  const google = googleTag(config.gtagSrc);
  const integrations: Integration[] = [
    ...(config.ga4.length ? [googleAnalytics(config.ga4, google)] : []),
    ...(config.googleAds.length ? [googleAds(config.googleAds, google)] : []),
    ...(config.metaPixel.length ? [metaPixel(config.metaPixel, config.metaPixelSrc)] : []),
    ...(config.bingUet ? [bingUet(config.bingUet, config.bingUetSrc)] : []),
  ];

  /** Runs, once each and in document order, the gated site scripts the choice allows. */
  const runSiteScripts = (choice: Choice | null) =>
    void scripts.revive(
      [...document.querySelectorAll<HTMLScriptElement>(GATED_SCRIPTS)].filter((placeholder) => {
        const category = placeholder.dataset.selosteCategory;
        return (
          category === 'necessary' ||
          ((category === 'analytics' || category === 'marketing') && !!choice?.[category])
        );
      }),
    );

  const chunk = (name: string) =>
    import(
      /* @vite-ignore */ new URL(`${__SELOSTE_BUILD__}/${name}.js`, script?.src || document.baseURI)
        .href
    );
  /** Imports once; a failed import is reported and tried again next time. */
  const lazy = <T>(load: () => Promise<T>) => {
    let loading: Promise<T | undefined> | undefined;
    return () =>
      (loading ??= load().catch((error) => {
        warn(`could not load its files (${error}).`);
        loading = undefined;
        return undefined;
      }));
  };
  const app = lazy(async () => {
    const created: App = (await chunk('app')).createApp({
      config,
      dataset,
      initial: record,
      integrations,
      env,
      runSiteScripts,
      load: chunk,
    });
    created.store.subscribe((next) => (record = next));
    return created;
  });
  const ui = lazy(async () => {
    const [created, texts] = await Promise.all([app(), chunk(`banner-${config.lang}`)]);
    return created!.mount(texts.default);
  });

  const decide = async (choice: Choice | null) => (await app())?.decide(choice) ?? consent();
  const open = async (target: OpenTarget, trigger?: HTMLElement | null) => {
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
    if (!trigger || (target === 'notice' && !dataset.notice)) return;
    e.preventDefault();
    if (target === 'settings' || target === 'notice') void open(target, trigger);
    else warn(`data-seloste-open="${target}" ignored: expected settings | notice.`);
  });

  for (const integration of integrations) {
    integration.init(env);
    if (record?.categories[integration.category]) integration.grant(env);
  }

  /** A link to `#tietosuojaseloste` (or the configured fragments) opens the notice. */
  const fromHash = () =>
    dataset.notice && config.noticeHash.includes(location.hash.slice(1)) && void open('notice');
  addEventListener('hashchange', fromHash);

  const ready = () => {
    runSiteScripts(record?.categories ?? null);
    // The UI comes for the banner, and after a withdrawal's reload to say what was saved.
    if (!record || safely(() => sessionStorage[RELOADED], 0))
      void ui().then((app) => app?.showBanner());
    fromHash();
    document.dispatchEvent(new SelosteReadyEvent(consent()));
  };
  // An `async` tag may run before the page is parsed: wait for the gated scripts and the body.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ready);
  else ready();
}

if (window.seloste) warn('is on this page twice; the second copy does nothing.');
else start(ownScript());
