import Cookies from 'js-cookie';
import { cookieDomains, matchesCookie, type CookiePattern } from './core/cookie-names.js';
import type { ConsentStorage } from './core/store.js';
import { CONSENT_COOKIE, readCookie, safely } from './read-cookie.js';

/**
 * The consent cookie (js-cookie): first-party, `Path=/`, `SameSite=Lax`, `Secure` on https,
 * on `domain` when one is configured to share one decision across subdomains.
 */
export function cookieStorage(domain: string | undefined, secure: boolean): ConsentStorage {
  const attributes = { path: '/', sameSite: 'Lax' as const, secure, domain };
  return {
    label: `cookie "${CONSENT_COOKIE}"`,
    read: () => readCookie(CONSENT_COOKIE),
    write: (value, expires) =>
      safely(() => {
        Cookies.set(CONSENT_COOKIE, value, { ...attributes, expires });
        return readCookie(CONSENT_COOKIE) === value;
      }, false),
    clear: () => safely(() => Cookies.remove(CONSENT_COOKIE, attributes), undefined),
  };
}

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
