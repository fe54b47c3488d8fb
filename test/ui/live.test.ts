import { expect, waitUntil } from '@open-wc/testing';
import { announce, liveRegion, savedText } from '../../src/ui/live.js';
import { texts } from './helpers.js';

describe('the live region', () => {
  it('is one polite status region at the end of the body, in the widget’s language', () => {
    const region = liveRegion('fi');
    expect(liveRegion('fi')).to.equal(region);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.lang).to.equal('fi');
    expect(region.parentElement).to.equal(document.body);
    const box = region.getBoundingClientRect();
    expect(box.width * box.height, 'hidden from sight').to.be.lessThan(2 * innerWidth);
    expect(getComputedStyle(region).clipPath).to.equal('inset(50%)');
  });

  it('says a text a moment after emptying itself, so the same words are heard again', async () => {
    const region = liveRegion('fi');
    announce('Tallennettu.', 'fi');
    expect(region.textContent).to.equal('');
    await waitUntil(() => region.textContent === 'Tallennettu.', 'nothing was said');
    announce('Tallennettu.', 'fi');
    expect(region.textContent).to.equal('');
    await waitUntil(() => region.textContent === 'Tallennettu.', 'it was not said again');
  });

  it('names what was saved, for each of the four choices', () => {
    const said = [
      [true, true],
      [true, false],
      [false, true],
      [false, false],
    ].map(([analytics, marketing]) =>
      savedText(texts, { analytics: !!analytics, marketing: !!marketing }),
    );
    expect(said).to.deep.equal([
      'Valintasi on tallennettu: kaikki evästeet sallittu.',
      'Valintasi on tallennettu: välttämättömät ja analytiikkaevästeet.',
      'Valintasi on tallennettu: välttämättömät ja markkinointievästeet.',
      'Valintasi on tallennettu: vain välttämättömät evästeet.',
    ]);
  });
});
