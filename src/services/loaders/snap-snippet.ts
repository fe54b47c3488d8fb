import { queue, snippet, type Queue } from '../snippet.js';

/** The Snap Pixel: the `snaptr` queue, `init` and a page view; it has no consent API. */
export const { create, origins } = snippet('snap', 'marketing', {
  url: () => 'https://sc-static.net/scevent.min.js',
  boot(w, id) {
    const snaptr = (w.snaptr ??= queue('queue')) as Queue;
    snaptr('init', id);
    snaptr('track', 'PAGE_VIEW');
  },
});
