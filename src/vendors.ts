/**
 * The vendors chunk, `<build>/vendors.js`: the vendor integrations and the gated site scripts.
 * The loader imports it only when a category is granted (a stored decision, or a new one): a
 * visitor who has refused everything, or not decided yet, never downloads it, and no vendor's
 * consent API is touched before it is needed.
 */
import type { LoaderConfig } from './core/config.js';
import type { Choice, OptionalCategory } from './core/types.js';
import { bingUet } from './integrations/bing-uet.js';
import { googleAds } from './integrations/google-ads.js';
import { googleAnalytics } from './integrations/google-analytics.js';
import { googleTag } from './integrations/google-tag.js';
import type { Integration, VendorWindow } from './integrations/integration.js';
import { scriptLoader } from './integrations/load-script.js';
import { metaPixel } from './integrations/meta-pixel.js';

export interface Vendors {
  /** Tells the vendors of these categories that consent is withdrawn. */
  revoke(categories: readonly OptionalCategory[]): void;
  /** Loads (or updates) the vendors of these categories. Safe to call twice. */
  grant(categories: readonly OptionalCategory[]): void;
  /** Runs, once each and in document order, the gated site scripts `choice` allows. */
  runSiteScripts(choice: Choice | null): void;
}

/**
 * The configured vendors, each set to its denied defaults at once, and the page's gated scripts
 * (`gated`, taken by the loader when the page was parsed). (`warn` is the loader's: this chunk
 * shares no module with the app chunk, so a returning visitor never fetches a piece of it.)
 */
export function createVendors(
  config: LoaderConfig,
  nonce: string,
  gated: () => readonly HTMLScriptElement[],
  warn: (message: string) => void,
): Vendors {
  const scripts = scriptLoader(document, nonce, warn, [
    config.gtagSrc,
    config.metaPixelSrc,
    config.bingUetSrc,
  ]);
  const env = { window: window as unknown as VendorWindow, loadScript: scripts.load };
  const google = googleTag(config.gtagSrc);
  const integrations: Integration[] = [
    ...(config.ga4.length ? [googleAnalytics(config.ga4, google)] : []),
    ...(config.googleAds.length ? [googleAds(config.googleAds, google)] : []),
    ...(config.metaPixel.length ? [metaPixel(config.metaPixel, config.metaPixelSrc)] : []),
    ...(config.bingUet ? [bingUet(config.bingUet, config.bingUetSrc)] : []),
  ];
  for (const integration of integrations) integration.init(env);
  const each = (categories: readonly OptionalCategory[], step: 'grant' | 'revoke') => {
    for (const integration of integrations)
      if (categories.includes(integration.category)) integration[step](env);
  };
  return {
    revoke: (categories) => each(categories, 'revoke'),
    grant: (categories) => each(categories, 'grant'),
    runSiteScripts: (choice) =>
      void scripts.revive(
        gated().filter((placeholder) => choice?.[placeholder.dataset.selosteCategory as never]),
      ),
  };
}
