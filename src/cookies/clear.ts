import Cookies from 'js-cookie';
import { cookieDomains, matchesCookie, type CookiePattern } from '../core/cookie-names.js';
import { warn } from '../log.js';
import { CONSENT_COOKIE, readCookie, safely } from './read.js';

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

/**
 * Makes the consent cookie read back as `value` (or gone) after `apply` wrote (or removed) it.
 * A copy of the same name on another domain (from before `data-cookie-domain` changed, say)
 * would hide it from every later read: every copy is deleted and `apply` run again. If that
 * fails too, the browser refuses cookies; the choice then holds for this page only.
 */
export function settleConsentCookie(apply: () => void, value: string | undefined): void {
  clearCookies([CONSENT_COOKIE], location.hostname);
  safely(apply, undefined);
  if (readCookie(CONSENT_COOKIE) === value) return;
  warn(
    value === undefined
      ? `could not delete the consent cookie "${CONSENT_COOKIE}".`
      : `the browser refused the consent cookie "${CONSENT_COOKIE}" (cookies blocked?); the choice holds on this page only.`,
  );
}
