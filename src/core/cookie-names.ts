/**
 * A cookie name pattern: an exact name, or a prefix ending in `*`.
 *
 * @example
 * matchesCookie('_ga_ABC123', '_ga_*') // true
 */
export type CookiePattern = string;

export const matchesCookie = (name: string, pattern: CookiePattern): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

/**
 * The domains a script on `hostname` may have set cookies on, most specific first: the host
 * and each parent down to two labels (gtag.js, for one, writes on the registrable domain, so
 * `_ga` from `shop.example.com` lives on `.example.com`). Writes to a public suffix such as
 * `co.uk` are refused by browsers, so listing one does no harm. IP addresses and single-label
 * hosts such as `localhost` take host-only cookies only.
 *
 * @example
 * cookieDomains('a.b.example.co.uk') // ['a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk', 'co.uk']
 */
export function cookieDomains(hostname: string): string[] {
  if (!hostname.includes('.') || /^[\d.]+$|:/.test(hostname)) return [];
  const labels = hostname.replace(/\.$/, '').split('.');
  return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
}
