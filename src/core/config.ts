import { LANGS, type Lang } from './types.js';

export type Layout = 'bar' | 'box-left' | 'box-right' | 'center';
export type Theme = 'auto' | 'light' | 'dark';

/**
 * What the loader needs on every page: vendors, language and the rules for a stored decision.
 */
export interface LoaderConfig {
  /** Google Analytics 4 measurement ids, `G-…` (`data-ga4`; several separated by spaces or commas). */
  ga4: string[];
  /** Google Ads tag ids, `AW-…` (`data-google-ads`). */
  googleAds: string[];
  /** Meta Pixel ids (`data-meta-pixel`). */
  metaPixel: string[];
  /** Microsoft Advertising UET tag id (`data-bing-uet`). */
  bingUet?: string;
  /** Language of the texts (`data-lang`). @default `<html lang>`, then the browser's, else `en` */
  lang: Lang;
  /** Days a decision is kept before the visitor is asked again (`data-consent-days`). @default 365 */
  consentDays: number;
  /** Change it to ask every visitor again, e.g. after a policy change (`data-revision`). @default '' */
  revision: string;
  /** gtag.js from elsewhere: self-hosted or server-side tagging (`data-gtag-src`); `?id=` is added. */
  gtagSrc: string;
  /** Meta's fbevents.js from elsewhere (`data-meta-pixel-src`). */
  metaPixelSrc: string;
  /** Microsoft's bat.js from elsewhere (`data-bing-uet-src`). */
  bingUetSrc: string;
  /** CSP nonce for injected scripts, when the tag's own `nonce` cannot be read (`data-nonce`). */
  nonce?: string;
  /**
   * URL fragments that open the notice on page load and on navigation (`data-notice-hash`).
   * @default ['tietosuojaseloste', 'dataskyddsbeskrivning', 'privacy-notice']
   */
  noticeHash: string[];
}

/** What only the app chunk needs: display, the notice, and how decisions are saved. */
export interface AppConfig {
  /** URL of the privacy notice JSON (`data-notice`). */
  notice?: string;
  /** Where the banner sits (`data-layout`). @default 'bar' */
  layout: Layout;
  /** Colour scheme (`data-theme`); `auto` follows the visitor's setting. @default 'auto' */
  theme: Theme;
  /** Reload the page after consent is withdrawn, so running tags stop (`data-reload-on-revoke`). @default true */
  reloadOnRevoke: boolean;
  /** Domain of the consent cookie, to share one decision across subdomains (`data-cookie-domain`). */
  cookieDomain?: string;
}

/** The widget's configuration, read from the data attributes of its script tag. */
export type SelosteConfig = LoaderConfig & AppConfig;

/** What the config is read from: the tag's `dataset` and the page's language hints. */
export interface ConfigInput {
  dataset: Readonly<Record<string, string | undefined>>;
  htmlLang?: string;
  browserLangs?: readonly string[];
}

/** Vendor id attributes: the pattern of one id, and an example for messages. */
const IDS = {
  ga4: [/^G-[A-Z0-9]{4,16}$/, 'G-XXXXXXX'],
  googleAds: [/^AW-\d{6,14}$/, 'AW-123456789'],
  metaPixel: [/^\d{6,20}$/, '1234567890'],
  bingUet: [/^\d{4,12}$/, '12345678'],
} as const;

/** Attributes with a fixed set of values; the first is the default. */
const CHOICES = {
  layout: ['bar', 'box-left', 'box-right', 'center'],
  theme: ['auto', 'light', 'dark'],
  reloadOnRevoke: ['true', 'false'],
} as const;

/** Vendor script URLs, overridable. */
const SOURCES = {
  gtagSrc: 'https://www.googletagmanager.com/gtag/js',
  metaPixelSrc: 'https://connect.facebook.net/en_US/fbevents.js',
  bingUetSrc: 'https://bat.bing.com/bat.js',
} as const;

type Dataset = ConfigInput['dataset'];

/** The attributes `parseAppConfig` reads (named here so the loader need not carry their rules). */
const APP_ATTRIBUTES = ['notice', 'layout', 'theme', 'reloadOnRevoke', 'cookieDomain'];

/** `gtagSrc` → `data-gtag-src` */
export const attributeName = (key: string): string =>
  'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** The first of `fi`, `sv`, `en` a list of language tags names, if any. */
export const matchLang = (tags: readonly (string | undefined)[]): Lang | undefined =>
  tags
    .map((tag) => tag?.trim().toLowerCase().split(/[-_]/)[0] as Lang)
    .find((lang) => LANGS.includes(lang));

/** Collects "ignored" problems in the one wording every message of the config shares. */
const reporter = (problems: string[]) => (key: string, value: string, expected: string) =>
  problems.push(`${attributeName(key)}="${value}" ignored: expected ${expected}.`);

/**
 * Reads what the loader needs, and names attributes Seloste does not have. Never throws: a bad
 * value is left out or replaced by its default, and described in `problems` for the console.
 *
 * @example
 * parseLoaderConfig({ dataset: { ga4: 'G-ABC123', lang: 'fi' } }).config.ga4 // ['G-ABC123']
 */
export function parseLoaderConfig({ dataset, htmlLang, browserLangs = [] }: ConfigInput): {
  config: LoaderConfig;
  problems: string[];
} {
  const problems: string[] = [];
  const ignored = reporter(problems);

  // Every attribute of Seloste (as `dataset` keys), for spotting typos.
  const known = [
    ...Object.keys({ ...IDS, ...SOURCES }),
    ...APP_ATTRIBUTES,
    'lang',
    'consentDays',
    'revision',
    'nonce',
    'noticeHash',
  ];
  for (const key of Object.keys(dataset)) {
    if (!known.includes(key)) {
      problems.push(`${attributeName(key)} ignored: not an attribute of Seloste.`);
    }
  }

  let lang = matchLang([dataset.lang]);
  if (dataset.lang !== undefined && !lang) ignored('lang', dataset.lang, 'fi | sv | en');
  lang ??= matchLang([htmlLang, ...browserLangs]) ?? 'en';

  let consentDays = Number(dataset.consentDays ?? 365);
  if (!(Number.isInteger(consentDays) && consentDays > 0 && consentDays <= 400)) {
    ignored('consentDays', dataset.consentDays!, 'whole days from 1 to 400');
    consentDays = 365;
  }

  const [ga4, googleAds, metaPixel, [bingUet, ...extra]] = (
    ['ga4', 'googleAds', 'metaPixel', 'bingUet'] as const
  ).map((key) =>
    (dataset[key] ?? '').split(/[\s,]+/).filter((id) => {
      const [pattern, example] = IDS[key];
      if (id && !pattern.test(id)) ignored(key, id, `an id like ${example}`);
      return pattern.test(id);
    }),
  );
  if (extra.length) ignored('bingUet', extra.join(' '), 'one tag id');

  const source = (key: keyof typeof SOURCES) => {
    const value = dataset[key] ?? SOURCES[key];
    try {
      if (/^(https?:)?\/\/|^\.{0,2}\//i.test(value) && new URL(value, 'https://x.invalid/'))
        return value;
    } catch {
      // Not a URL: reported below.
    }
    ignored(key, value, 'an http(s) URL or a path');
    return SOURCES[key];
  };

  return {
    config: {
      ga4,
      googleAds,
      metaPixel,
      bingUet,
      lang,
      consentDays,
      revision: dataset.revision?.trim() ?? '',
      gtagSrc: source('gtagSrc'),
      metaPixelSrc: source('metaPixelSrc'),
      bingUetSrc: source('bingUetSrc'),
      nonce: dataset.nonce || undefined,
      noticeHash: (dataset.noticeHash ?? 'tietosuojaseloste dataskyddsbeskrivning privacy-notice')
        .split(/[\s,#]+/)
        .filter(Boolean),
    },
    problems,
  };
}

/**
 * Reads what only the app chunk needs (display, notice, saving). Loaded when something is
 * shown or decided, so its problems are reported then.
 */
export function parseAppConfig(dataset: Dataset): { config: AppConfig; problems: string[] } {
  const problems: string[] = [];
  const ignored = reporter(problems);
  const choice = <K extends keyof typeof CHOICES>(key: K): (typeof CHOICES)[K][number] => {
    const [first, ...rest] = CHOICES[key];
    const value = dataset[key] ?? first;
    if (value === first || (rest as string[]).includes(value)) return value as never;
    ignored(key, value, [first, ...rest].join(' | '));
    return first;
  };
  return {
    config: {
      notice: dataset.notice?.trim() || undefined,
      layout: choice('layout'),
      theme: choice('theme'),
      reloadOnRevoke: choice('reloadOnRevoke') === 'true',
      cookieDomain: dataset.cookieDomain?.trim() || undefined,
    },
    problems,
  };
}

/** The whole configuration at once (for tests and for sites that bundle Seloste). */
export function parseConfig(input: ConfigInput): { config: SelosteConfig; problems: string[] } {
  const loader = parseLoaderConfig(input);
  const app = parseAppConfig(input.dataset);
  return {
    config: { ...loader.config, ...app.config },
    problems: [...loader.problems, ...app.problems],
  };
}
