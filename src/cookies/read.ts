/** Reading cookies, apart from js-cookie: the loader only ever reads one. */

export const CONSENT_COOKIE = 'seloste_consent';

/** `document.cookie` throws in sandboxed frames and some privacy modes: treat that as empty. */
export const safely = <T>(action: () => T, fallback: T): T => {
  try {
    return action();
  } catch {
    return fallback;
  }
};

/**
 * Reads one cookie the way js-cookie wrote it, without loading js-cookie: the loader runs on
 * every page and only ever reads the consent cookie.
 */
export const readCookie = (name: string): string | undefined =>
  safely(() => {
    const pair = document.cookie.split('; ').find((cookie) => cookie.startsWith(name + '='));
    return pair && decodeURIComponent(pair.slice(name.length + 1));
  }, undefined);
