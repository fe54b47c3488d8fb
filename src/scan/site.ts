/**
 * The site being scanned: its start URL, what counts as the same site (its registrable domain,
 * from the public suffix list through tldts), and which of its pages to scan. Pure.
 */
import { getDomain } from 'tldts';

/** Thrown for a start URL the scanner refuses; the message says why. */
export class UrlError extends Error {}

/**
 * The start URL, checked: http or https only, with a host, without credentials.
 *
 * @example
 * parseStartUrl('https://kuura.example/') // URL { href: 'https://kuura.example/' }
 * parseStartUrl('kuura.example') // throws UrlError: … http:// or https:// …
 */
export function parseStartUrl(input: string): URL {
  let url: URL;
  try {
    // `localhost:5173` and `www.kuura.fi` would parse as a scheme, or not at all.
    if (
      !/^[a-z][a-z0-9+.-]*:\/\//i.test(input) &&
      !/^(javascript|data|mailto|file):/i.test(input)
    ) {
      throw new TypeError('no scheme');
    }
    url = new URL(input);
  } catch {
    throw new UrlError(
      `"${input}" is not a URL. Give the whole address, e.g. https://${/^[\w.-]+(:\d+)?$/.test(input) ? input : 'www.example.fi'}/.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UrlError(
      `"${input}" is not a web page: only http:// and https:// addresses can be scanned.`,
    );
  }
  if (url.username || url.password) {
    throw new UrlError('Leave the user name and password out of the URL.');
  }
  url.hash = '';
  return url;
}

/**
 * The part of a host that one owner controls: the registrable domain (`shop.kuura.fi` →
 * `kuura.fi`, `a.b.example.co.uk` → `example.co.uk`), or the host itself for IP addresses,
 * `localhost` and other hosts without a public suffix.
 *
 * @example
 * siteOf('www.shop.kuura.fi') // 'kuura.fi'
 * siteOf('localhost') // 'localhost'
 */
export function siteOf(hostname: string): string {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/**
 * Whether `href` is an http(s) URL on the same site (registrable domain) as `start`.
 *
 * @example
 * sameSite('https://shop.kuura.fi/a', new URL('https://www.kuura.fi/')) // true
 * sameSite('https://kuura.fi.evil.example/', new URL('https://kuura.fi/')) // false
 */
export function sameSite(href: string, start: URL): boolean {
  try {
    const url = new URL(href);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      siteOf(url.hostname) === siteOf(start.hostname)
    );
  } catch {
    return false;
  }
}

/** Whether a cookie on `domain` belongs to the site of `start` (first party). */
export function firstParty(domain: string, start: URL): boolean {
  return siteOf(domain.replace(/^\./, '')) === siteOf(start.hostname);
}

/** Links to files rather than pages, and links that would change the visitor's session. */
const NOT_A_PAGE =
  /\.(pdf|zip|gz|rar|7z|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|webm|mov|avi|docx?|xlsx?|pptx?|odt|ods|csv|xml|json|txt|rss|atom|exe|dmg|apk)$/i;
const SESSION_CHANGING = /(^|[/_-])(log-?out|sign-?out|kirjaudu-?ulos|logga-?ut)([/_.-]|$)/i;

/**
 * The pages to scan after the start page: same-site http(s) pages from `candidates` (links
 * first, then the sitemap's), without fragments, files and log-out links, each once, at most
 * `limit`.
 *
 * @example
 * pickPages(['/a', '/a#x', 'https://other.example/', '/b.pdf', 'mailto:x@y.fi'], new URL('https://kuura.fi/'), 10)
 * // ['https://kuura.fi/a']
 */
export function pickPages(candidates: readonly string[], start: URL, limit: number): string[] {
  const seen = new Set([start.href]);
  const pages: string[] = [];
  for (const candidate of candidates) {
    if (pages.length >= limit) break;
    let url: URL;
    try {
      url = new URL(candidate, start);
    } catch {
      continue;
    }
    url.hash = '';
    if (
      !sameSite(url.href, start) ||
      url.username ||
      url.password ||
      NOT_A_PAGE.test(url.pathname) ||
      SESSION_CHANGING.test(url.pathname) ||
      seen.has(url.href)
    ) {
      continue;
    }
    seen.add(url.href);
    pages.push(url.href);
  }
  return pages;
}

/**
 * The `<loc>` URLs of a sitemap or sitemap index, as written (XML entities decoded).
 *
 * @example
 * sitemapLocations('<urlset><url><loc>https://kuura.fi/a?x=1&amp;y=2</loc></url></urlset>')
 * // ['https://kuura.fi/a?x=1&y=2']
 */
export function sitemapLocations(xml: string): string[] {
  const entities: Record<string, string> = {
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
  };
  return [
    ...xml.matchAll(/<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?([^<\]]*?)(?:\]\]>)?\s*<\/(?:\w+:)?loc>/g),
  ].map(([, loc]) =>
    loc!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!),
  );
}

/** Whether a sitemap is an index of sitemaps rather than of pages. */
export const isSitemapIndex = (xml: string): boolean => /<(?:\w+:)?sitemapindex[\s>]/.test(xml);
