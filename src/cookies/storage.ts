import { CONSENT_COOKIE } from '../core/config.js';
import type { ConsentStorage } from '../core/store.js';
import { warn } from '../log.js';
import { readCookies, safely } from './read.js';
import { removeCookie, writeCookie } from './write.js';

/**
 * The consent cookie `name`: first-party, `Path=/`, `SameSite=Lax`, `Secure` on
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
      check(() => writeCookie(name, value, { domain, secure, expires }), value);
      // The unprefixed cookie of an earlier version is never read beside a `__Host-` one.
      if (name !== CONSENT_COOKIE) safely(() => removeCookie(CONSENT_COOKIE), undefined);
    },
    clear: () => check(() => removeCookie(name, domain, secure)),
  };
}
