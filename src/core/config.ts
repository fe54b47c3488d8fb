import { LANGS, type Lang, type OptionalCategory, type VendorId } from './types.js';

export type Layout = 'bar' | 'box-left' | 'box-right' | 'center';
export type Theme = 'auto' | 'light' | 'dark';

/**
 * What the loader needs on every page: language, the notice, and the rules for a stored decision.
 */
export interface LoaderConfig {
  /** Language of the texts (`data-lang`). @default `<html lang>`, then the browser's, else `en` */
  lang: Lang;
  /** Days a decision is kept before the visitor is asked again (`data-consent-days`). @default 365 */
  consentDays: number;
  /** Change it to ask every visitor again, e.g. after a policy change (`data-revision`). @default '' */
  revision: string;
  /** CSP nonce for injected scripts, when the tag's own `nonce` cannot be read (`data-nonce`). */
  nonce?: string;
  /**
   * URL fragments that open the notice on page load and on navigation (`data-notice-hash`).
   * @default ['tietosuojaseloste', 'dataskyddsbeskrivning', 'privacy-notice']
   */
  noticeHash: string[];
  /** URL of the privacy notice JSON (`data-notice`): a path on this site or an https URL. */
  notice?: string;
  /** Where each decision is recorded (`data-consent-log`): the log service's records URL. */
  consentLog?: string;
  /**
   * Domain of the consent cookie, to share one decision across subdomains
   * (`data-cookie-domain`): the page's host or one of its parent domains.
   */
  cookieDomain?: string;
  /**
   * The consent cookie's name: `__Host-seloste_consent` on https when the cookie is not shared
   * (a sibling subdomain cannot set or shadow such a cookie), else `seloste_consent`.
   */
  cookieName: string;
}

/**
 * The vendors and their scripts: read by the vendors chunk (to load them) and the app chunk (to
 * list them), never by the loader, which does not need them.
 */
export interface VendorConfig {
  /** Google Analytics 4 measurement ids, `G-…` (`data-ga4`; several separated by spaces or commas). */
  ga4: string[];
  /** Google Ads tag ids, `AW-…` (`data-google-ads`). */
  googleAds: string[];
  /** Meta Pixel ids (`data-meta-pixel`). */
  metaPixel: string[];
  /** Microsoft Advertising UET tag id (`data-bing-uet`). */
  bingUet?: string;
  /** Google Tag Manager container ids, `GTM-…` (`data-gtm`). */
  gtm: string[];
  /** The category whose consent loads the GTM containers (`data-gtm-category`). @default 'analytics' */
  gtmCategory: OptionalCategory;
  /** gtm.js from elsewhere: a first-party or server-side container (`data-gtm-src`). */
  gtmSrc?: string;
  /** gtag.js from elsewhere: self-hosted or server-side tagging (`data-gtag-src`); `?id=` is added. */
  gtagSrc?: string;
  /** Meta's fbevents.js from elsewhere (`data-meta-pixel-src`). */
  metaPixelSrc?: string;
  /** Microsoft's bat.js from elsewhere (`data-bing-uet-src`). */
  bingUetSrc?: string;
}

/** What only the app chunk needs: display, and what happens after a withdrawal. */
export interface AppConfig {
  /** Where the banner sits (`data-layout`). @default 'bar' */
  layout: Layout;
  /** Colour scheme (`data-theme`); `auto` follows the visitor's setting. @default 'auto' */
  theme: Theme;
  /** Reload the page after consent is withdrawn, so running tags stop (`data-reload-on-revoke`). @default true */
  reloadOnRevoke: boolean;
  /**
   * Whether the browser's Global Privacy Control signal refuses marketing (`data-gpc`:
   * `honour`, or `ignore`). @default true
   */
  gpc: boolean;
}

/** The widget's configuration, read from the data attributes of its script tag. */
export type SelosteConfig = LoaderConfig & VendorConfig & AppConfig;

/** What the config is read from: the tag's `dataset`, the page's address and language hints. */
export interface ConfigInput {
  dataset: Readonly<Record<string, string | undefined>>;
  /** The page's address (`location.href`): URLs are resolved against it. */
  pageUrl?: string;
  htmlLang?: string;
  browserLangs?: readonly string[];
}

/** The unprefixed name, used where the cookie is shared across subdomains or on plain http. */
export const CONSENT_COOKIE = 'seloste_consent';

/** Longest `data-revision` kept: the revision is stored in the consent cookie. */
export const MAX_REVISION = 100;

/**
 * A value left out, as `[key, value, reason]`: the attribute's `dataset` key, its value
 * (`undefined` for an attribute Seloste does not have), and the rule it broke when that is not
 * the key's own (e.g. `bingUet` given two ids). The words for the console are in `explain.ts`,
 * a chunk fetched only when there is something to explain.
 */
export type Problem = readonly [key: string, value?: string, reason?: string];

/** Vendor id attributes: the pattern of one id. */
const IDS = {
  ga4: /^G-[A-Z0-9]{4,16}$/,
  googleAds: /^AW-\d{6,14}$/,
  metaPixel: /^\d{6,20}$/,
  bingUet: /^\d{4,12}$/,
  gtm: /^GTM-[A-Z0-9]{4,12}$/,
};

/** Attributes with a fixed set of values; the first is the default. */
export const CHOICES = {
  layout: ['bar', 'box-left', 'box-right', 'center'],
  theme: ['auto', 'light', 'dark'],
  reloadOnRevoke: ['true', 'false'],
  gpc: ['honour', 'ignore'],
} as const;

/**
 * Vendor script URLs the site may override (the vendors' own are in `vendors.ts`, the only
 * place that loads them: the loader never carries them).
 */
type Source = 'gtagSrc' | 'gtmSrc' | 'metaPixelSrc' | 'bingUetSrc';

type Dataset = ConfigInput['dataset'];

/**
 * Every attribute of Seloste, as `dataset` keys, for spotting typos. The app chunk checks them,
 * so a first visit (and any page that opens the settings) names a typo; the loader, which every
 * page view runs, does not carry the list.
 */
const KNOWN = [
  'ga4',
  'googleAds',
  'metaPixel',
  'bingUet',
  'gtm',
  'gtagSrc',
  'services',
  'gtmSrc',
  'metaPixelSrc',
  'bingUetSrc',
  'layout',
  'theme',
  'reloadOnRevoke',
  'gpc',
  'consentLog',
  'lang',
  'consentDays',
  'revision',
  'nonce',
  'noticeHash',
  'notice',
  'cookieDomain',
  'gtmCategory',
];

/** The first of `fi`, `sv`, `en` a list of language tags names, if any. */
export const matchLang = (tags: readonly (string | undefined)[]): Lang | undefined =>
  tags
    .map((tag) => tag?.trim().toLowerCase().split(/[-_]/)[0] as Lang)
    .find((lang) => LANGS.includes(lang));

/**
 * A URL Seloste may fetch: a path that stays on `page`'s site, or an https (or protocol-relative)
 * URL written out in full (http too, from a page on plain http); `undefined` for anything else. `/\\evil.example/x.js`, which browsers
 * read as another host, is neither; nor is `javascript:`.
 *
 * @example safeUrl('/vendor/gtag.js', new URL('https://shop.example.fi/')) // '/vendor/gtag.js'
 */
export function safeUrl(value: string, page: URL): string | undefined {
  try {
    const resolved = new URL(value, page);
    if (
      /^https?:$/.test(resolved.protocol) &&
      (resolved.origin === page.origin ||
        // Written out in full, https (or http from a page on plain http, in development).
        ((resolved.protocol === 'https:' || page.protocol === 'http:') &&
          /^(https?:)?\/\/[^/\\]/i.test(value)))
    )
      return value;
  } catch {
    // Not a URL.
  }
  return undefined;
}

/**
 * Reads what the loader needs. Never throws: a bad
 * value is left out or replaced by its default, and listed in `problems` (see `explain`).
 *
 * @example
 * parseLoaderConfig({ dataset: { ga4: 'G-ABC123', lang: 'fi' } }).config.ga4 // ['G-ABC123']
 */
export function parseLoaderConfig({
  dataset,
  pageUrl = 'https://localhost/',
  htmlLang,
  browserLangs = [],
}: ConfigInput): {
  config: LoaderConfig;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const ignored = (key: string, value?: string, reason?: string) =>
    problems.push([key, value, reason]);

  let lang = matchLang([dataset.lang]);
  if (dataset.lang !== undefined && !lang) ignored('lang', dataset.lang);
  lang ??= matchLang([htmlLang, ...browserLangs]) ?? 'en';

  let consentDays = Number(dataset.consentDays ?? 365);
  if (!(Number.isInteger(consentDays) && consentDays > 0 && consentDays <= 400)) {
    ignored('consentDays', dataset.consentDays);
    consentDays = 365;
  }

  const page = new URL(pageUrl);
  const url = (key: string, value: string) =>
    safeUrl(value, page) ?? void ignored(key, value, 'url');

  let revision = dataset.revision?.trim() ?? '';
  if (revision.length > MAX_REVISION) {
    ignored('revision', revision.slice(0, 20) + '…');
    revision = '';
  }

  // The page's host or a parent domain of it (browsers refuse the rest).
  let cookieDomain = dataset.cookieDomain?.trim().replace(/^\./, '').toLowerCase() || undefined;
  const host = page.hostname;
  if (
    cookieDomain &&
    !(cookieDomain.includes('.') && (host === cookieDomain || host.endsWith('.' + cookieDomain)))
  ) {
    ignored('cookieDomain', cookieDomain);
    cookieDomain = undefined;
  }
  const notice = dataset.notice?.trim();

  return {
    config: {
      lang,
      consentDays,
      revision,
      nonce: dataset.nonce || undefined,
      noticeHash: (dataset.noticeHash ?? 'tietosuojaseloste dataskyddsbeskrivning privacy-notice')
        .split(/[\s,#]+/)
        .filter(Boolean),
      notice: (notice && url('notice', notice)) || undefined,
      consentLog: (dataset.consentLog && url('consentLog', dataset.consentLog.trim())) || undefined,
      cookieDomain,
      cookieName: (page.protocol === 'https:' && !cookieDomain ? '__Host-' : '') + CONSENT_COOKIE,
    },
    problems,
  };
}

/**
 * Reads what only the app chunk needs (display, what a withdrawal does), and names attributes
 * Seloste does not have. Loaded when something is shown or decided, so its problems are
 * reported then.
 */
export function parseAppConfig(dataset: Dataset): { config: AppConfig; problems: Problem[] } {
  const problems: Problem[] = Object.keys(dataset)
    .filter((key) => !KNOWN.includes(key))
    .map((key) => [key]);
  const choice = <K extends keyof typeof CHOICES>(key: K): (typeof CHOICES)[K][number] => {
    const [first, ...rest] = CHOICES[key];
    const value = dataset[key] ?? first;
    if (value === first || (rest as string[]).includes(value)) return value as never;
    problems.push([key, value]);
    return first;
  };
  return {
    config: {
      layout: choice('layout'),
      theme: choice('theme'),
      reloadOnRevoke: choice('reloadOnRevoke') === 'true',
      gpc: choice('gpc') === 'honour',
    },
    problems,
  };
}

/**
 * Reads the vendors' ids and script addresses (see `VendorConfig`). Never throws: a bad value is
 * left out and listed in `problems`.
 *
 * @example
 * parseVendorConfig({ ga4: 'G-ABC1234' }, 'https://shop.example.fi/').config.ga4 // ['G-ABC1234']
 */
export function parseVendorConfig(
  dataset: Dataset,
  pageUrl: string,
): { config: VendorConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const ignored = (key: string, value?: string, reason?: string) =>
    problems.push([key, value, reason]);
  const [ga4, googleAds, metaPixel, [bingUet, ...extra], gtm] = (
    ['ga4', 'googleAds', 'metaPixel', 'bingUet', 'gtm'] as const
  ).map((key) =>
    (dataset[key] ?? '').split(/[\s,]+/).filter((id) => {
      if (id && !IDS[key].test(id)) ignored(key, id);
      return IDS[key].test(id);
    }),
  );
  if (extra.length) ignored('bingUet', extra.join(' '), 'one');
  let gtmCategory = dataset.gtmCategory ?? 'analytics';
  if (gtmCategory !== 'analytics' && gtmCategory !== 'marketing') {
    ignored('gtmCategory', gtmCategory);
    gtmCategory = 'analytics';
  }

  const page = new URL(pageUrl);
  const source = (key: Source) => {
    const value = dataset[key];
    if (value === undefined) return undefined;
    return safeUrl(value, page) ?? void ignored(key, value, 'url');
  };
  return {
    config: {
      ga4,
      googleAds,
      metaPixel,
      bingUet,
      gtm,
      gtmCategory: gtmCategory as OptionalCategory,
      gtagSrc: source('gtagSrc'),
      gtmSrc: source('gtmSrc'),
      metaPixelSrc: source('metaPixelSrc'),
      bingUetSrc: source('bingUetSrc'),
    },
    problems,
  };
}

/** The whole configuration at once, with its problems (for tests and for sites that bundle Seloste). */
export function parseConfig(input: ConfigInput): { config: SelosteConfig; problems: Problem[] } {
  const loader = parseLoaderConfig(input);
  const vendors = parseVendorConfig(input.dataset, input.pageUrl ?? 'https://localhost/');
  const app = parseAppConfig(input.dataset);
  return {
    config: { ...loader.config, ...vendors.config, ...app.config },
    problems: [...loader.problems, ...vendors.problems, ...app.problems],
  };
}

/** The vendors a configuration names, in the catalogue's order. */
export const vendorIds = (config: VendorConfig): VendorId[] =>
  (
    [
      config.ga4.length && 'googleAnalytics',
      config.googleAds.length && 'googleAds',
      config.gtm.length && 'googleTagManager',
      config.metaPixel.length && 'metaPixel',
      config.bingUet && 'bingUet',
    ] as const
  ).filter((id): id is VendorId => !!id);
