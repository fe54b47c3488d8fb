import type { OptionalCategory } from '../core/types.js';
import type { VendorEnv } from './integration.js';

/** Consent mode v2 signals each category drives. */
export const GOOGLE_SIGNALS: Record<OptionalCategory, readonly string[]> = {
  analytics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/** All seven signals, denied by default on every page. */
const ALL_SIGNALS = [
  ...GOOGLE_SIGNALS.analytics,
  ...GOOGLE_SIGNALS.marketing,
  'functionality_storage',
  'personalization_storage',
  'security_storage',
];

const signals = (names: readonly string[], value: 'granted' | 'denied') =>
  Object.fromEntries(names.map((name) => [name, value]));

/** `src` with `id=<id>` added, unless it names an id already. */
export const gtagUrl = (src: string, id: string): string =>
  /[?&]id=/.test(src) ? src : `${src}${src.includes('?') ? '&' : '?'}id=${encodeURIComponent(id)}`;

export interface GoogleTag {
  /** Sets up `dataLayer` and `gtag` and pushes the denied defaults, once per page. */
  setup(env: VendorEnv): void;
  grant(env: VendorEnv, category: OptionalCategory, ids: readonly string[]): void;
  revoke(env: VendorEnv, category: OptionalCategory, ids: readonly string[]): void;
}

/**
 * The one Google tag (gtag.js) that Google Analytics 4 and Google Ads share on a page.
 *
 * Order in `dataLayer`: `consent default` (all seven signals denied) first; then a `consent
 * update` for each granted category; then `js`, `set` and one `config` per granted id; only
 * then is gtag.js inserted, once, whatever the number of ids.
 */
export function googleTag(src: string): GoogleTag {
  let gtag: ((...args: unknown[]) => void) | undefined;
  let loaded = false;
  let scheduled = false;
  const pending = new Set<string>();
  const configured = new Set<string>();

  const setup = ({ window: w }: VendorEnv) => {
    if (!gtag) {
      const dataLayer = (w.dataLayer ??= []);
      // gtag.js reads only `Arguments` objects from dataLayer: an array, as a rest-parameter
      // shim would push, is silently ignored, consent commands included.
      gtag = function () {
        // eslint-disable-next-line prefer-rest-params
        dataLayer.push(arguments);
      };
      w.gtag ??= gtag;
      gtag('consent', 'default', signals(ALL_SIGNALS, 'denied'));
    }
    return gtag;
  };

  /**
   * After every grant of one decision has pushed its update: configure the new ids, and load
   * gtag.js once. (Grants without ids, GTM's, only update the consent state.)
   */
  const flush = (env: VendorEnv) => {
    scheduled = false;
    const command = setup(env);
    const ids = [...pending];
    pending.clear();
    if (!ids[0]) return;
    if (!loaded) {
      command('js', new Date());
      // Acts only while ad_storage is denied: ad click ids are then kept out of requests.
      command('set', 'ads_data_redaction', true);
    }
    for (const id of ids) {
      configured.add(id);
      command('config', id);
    }
    if (!loaded && ids[0]) {
      loaded = true;
      void env.loadScript(gtagUrl(src, ids[0]));
    }
  };

  return {
    setup,
    grant(env, category, ids) {
      setup(env)('consent', 'update', signals(GOOGLE_SIGNALS[category], 'granted'));
      if (!scheduled) queueMicrotask(() => flush(env));
      scheduled = true;
      for (const id of ids) {
        env.window[`ga-disable-${id}`] = false;
        if (!configured.has(id)) pending.add(id);
      }
    },
    revoke(env, category, ids) {
      setup(env)('consent', 'update', signals(GOOGLE_SIGNALS[category], 'denied'));
      for (const id of ids) env.window[`ga-disable-${id}`] = true;
    },
  };
}
