import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { define } from '../../src/define.js';
import { SelosteBanner } from '../../src/ui/banner/banner.js';
import { captureWarnings } from '../warnings.js';
import { texts } from './helpers.js';

// This file must not import the contrast check (src/ui/contrast.ts) itself: it watches whether
// the banner fetches it, which a module already loaded would never be.
define('seloste-banner', SelosteBanner);

/** Requests for the contrast check's module, as the browser reports them (when they end). */
function watchContrastRequests() {
  const seen: string[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const { name } of list.getEntries())
      if (/\/src\/ui\/contrast\.[jt]s/.test(name)) seen.push(name);
  });
  observer.observe({ type: 'resource' });
  return { seen, stop: () => observer.disconnect() };
}

/** After the banner's first frame, when it runs its colour check (banner.ts). */
const checked = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('the owner’s colours', () => {
  // First: once fetched, the module stays loaded for the other tests.
  it('the built-in colours load no contrast check', async () => {
    const requests = watchContrastRequests();
    const warned = captureWarnings();
    try {
      await fixture(html`<seloste-banner .texts=${texts}></seloste-banner>`);
      await checked();
      // Time for a request the check would have started to end (the next test sees one end).
      await new Promise((resolve) => setTimeout(resolve, 500));
    } finally {
      requests.stop();
      warned.stop();
    }
    expect(requests.seen).to.deep.equal([]);
    expect(warned.messages).to.deep.equal([]);
  });

  it('the banner fetches the check and names the owner’s colours that fail, once each', async () => {
    const requests = watchContrastRequests();
    const warned = captureWarnings();
    const warnings = warned.messages;
    try {
      const style =
        '--seloste-bg: #ffffff; --seloste-muted: #aaaaaa; --seloste-accent: #ffdd00; --seloste-accent-fg: #ffffff';
      const host = await fixture<HTMLDivElement>(
        html`<div style=${style}>
          <seloste-banner .texts=${texts} .scheme=${'light'}></seloste-banner>
        </div>`,
      );
      await waitUntil(() => warnings.length === 3, 'no contrast warnings');
      await waitUntil(() => requests.seen.length === 1, 'no request for the contrast check');
      expect(warnings[0]).to.match(
        /^\[seloste\] the light colours of the secondary text \(--seloste-muted on --seloste-bg\) have a contrast of 2\.\d\d:1, below the 4\.5:1 WCAG AA asks for\.$/,
      );
      expect(warnings[1]).to.contain('buttons (--seloste-accent-fg on --seloste-accent)');
      expect(warnings[2]).to.contain('stand out from the background only');
      const again = Object.assign(new SelosteBanner(), { texts, scheme: 'light' });
      host.append(again);
      await checked();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(warnings, 'reported once').to.have.length(3);
    } finally {
      requests.stop();
      warned.stop();
    }
  });
});
