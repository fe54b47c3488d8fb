/**
 * The vendors chunk, `<build>/vendors.js`: the vendor integrations and the gated site scripts.
 * The loader imports it only when a category is granted (a stored decision, or a new one): a
 * visitor who has refused everything, or not decided yet, never downloads it, and no vendor's
 * consent API is touched before it is needed.
 */
import { parseVendorConfig, type Problem } from './core/config.js';
import { allows } from './core/consent.js';
import { SERVICES_BLOCK } from './core/services.js';
import type { Choice } from './core/types.js';
import { bingUet } from './integrations/bing-uet.js';
import { googleAds } from './integrations/google-ads.js';
import { googleAnalytics } from './integrations/google-analytics.js';
import { googleTag } from './integrations/google-tag.js';
import { googleConsent, googleTagManager, GTM_SRC } from './integrations/google-tag-manager.js';
import type { Integration, VendorWindow } from './integrations/integration.js';
import { scriptLoader } from './integrations/load-script.js';
import { metaPixel } from './integrations/meta-pixel.js';
import type * as ServicesChunk from './services.js';

export interface Vendors {
  /**
   * Brings the vendors from the choice this page applied before (`null`: none yet) to `after`,
   * service by service: those withdrawn are told at once, those allowed load (or update). With
   * GTM on the page, `dataLayer` then gets a `seloste_consent` event with the choice, for GTM
   * triggers.
   */
  update(before: Choice | null, after: Choice | null): void;
  /**
   * Runs, once each and in document order, the gated site scripts `choice` allows: by category,
   * and by service for those with `data-seloste-service`.
   */
  runSiteScripts(choice: Choice | null): void;
}

/**
 * The configured vendors, each set to its denied defaults at once, and the page's gated scripts
 * (`gated`, taken by the loader when the page was parsed). The vendors are read from the tag's
 * `dataset` here, not in the loader, which never needs them; `warn` and `report` are the
 * loader's (which names each problem once, whichever chunk finds it first), and so is `load`,
 * which imports the services chunk beside this one.
 */
export async function createVendors(
  dataset: Readonly<Record<string, string | undefined>>,
  nonce: string,
  gated: () => readonly HTMLScriptElement[],
  warn: (message: string) => void,
  report: (problems: readonly Problem[]) => void,
  load: (name: 'services') => Promise<typeof ServicesChunk>,
): Promise<Vendors> {
  const { config, problems } = parseVendorConfig(dataset, location.href);
  // The services the owner names or declares: their loaders, from the services chunk beside
  // this one, only on a page that has some.
  const declared =
    dataset.services || document.querySelector(SERVICES_BLOCK)
      ? await load('services').then(
          (chunk) => chunk.createServices(dataset, document, nonce, { loaders: true }),
          (error) => void warn(`could not load the declared services (${error}).`),
        )
      : undefined;
  report([
    ...problems,
    ...(declared?.problems.map((message) => ['!service', message] as const) ?? []),
  ]);
  const {
    gtagSrc = 'https://www.googletagmanager.com/gtag/js',
    gtmSrc = GTM_SRC,
    metaPixelSrc = 'https://connect.facebook.net/en_US/fbevents.js',
    bingUetSrc = 'https://bat.bing.com/bat.js',
  } = config;
  const scripts = scriptLoader(document, nonce, warn, [
    gtagSrc,
    gtmSrc,
    metaPixelSrc,
    bingUetSrc,
    ...(declared?.sources ?? []),
  ]);
  const env = { window: window as unknown as VendorWindow, loadScript: scripts.load };
  const google = googleTag(gtagSrc);
  const integrations: Integration[] = [
    ...(config.ga4.length ? [googleAnalytics(config.ga4, google)] : []),
    ...(config.googleAds.length ? [googleAds(config.googleAds, google)] : []),
    ...(config.gtm.length
      ? [googleTagManager(config.gtm, config.gtmCategory, google, gtmSrc)]
      : []),
    ...(config.metaPixel.length ? [metaPixel(config.metaPixel, metaPixelSrc)] : []),
    ...(config.bingUet ? [bingUet(config.bingUet, bingUetSrc)] : []),
    ...(declared?.integrations ?? []),
  ];
  // Tags in a GTM container need the signals of every category, not only the container's own.
  if (config.gtm.length) {
    // Written out: this chunk imports nothing the app chunk also has (see architecture.md).
    for (const category of ['analytics', 'marketing'] as const) {
      if (
        !integrations.some(
          (integration) => integration.id.startsWith('google') && integration.category === category,
        )
      )
        integrations.unshift(googleConsent(category, google));
    }
  }
  for (const integration of integrations) integration.init(env);
  return {
    update(before, after) {
      // Withdrawals first: vendors hear "denied" before anything else happens.
      for (const [step, from, to] of [
        ['revoke', after, before],
        ['grant', before, after],
      ] as const) {
        for (const integration of integrations) {
          const { category, id } = integration;
          if (allows(to, category, id) && !allows(from, category, id)) integration[step](env);
        }
      }
      if (config.gtm.length) {
        env.window.dataLayer!.push({
          event: 'seloste_consent',
          seloste: {
            analytics: !!after?.analytics,
            marketing: !!after?.marketing,
            services: {
              ...after?.services,
              ...Object.fromEntries(
                integrations
                  .filter(({ id }) => id != 'googleConsent')
                  .map(({ category, id }) => [id, allows(after, category, id)]),
              ),
            },
          },
        });
      }
    },
    runSiteScripts: (choice) =>
      void scripts.revive(
        gated().filter(({ dataset }) =>
          allows(choice, dataset.selosteCategory, dataset.selosteService),
        ),
      ),
  };
}
