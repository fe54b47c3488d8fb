/**
 * Writing and deleting first-party cookies: `Path=/` and `SameSite=Lax`, as Seloste and vendor
 * tags use them. A few lines of the platform rather than a library: the app chunk counts its
 * bytes on every first visit. (`cookieStore` would do, but is async and https only.)
 */

export interface CookieAttributes {
  /** A parent domain to share the cookie on; host-only without. */
  domain?: string;
  /** `Secure`: sent over https only. */
  secure?: boolean;
  /** When it expires; a time in the past deletes it. */
  expires: Date;
}

/**
 * Sets `name` to `value`, URI-encoded but for `:`, `|` and `!`, so the consent cookie stays
 * readable in the browser's tools (`readCookies` decodes it).
 *
 * @example
 * writeCookie('seloste_consent', 'v:2|a:1|m:0|…', { secure: true, expires: new Date(2027, 0) })
 */
export function writeCookie(name: string, value: string, attributes: CookieAttributes): void {
  const { domain, secure, expires } = attributes;
  document.cookie =
    `${name}=${encodeURIComponent(value).replace(/%(21|3A|7C)/g, decodeURIComponent)}` +
    `; path=/; SameSite=Lax; expires=${expires.toUTCString()}` +
    (domain ? `; domain=${domain}` : '') +
    (secure ? '; Secure' : '');
}

/** Deletes `name` (host-only, or on `domain`), on `Path=/`. */
export const removeCookie = (name: string, domain?: string, secure?: boolean): void =>
  writeCookie(name, '', { domain, secure, expires: new Date(0) });
