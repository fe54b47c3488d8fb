import type { FbqFunction, Integration } from './integration.js';

/**
 * Meta Pixel (marketing). Nothing of Meta's exists on the page before consent: the base code
 * (the `fbq` queue and fbevents.js) is added on grant, with `consent grant` queued before
 * `init`. On withdrawal `fbq('consent', 'revoke')` pauses a loaded pixel at once.
 */
export function metaPixel(ids: readonly string[], src: string): Integration {
  let loaded = false;
  return {
    id: 'metaPixel',
    category: 'marketing',
    init() {},
    grant(env) {
      const w = env.window;
      if (loaded) {
        w.fbq?.('consent', 'grant');
        return;
      }
      loaded = true;
      // The queue of Meta's base code: commands wait in `queue` until fbevents.js arrives.
      const fbq = function () {
        // The base code queues the `arguments` object itself, as fbevents.js expects.
        // eslint-disable-next-line prefer-rest-params
        const args = arguments as unknown as unknown[];
        if (fbq.callMethod) fbq.callMethod(...args);
        else fbq.queue.push(args);
      } as FbqFunction;
      Object.assign(fbq, { push: fbq, loaded: true, version: '2.0', queue: [] });
      w.fbq = fbq;
      w._fbq ??= fbq;
      fbq('consent', 'grant');
      for (const id of ids) fbq('init', id);
      fbq('track', 'PageView');
      void env.loadScript(src);
    },
    revoke(env) {
      if (loaded) env.window.fbq?.('consent', 'revoke');
    },
  };
}
