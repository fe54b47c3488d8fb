import { call, snippet } from '../snippet.js';

/** TikTok's `ttq`: an array of queued commands with a method per command. */
type Ttq = unknown[] & Record<string, unknown>;

/** The commands TikTok's base code defines on `ttq`, each queued as `[name, ...args]`. */
const METHODS =
  'page track identify instances debug on off once ready alias group enableCookie disableCookie holdConsent revokeConsent grantConsent';
const SDK = 'https://analytics.tiktok.com/i18n/pixel/events.js';

/** TikTok's base code: `ttq` with its methods, what `ttq.load(id)` records, and its consent API. */
export const { create, origins } = snippet('tiktok', 'marketing', {
  url: (id) => `${SDK}?sdkid=${id}&lib=ttq`,
  boot(w, id) {
    w.TiktokAnalyticsObject = 'ttq';
    const ttq = (w.ttq ??= []) as Ttq;
    for (const method of METHODS.split(' '))
      ttq[method] ??= (...args: unknown[]) => ttq.push([method, ...args]);
    // What the base code's `ttq.load(id)` records for events.js to find.
    ttq._i = { ...(ttq._i as object), [id]: Object.assign([], { _u: SDK }) };
    ttq._t = { ...(ttq._t as object), [id]: Date.now() };
    ttq._o = { ...(ttq._o as object), [id]: {} };
    call(ttq.grantConsent);
    call(ttq.page);
  },
  consent: (w, granted) =>
    w.ttq && call((w.ttq as Ttq)[granted ? 'grantConsent' : 'revokeConsent']),
});
