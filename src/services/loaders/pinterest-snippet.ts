import { queue, snippet, type Queue } from '../snippet.js';

/** The Pinterest Tag: the `pintrk` queue (version 3.0), told through `setconsent`. */
export const { create, origins } = snippet('pinterest', 'marketing', {
  url: () => 'https://s.pinimg.com/ct/core.js',
  boot(w, id) {
    const pintrk = (w.pintrk ??= Object.assign(queue('queue', true), { version: '3.0' })) as Queue;
    pintrk('load', id);
    pintrk('setconsent', true);
    pintrk('page');
  },
  consent: (w, granted) => (w.pintrk as Queue | undefined)?.('setconsent', granted),
});
