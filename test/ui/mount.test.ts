import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { REJECT_ALL } from '../../src/core/consent.js';
import { SelosteChoiceEvent } from '../../src/events.js';
import { liveRegion } from '../../src/ui/live.js';
import { mount } from '../../src/ui/mount.js';
import { memoryStore, texts } from './helpers.js';

describe('mount', () => {
  it('listens to the page until its signal is aborted', () => {
    const listening = new AbortController();
    mount({
      store: memoryStore(),
      config: parseConfig({ dataset: {}, pageUrl: location.href }).config,
      services: { refs: async () => [], all: async () => [] },
      texts,
      load: () => Promise.reject(new Error('no chunks in this test')) as never,
      signal: listening.signal,
    });
    // A choice from an element with texts (the banner) is confirmed in words: the live region
    // is emptied at once, and filled a moment later.
    const banner = document.body.appendChild(
      Object.assign(document.createElement('div'), { texts }),
    );
    const region = liveRegion('fi');
    const choose = () => {
      region.textContent = 'as it was';
      banner.dispatchEvent(new SelosteChoiceEvent(REJECT_ALL));
      return region.textContent;
    };
    try {
      expect(choose(), 'heard').to.equal('');
      listening.abort();
      expect(choose(), 'no longer heard').to.equal('as it was');
    } finally {
      banner.remove();
    }
  });
});
