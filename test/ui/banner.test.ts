import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../src/define.js';
import type { SelosteChoiceEvent, SelosteOpenEvent } from '../../src/events.js';
import { SelosteBanner } from '../../src/ui/banner/banner.js';
import { part, texts } from './helpers.js';

define('seloste-banner', SelosteBanner);

const banner = (noticeLink = '#tietosuojaseloste') =>
  fixture<SelosteBanner>(
    html`<seloste-banner .texts=${texts} .noticeLink=${noticeLink} lang="fi"></seloste-banner>`,
  );

describe('seloste-banner', () => {
  it('is a region labelled by its title, with the text and three buttons', async () => {
    const el = await banner();
    const region = part(el, 'section');
    expect(part(el, '#' + region.getAttribute('aria-labelledby')).textContent).to.equal(
      'Käytämme evästeitä',
    );
    expect(part(el, '#text').textContent).to.contain('Käytämme luvallasi analytiikka-');
    expect(region.hasAttribute('aria-describedby'), 'the text is read once, not twice').to.equal(
      false,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent);
    expect(labels).to.deep.equal(['Hyväksy kaikki', 'Hylkää kaikki', 'Asetukset']);
  });

  it('gives accept, reject and settings the same look and size', async () => {
    const el = await banner();
    const [accept, reject, settings] = el.shadowRoot!.querySelectorAll('button');
    const look = (b: Element) => {
      const style = getComputedStyle(b);
      return [
        b.className,
        style.backgroundColor,
        style.color,
        style.borderColor,
        style.fontWeight,
        style.height,
      ];
    };
    expect(look(reject!)).to.deep.equal(look(accept!));
    expect(look(settings!)).to.deep.equal(look(accept!));
  });

  it('accept all and reject all report the choice', async () => {
    const el = await banner();
    const [accept, reject] = el.shadowRoot!.querySelectorAll('button');
    const accepted = oneEvent<SelosteChoiceEvent>(el, 'seloste-choice');
    accept!.click();
    expect((await accepted).detail).to.deep.equal({ analytics: true, marketing: true });
    const rejected = oneEvent<SelosteChoiceEvent>(el, 'seloste-choice');
    reject!.click();
    expect((await rejected).detail).to.deep.equal({ analytics: false, marketing: false });
  });

  it('settings and the notice link ask to open, from the control itself', async () => {
    const el = await banner();
    const settings = el.shadowRoot!.querySelectorAll('button')[2]!;
    let origin: EventTarget | undefined;
    const record = (e: Event) => (origin = e.composedPath()[0]);
    document.addEventListener('seloste-open', record, { once: true });
    const open = oneEvent<SelosteOpenEvent>(document, 'seloste-open');
    settings.click();
    expect((await open).detail).to.equal('settings');
    expect(origin === settings, 'fired from the settings button').to.equal(true);
    const link = part(el, 'a');
    expect(link.getAttribute('href')).to.equal('#tietosuojaseloste');
    const notice = oneEvent<SelosteOpenEvent>(document, 'seloste-open');
    link.click();
    expect((await notice).detail).to.equal('notice');
  });

  it('works by keyboard', async () => {
    const el = await banner();
    part<HTMLButtonElement>(el, 'button').focus();
    const choice = oneEvent<SelosteChoiceEvent>(el, 'seloste-choice');
    await sendKeys({ press: 'Enter' });
    expect((await choice).detail.analytics).to.equal(true);
  });

  it('while shown, pads the page by the height it covers, so focused controls scroll clear', async () => {
    const el = await banner();
    const page = () => getComputedStyle(document.documentElement);
    await waitUntil(() => page().paddingBottom !== '0px', 'the page got no room');
    const covered = innerHeight - part(el, 'section').getBoundingClientRect().top;
    expect(parseFloat(page().scrollPaddingBottom)).to.be.closeTo(covered, 1);
    expect(parseFloat(page().paddingBottom)).to.be.closeTo(covered, 1);
    el.remove();
    expect(page().scrollPaddingBottom).to.equal('auto');
    expect(page().paddingBottom).to.equal('0px');
  });

  it('leaves out the notice link when there is no notice', async () => {
    const el = await banner('');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('takes no focus when it appears', async () => {
    const before = document.activeElement;
    await banner();
    expect(document.activeElement).to.equal(before);
  });

  it('is fixed to the viewport, so it shifts no layout', async () => {
    const el = await banner();
    expect(getComputedStyle(part(el, 'section')).position).to.equal('fixed');
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('reflects layout and scheme for its styles', async () => {
    const el = document.createElement('seloste-banner') as SelosteBanner;
    Object.assign(el, { texts, layout: 'box-left', scheme: 'dark' });
    document.body.append(el);
    expect(el.getAttribute('layout')).to.equal('box-left');
    expect(getComputedStyle(part(el, 'section')).left).to.equal('16px');
    expect(el.getAttribute('scheme')).to.equal('dark');
    expect(getComputedStyle(part(el, 'section')).colorScheme).to.equal('dark');
    el.remove();
  });

  it('passes axe', async () => {
    await expect(await banner()).to.be.accessible();
  });
});
