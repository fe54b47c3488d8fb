import type { CookiePattern } from './cookie-names.js';
import type { Choice, Lang, OptionalCategory } from './types.js';
import type { CookieInfo } from './vendors.js';

/**
 * A service the visitor can allow or refuse on its own, inside its category: a built-in vendor
 * (`googleAnalytics`, `metaPixel`…), a catalogue service the owner names in `data-services`
 * (`hotjar`, `clarity`…), an embed service (`youtube`…), or one the owner declares in a
 * `<script type="application/json" data-seloste-services>` block.
 *
 * What the visitor is told about it, in the settings and in the notice's cookie table.
 */
export interface ServiceInfo {
  /** Letters, digits, `-` and `_`, starting with a letter; at most 32: `googleAds`, `hotjar`. */
  readonly id: string;
  readonly category: OptionalCategory;
  /** As the visitor knows it: "Hotjar", "Microsoft Clarity". */
  readonly name: string;
  /** The company the visitor's data goes to (in the EU where it has an EU entity). */
  readonly provider: string;
  /** What it is used for, per language; shown in the visitor's language, else English. */
  readonly purpose: Readonly<Partial<Record<Lang, string>>>;
  /** Country outside the EU/EEA the data may be transferred to (ISO 3166 code), if any. */
  readonly transferTo?: string;
  /** The safeguard for that transfer, e.g. "EU–US Data Privacy Framework", per language. */
  readonly safeguards?: Readonly<Partial<Record<Lang, string>>>;
  readonly privacyUrl?: string;
  readonly cookies: readonly CookieInfo[];
  /** First-party cookies to delete when the service is refused (exact names or `prefix*`). */
  readonly patterns: readonly CookiePattern[];
}

/** The owner's own services, declared as JSON (services/declare.ts). */
export const SERVICES_BLOCK = 'script[type="application/json"][data-seloste-services]';

/** A service id: what `ServiceInfo.id` may be. */
export const SERVICE_ID = /^[a-zA-Z][\w-]{0,31}$/;

/** What a decision needs to know of a service: its id and its category. */
export type ServiceRef = Pick<ServiceInfo, 'id' | 'category'>;

/**
 * `choice` made whole for the services on the page: every one of `services` is named, allowed
 * only if its category is, and a category whose services are all refused is refused. So the
 * decision records exactly what the visitor was offered, and the category switch in the
 * settings shows all, some or none. Services of other pages that `choice` names stay as named.
 *
 * @example
 * complete({ analytics: true, marketing: true, services: { googleAds: false } },
 *   [{ id: 'googleAds', category: 'marketing' }, { id: 'googleAnalytics', category: 'analytics' }])
 * // { analytics: true, marketing: false, services: { googleAds: false, googleAnalytics: true } }
 */
export function complete(choice: Choice, services: readonly ServiceRef[]): Choice {
  const named = Object.fromEntries(
    services.map(({ id, category }) => [id, !!choice[category] && choice.services?.[id] !== false]),
  );
  const on = (category: OptionalCategory) =>
    choice[category] &&
    (!services.some((service) => service.category === category) ||
      services.some((service) => service.category === category && named[service.id]));
  return {
    analytics: on('analytics'),
    marketing: on('marketing'),
    services: { ...choice.services, ...named },
  };
}

/**
 * The choice after `setConsent`: `categories` and `services` given over `stored`. Allowing a
 * service of a refused category allows the category with that service alone in it.
 *
 * @example
 * setServices(REJECT_ALL, {}, { hotjar: true }, [{ id: 'hotjar', category: 'analytics' }, { id: 'clarity', category: 'analytics' }])
 * // { analytics: true, marketing: false, services: { hotjar: true, clarity: false } }
 */
export function setServices(
  stored: Choice,
  categories: Partial<Record<OptionalCategory, boolean>>,
  services: Readonly<Record<string, boolean>>,
  onPage: readonly ServiceRef[],
): Choice {
  const next = { ...stored, ...categories, services: { ...stored.services, ...services } };
  for (const { id, category } of onPage) {
    if (!services[id] || next[category] || categories[category] === false) continue;
    next[category] = true;
    for (const other of onPage)
      if (other.category === category && !(other.id in services)) next.services[other.id] = false;
  }
  return next;
}
