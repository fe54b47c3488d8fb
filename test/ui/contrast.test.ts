import { expect, fixture, html } from '@open-wc/testing';
import { define } from '../../src/define.js';
import { checkContrast, contrast, toRgba } from '../../src/ui/contrast.js';
import { SelosteBanner } from '../../src/ui/banner/banner.js';
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
        html`<seloste-banner .texts=${texts} .scheme=${scheme}></seloste-banner>`,
      );
      expect(el.getAttribute('scheme'), 'shown in that scheme').to.equal(scheme);
      expect(checkContrast(el.shadowRoot!, scheme), scheme).to.deep.equal([]);
    }
  });
});
