/**
 * The services on this page, each with its category: the configured vendors, the services the
 * owner names or declares (`data-services`, `data-seloste-services`: the services chunk), and
 * the embeds held back on the page. The consent manager completes every decision with them,
 * and the settings and the notice list them. Only what the page has is loaded.
 */
import { vendorIds, type VendorConfig } from './core/config.js';
import { SERVICES_BLOCK, type ServiceInfo, type ServiceRef } from './core/services.js';
import type { VendorId } from './core/types.js';
import type { MoreContext } from './more-services.js';

/**
 * A service as the visitor is told about it; a built-in vendor's purpose comes from the dialog
 * texts (`texts.purposes`), so it has none here.
 */
export type PageService = ServiceInfo;

export interface PageServices {
  /** Ids and categories, enough to decide: no catalogue is fetched for the built-in vendors. */
  refs(): Promise<readonly ServiceRef[]>;
  /** Everything the visitor is told, and the cookies to delete on a refusal. */
  all(): Promise<readonly PageService[]>;
}

/** The iframes held back on the page as served (the loader takes the same ones). */
export const EMBEDS = 'iframe[data-seloste-src]';

/**
 * The page's services, found once it is parsed (each call gets the same promises).
 *
 * @param config the vendor configuration (`gtmCategory` places the GTM container)
 */
export function pageServices(config: VendorConfig, context: MoreContext): PageServices {
  const ids = vendorIds(config);
  const category = (id: VendorId) =>
    id === 'googleAnalytics'
      ? 'analytics'
      : id === 'googleTagManager'
        ? config.gtmCategory
        : 'marketing';
  let others: Promise<readonly PageService[]> | undefined;
  /** The declared services, then the embeds' (the more-services chunk, when there are some). */
  const more = () =>
    (others ??= (() => {
      const frames = [...document.querySelectorAll<HTMLIFrameElement>(EMBEDS)];
      return frames.length || context.dataset.services || document.querySelector(SERVICES_BLOCK)
        ? import('./more-services.js').then(({ moreServices }) => moreServices(frames, context))
        : Promise.resolve([]);
    })());
  let full: Promise<readonly PageService[]> | undefined;
  return {
    refs: async () => [...ids.map((id) => ({ id, category: category(id) })), ...(await more())],
    all: () =>
      (full ??= (async () => {
        const [{ VENDORS }, rest] = await Promise.all([
          ids.length ? import('./core/vendors.js') : { VENDORS: [] },
          more(),
        ]);
        return [
          ...VENDORS.filter(({ id }) => ids.includes(id)).map((vendor) => ({
            ...vendor,
            category: category(vendor.id),
            purpose: {},
          })),
          ...rest,
        ];
      })()),
  };
}
