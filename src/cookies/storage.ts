import Cookies from 'js-cookie';
import type { ConsentStorage } from '../core/store.js';
import { warn } from '../log.js';
import { CONSENT_COOKIE, readCookie, safely } from './read.js';

/**
 * The consent cookie (js-cookie): first-party, `Path=/`, `SameSite=Lax`, `Secure` on https,
 * on `domain` when one is configured to share one decision across subdomains.
 *
 * When the value read back is not the one just written (or removed), something is in the way:
 * see `settleConsentCookie`, fetched only then.
 */
export function cookieStorage(domain: string | undefined, secure: boolean): ConsentStorage {
  const attributes = { path: '/', sameSite: 'Lax' as const, secure, domain };
  const check = (apply: () => void, value?: string) => {
    safely(apply, undefined);
    if (readCookie(CONSENT_COOKIE) !== value) {
      void import('./clear.js').then(
        ({ settleConsentCookie }) => settleConsentCookie(apply, value),
        (error) => warn(`could not save the choice in the consent cookie (${error}).`),
      );
    }
  };
  return {
    write: (value, expires) =>
      check(() => Cookies.set(CONSENT_COOKIE, value, { ...attributes, expires }), value),
    clear: () => check(() => Cookies.remove(CONSENT_COOKIE, attributes)),
  };
}
