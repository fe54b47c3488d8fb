import { queue, snippet } from '../snippet.js';

/** The Leadfeeder tracker: the `ldfdr` queue; it has no consent API. */
export const { create, origins } = snippet('leadfeeder', 'marketing', {
  url: (id) => `https://sc.lfeeder.com/lftracker_v1_${id}.js`,
  boot(w) {
    w.ldfdr ??= queue('_q', true);
  },
});
