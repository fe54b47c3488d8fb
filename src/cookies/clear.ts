import { cookieDomains, matchesCookie, type CookiePattern } from '../core/cookie-names.js';
import { allows } from '../core/consent.js';
import type { ServiceInfo } from '../core/services.js';
import type { Choice } from '../core/types.js';
import { warn } from '../log.js';
import { readCookies, safely } from './read.js';
import { removeCookie } from './write.js';

/**
 * Deletes every cookie whose name matches `patterns` (the same name may appear twice, on two
 * domains): host-only and on each parent domain of
 * `hostname`, with `Path=/` (where vendor tags write). Returns the names that survived
 * (HttpOnly cookies, or ones set on another path).
 */
export function clearCookies(patterns: readonly CookiePattern[], hostname: string): string[] {
  const matching = () => [
    ...new Set(
      safely(() => document.cookie.split('; '), [])
        .map((pair) => pair.split('=')[0]!)
        .filter((name) => patterns.some((pattern) => matchesCookie(name, pattern))),
    ),
  ];
  for (const name of matching()) {
    for (const domain of [undefined, ...cookieDomains(hostname)]) {
      safely(() => removeCookie(name, domain), undefined);
    }
  }
  return matching();
}

/**
 * Deletes the first-party cookies of the `services` that `choice` refuses, host-only and on
 * each parent domain, and names any that survive (the consent manager calls it after every
 * decision that refuses something).
 */
export function clearRefused(services: readonly ServiceInfo[], choice: Choice | null): void {
  const patterns = services
    .filter(({ id, category }) => !allows(choice, category, id))
    .flatMap((service) => service.patterns);
  const left = patterns.length ? clearCookies(patterns, location.hostname) : [];
  if (left.length)
    warn(`could not delete the cookies ${left.join(', ')} (HttpOnly, or set on another path).`);
}

/**
 * Makes the consent cookie `name` read back as `value` alone (or gone) after `apply` wrote (or
 * removed) it. A copy of the same name on another domain (from before `data-cookie-domain`
 * changed, or planted by a sibling subdomain) would hide it from every later read: every copy
 * is deleted and `apply` run again. What still stands in the way is named: a copy on a longer
 * path, which a script cannot delete, or a browser that refuses the cookie.
 */
export function settleConsentCookie(
  name: string,
  domain: string | undefined,
  apply: () => void,
  value: string | undefined,
): void {
  clearCookies([name], location.hostname);
  safely(apply, undefined);
  const values = readCookies(name);
  if (values.join('\n') === (value ?? '')) return;
  warn(
    values.length > (value === undefined ? 0 : 1)
      ? `another cookie named "${name}" (on a longer path, perhaps set by another subdomain) hides the choice; it will be asked again.`
      : value === undefined
        ? `could not delete the consent cookie "${name}".`
        : domain
          ? `the browser refused the consent cookie on data-cookie-domain="${domain}" (a public suffix such as co.uk?); the choice holds on this page only.`
          : `the browser refused the consent cookie "${name}" (cookies blocked?); the choice holds on this page only.`,
  );
}
