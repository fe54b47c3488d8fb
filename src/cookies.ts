import Cookies from 'js-cookie';
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
