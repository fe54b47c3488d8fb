import Cookies from 'js-cookie';
import { CONSENT_COOKIE } from '../core/config.js';
import type { ConsentStorage } from '../core/store.js';
import { warn } from '../log.js';
import { readCookies, safely } from './read.js';

/**
 * The consent cookie `name` (js-cookie): first-party, `Path=/`, `SameSite=Lax`, `Secure` on
 * https, on `domain` when one is configured to share one decision across subdomains.
 *
 * When the values read back are not exactly the one just written (or none, after removing),
 * something is in the way: see `settleConsentCookie`, fetched only then.
 */
export function cookieStorage(
  name: string,
  domain: string | undefined,
  secure: boolean,
): ConsentStorage {
  const attributes = { path: '/', sameSite: 'Lax' as const, secure, domain };
  const check = (apply: () => void, value?: string) => {
    safely(apply, undefined);
    if (readCookies(name).join('\n') !== (value ?? '')) {
      void import('./clear.js').then(
        ({ settleConsentCookie }) => settleConsentCookie(name, domain, apply, value),
        (error) => warn(`could not save the choice in the consent cookie (${error}).`),
      );
    }
  };
  return {
    write(value, expires) {
      check(() => Cookies.set(name, value, { ...attributes, expires }), value);
      // The unprefixed cookie of an earlier version is never read beside a `__Host-` one.
      if (name !== CONSENT_COOKIE)
        safely(() => Cookies.remove(CONSENT_COOKIE, { path: '/' }), undefined);
    },
    clear: () => check(() => Cookies.remove(name, attributes)),
  };
}
