import { queue, snippet, type Queue } from '../snippet.js';

/** Clarity's two consent signals; an analytics service never grants `ad_Storage`. */
const consentv2 = (w: Record<string, unknown>, granted: boolean) =>
  (w.clarity as Queue | undefined)?.('consentv2', {
    ad_Storage: 'denied',
    analytics_Storage: granted ? 'granted' : 'denied',
  });

/** Clarity's tag: the `clarity` queue, told through its consent API v2. */
export const { create, origins } = snippet('clarity', 'analytics', {
  url: (id) => `https://www.clarity.ms/tag/${id}`,
  boot(w) {
    w.clarity ??= queue('q');
    consentv2(w, true);
  },
  consent: consentv2,
});
