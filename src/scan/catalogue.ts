/**
 * The tracker catalogue (data/trackers.json) and the questions the scanner asks it: which
 * service a request, a cookie or a storage key belongs to. Pure: no browser, no I/O.
 */
import { matchesCookie, type CookiePattern } from '../core/cookie-names.js';
import data from '../../data/trackers.json';

/** Consent categories: `necessary` needs no consent; the others do. */
export type TrackerCategory = 'necessary' | 'analytics' | 'marketing' | 'functional';

/** What a service is, for people reading a report. */
export type TrackerKind =
  | 'analytics'
  | 'advertising'
  | 'tag-manager'
  | 'session-recording'
  | 'embed'
  | 'chat'
  | 'consent'
  | 'session';

/** A cookie name pattern, optionally only on one domain (and its subdomains). */
export type CookieRule = CookiePattern | { name: CookiePattern; domain: string };

/** One service of the catalogue. */
export interface Tracker {
  /** Stable id; Seloste's integration ids where it has one (`ga4`, `google-ads`, …). */
  readonly id: string;
  readonly name: string;
  readonly company: string;
  readonly category: TrackerCategory;
  readonly kind: TrackerKind;
  /** Hosts whose requests belong to it, subdomains included. */
  readonly hosts: readonly string[];
  /** `host/path` prefixes, for hosts shared between services (googletagmanager.com). */
  readonly urls: readonly string[];
  readonly cookies: readonly CookieRule[];
  /** localStorage and sessionStorage key patterns. */
  readonly storage: readonly CookiePattern[];
}

export interface Catalogue {
  readonly version: number;
  readonly vendors: readonly Tracker[];
}

const CATEGORIES: readonly TrackerCategory[] = [
  'necessary',
  'analytics',
  'marketing',
  'functional',
];
const KINDS: readonly TrackerKind[] = [
  'analytics',
  'advertising',
  'tag-manager',
  'session-recording',
  'embed',
  'chat',
  'consent',
  'session',
];

/**
 * What is wrong with a catalogue, as messages (empty when it is sound): unique ids, known
 * categories and kinds, hosts without scheme or path, patterns with `*` only at the end.
 *
 * @example
 * catalogueProblems({ version: 1, vendors: [] }) // []
 */
export function catalogueProblems(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const pattern = (where: string, value: unknown) => {
    if (typeof value !== 'string' || !value || /\*./.test(value)) {
      problems.push(`${where}: "${String(value)}" is not a name or a prefix ending in *.`);
    }
  };
  for (const vendor of catalogue.vendors) {
    const at = `vendor ${vendor.id}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(vendor.id)) problems.push(`${at}: id is not kebab-case.`);
    if (seen.has(vendor.id)) problems.push(`${at}: id is used twice.`);
    seen.add(vendor.id);
    if (!CATEGORIES.includes(vendor.category)) problems.push(`${at}: unknown category.`);
    if (!KINDS.includes(vendor.kind)) problems.push(`${at}: unknown kind.`);
    for (const host of vendor.hosts) {
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host)) problems.push(`${at}: bad host "${host}".`);
    }
    for (const url of vendor.urls) {
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/.test(url)) problems.push(`${at}: bad url "${url}".`);
    }
    for (const rule of vendor.cookies) {
      pattern(`${at} cookie`, typeof rule === 'string' ? rule : rule.name);
    }
    for (const key of vendor.storage) pattern(`${at} storage`, key);
  }
  return problems;
}

/** The catalogue shipped with Seloste. */
export const CATALOGUE: Catalogue = data as Catalogue;

/**
 * Whether `host` is `domain` or one of its subdomains. A leading dot (cookie domains) is
 * ignored.
 *
 * @example
 * hostWithin('www.youtube.com', 'youtube.com') // true
 * hostWithin('notyoutube.com', 'youtube.com') // false
 */
export function hostWithin(host: string, domain: string): boolean {
  const h = host.replace(/^\./, '').toLowerCase();
  const d = domain.replace(/^\./, '').toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

/** A `host/path` prefix of the catalogue against a URL. */
function urlMatches(url: URL, prefix: string): boolean {
  const slash = prefix.indexOf('/');
  return (
    hostWithin(url.hostname, prefix.slice(0, slash)) &&
    (url.pathname + url.search).startsWith(prefix.slice(slash))
  );
}

/** Extra attributions for one site: script URLs it loads a service from (self-hosted tags). */
export interface SiteSources {
  /** Absolute URL prefix → tracker id, e.g. `https://shop.fi/vendors/gtag.js` → `ga4`. */
  readonly [prefix: string]: string;
}

/**
 * The service a request goes to, if it is in the catalogue (or is a script URL the site was
 * configured to load a service from). The most specific rule wins: a site source, then a URL
 * prefix, then the longest matching host.
 *
 * @example
 * trackerForUrl('https://www.googletagmanager.com/gtag/js?id=G-1')?.id // 'ga4'
 * trackerForUrl('https://www.googletagmanager.com/gtm.js?id=GTM-1')?.id // 'gtm'
 */
export function trackerForUrl(
  href: string,
  sources: SiteSources = {},
  catalogue: Catalogue = CATALOGUE,
): Tracker | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const byId = (id: string | undefined) => catalogue.vendors.find((vendor) => vendor.id === id);
  const source = Object.keys(sources).find((prefix) => href.startsWith(prefix));
  if (source) return byId(sources[source]);
  const byUrl = catalogue.vendors.find((vendor) =>
    vendor.urls.some((prefix) => urlMatches(url, prefix)),
  );
  if (byUrl) return byUrl;
  let best: [Tracker, number] | undefined;
  for (const vendor of catalogue.vendors) {
    for (const host of vendor.hosts) {
      if (hostWithin(url.hostname, host) && host.length > (best?.[1] ?? 0))
        best = [vendor, host.length];
    }
  }
  return best?.[0];
}

/**
 * The service a cookie belongs to, by its name (and, for rules tied to a domain, its domain).
 *
 * @example
 * trackerForCookie('_ga_ABC123', 'example.fi')?.id // 'ga4'
 * trackerForCookie('MUID', '.clarity.ms')?.id // 'clarity'
 */
export function trackerForCookie(
  name: string,
  domain: string,
  catalogue: Catalogue = CATALOGUE,
): Tracker | undefined {
  return catalogue.vendors.find((vendor) =>
    vendor.cookies.some((rule) =>
      typeof rule === 'string'
        ? matchesCookie(name, rule)
        : matchesCookie(name, rule.name) && hostWithin(domain, rule.domain),
    ),
  );
}

/**
 * The service a localStorage or sessionStorage key belongs to.
 *
 * @example
 * trackerForStorageKey('_hjSession_123')?.id // 'hotjar'
 */
export function trackerForStorageKey(
  key: string,
  catalogue: Catalogue = CATALOGUE,
): Tracker | undefined {
  return catalogue.vendors.find((vendor) =>
    vendor.storage.some((pattern) => matchesCookie(key, pattern)),
  );
}

/** The service with this id. */
export function trackerById(id: string, catalogue: Catalogue = CATALOGUE): Tracker | undefined {
  return catalogue.vendors.find((vendor) => vendor.id === id);
}
