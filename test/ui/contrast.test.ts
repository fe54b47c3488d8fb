import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { define } from '../../src/define.js';
import { checkContrast, contrast, toRgba } from '../../src/ui/contrast.js';
import { SelosteBanner } from '../../src/ui/banner/banner.js';
import { captureWarnings } from '../warnings.js';
import { texts } from './helpers.js';

define('seloste-banner', SelosteBanner);

describe('contrast', () => {
  it('reads any CSS colour', () => {
    expect(toRgba('#1d4ed8')).to.deep.equal([29, 78, 216, 1]);
    expect(toRgba('rgb(0 0 0 / 0.5)')[3]).to.be.closeTo(0.5, 0.01);
    expect(toRgba('white')).to.deep.equal([255, 255, 255, 1]);
  });

  it('computes WCAG ratios', () => {
    expect(contrast('#000', '#fff')).to.be.closeTo(21, 0.01);
    expect(contrast('#767676', '#fff')).to.be.closeTo(4.54, 0.01);
    expect(contrast('#fff', '#fff')).to.equal(1);
  });

  it('the built-in colours pass AA in both schemes', async () => {
    for (const scheme of ['light', 'dark']) {
      const el = await fixture<SelosteBanner>(
        html`<seloste-banner .texts=${texts} .theme=${scheme}></seloste-banner>`,
      );
      expect(checkContrast(el.shadowRoot!, scheme), scheme).to.deep.equal([]);
    }
  });

  it('the banner names the owner’s colours that fail, once each, in the console', async () => {
    const warned = captureWarnings();
    const warnings = warned.messages;
    try {
      const style =
        '--seloste-bg: #ffffff; --seloste-muted: #aaaaaa; --seloste-accent: #ffdd00; --seloste-accent-fg: #ffffff';
      const host = await fixture<HTMLDivElement>(
        html`<div style=${style}>
          <seloste-banner .texts=${texts} .theme=${'light'}></seloste-banner>
        </div>`,
      );
      await waitUntil(() => warnings.length === 3, 'no contrast warnings');
      expect(warnings[0]).to.match(
        /^\[seloste\] the light colours of the secondary text \(--seloste-muted on --seloste-bg\) have a contrast of 2\.\d\d:1, below the 4\.5:1 WCAG AA asks for\.$/,
      );
      expect(warnings[1]).to.contain('buttons (--seloste-accent-fg on --seloste-accent)');
      expect(warnings[2]).to.contain('stand out from the background only');
      const again = document.createElement('seloste-banner') as SelosteBanner;
      Object.assign(again, { texts, theme: 'light' });
      host.append(again);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(warnings, 'reported once').to.have.length(3);
    } finally {
      warned.stop();
    }
  });

  it('the built-in colours load no contrast check', async () => {
    const warned = captureWarnings();
    try {
      await fixture(html`<seloste-banner .texts=${texts}></seloste-banner>`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      warned.stop();
    }
    expect(warned.messages).to.deep.equal([]);
  });
});
