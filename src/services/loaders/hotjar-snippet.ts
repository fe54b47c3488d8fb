import { queue, snippet } from '../snippet.js';

/** Hotjar's tracking code: the `hj` queue and `_hjSettings`; it has no consent API. */
export const { create, origins } = snippet('hotjar', 'analytics', {
  url: (id) => `https://static.hotjar.com/c/hotjar-${id}.js?sv=6`,
  boot(w, id) {
    w.hj ??= queue('q');
    w._hjSettings = { hjid: Number(id), hjsv: 6 };
  },
});
