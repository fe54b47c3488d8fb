import Cookies from 'js-cookie';
import { cookieDomains, matchesCookie, type CookiePattern } from './core/cookie-names.js';
import { safely } from './read-cookie.js';

/**
 * Deletes every cookie whose name matches `patterns`: host-only and on each parent domain of
 * `hostname`, with `Path=/` (where vendor tags write). Returns the names that survived
 * (HttpOnly cookies, or ones set on another path).
 */
export function clearCookies(patterns: readonly CookiePattern[], hostname: string): string[] {
  const matching = () =>
    Object.keys(safely(() => Cookies.get(), {})).filter((name) =>
      patterns.some((pattern) => matchesCookie(name, pattern)),
    );
  for (const name of matching()) {
    for (const domain of [undefined, ...cookieDomains(hostname)]) {
      safely(() => Cookies.remove(name, { path: '/', domain }), undefined);
    }
  }
  return matching();
}
