import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../src/define.js';
import type { ConsentRecord } from '../../src/core/types.js';
import { VENDORS } from '../../src/core/vendors.js';
import type { SelosteChoiceEvent, SelosteRequestCloseEvent } from '../../src/events.js';
import { SelostePreferences } from '../../src/ui/preferences/preferences.js';
import { deepActiveElement, memoryStore, part, texts } from './helpers.js';

define('seloste-preferences', SelostePreferences);

const decided: ConsentRecord = {
  categories: { analytics: true, marketing: false },
  id: 'abcdefgh12',
  updatedAt: Date.UTC(2026, 10, 20, 10, 0),
  revision: '',
};

async function preferences(record: ConsentRecord | null = null) {
  const store = memoryStore(record);
  const el = await fixture<SelostePreferences>(
    html`<seloste-preferences
      lang="fi"
      .texts=${texts}
      .store=${store}
      .services=${VENDORS.map((vendor) => ({ ...vendor, purpose: {} }))}
    ></seloste-preferences>`,
  );
  return { el, store };
}

const switches = (el: SelostePreferences) =>
  Object.fromEntries(
    [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[id^="s-"]')].map((input) => [
      input.id.slice(2),
      { checked: input.checked, disabled: input.disabled },
    ]),
  );

const button = (el: SelostePreferences, name: string) =>
  part<HTMLButtonElement>(el, `button[part~="${name}"]`);

describe('seloste-preferences', () => {
  it('opens as a modal dialog labelled by its title, with focus inside', async () => {
    const { el } = await preferences();
    await el.show();
    const dialog = part<HTMLDialogElement>(el, 'dialog');
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(part(el, '#' + dialog.getAttribute('aria-labelledby')).textContent).to.equal(
      'Evästeasetukset',
    );
    expect(dialog.contains(deepActiveElement())).to.equal(true);
  });

  it('pre-ticks nothing before a decision; necessary is on and locked', async () => {
    const { el } = await preferences();
    await el.show();
    expect(switches(el)).to.deep.equal({
      necessary: { checked: true, disabled: true },
      analytics: { checked: false, disabled: false },
      marketing: { checked: false, disabled: false },
    });
  });

  it('shows the stored choice, the consent id and the decision time', async () => {
    const { el } = await preferences(decided);
    await el.show();
    expect(switches(el).analytics!.checked).to.equal(true);
    expect(switches(el).marketing!.checked).to.equal(false);
    expect(part(el, '.body').textContent).to.contain('abcdefgh12');
    expect(part(el, '.body').textContent).to.contain('2026');
  });

  it('saves the switches as they are set', async () => {
    const { el } = await preferences();
    await el.show();
    part<HTMLInputElement>(el, '#s-marketing').click();
    await el.updateComplete;
    const choice = oneEvent<SelosteChoiceEvent>(el, 'seloste-choice');
    button(el, 'save').click();
    expect((await choice).detail).to.deep.equal({
      analytics: false,
      marketing: true,
      services: {
        googleAnalytics: false,
        googleTagManager: false,
        googleAds: true,
        metaPixel: true,
        bingUet: true,
      },
    });
    expect(el.open).to.equal(false);
  });

  describe('per service', () => {
    const service = (el: SelostePreferences, id: string) =>
      part<HTMLInputElement>(el, `#v-${CSS.escape(id)}`);

    it('names each service switch by the service and shows some of a category as some', async () => {
      const { el } = await preferences();
      await el.show();
      part<HTMLInputElement>(el, '#s-marketing').click();
      await el.updateComplete;
      const ads = service(el, 'googleAds');
      expect(ads.labels![0]!.textContent).to.equal('Google Ads');
      expect(ads.checked, 'the category switch turned its services on').to.equal(true);
      ads.click();
      await el.updateComplete;
      const category = part<HTMLInputElement>(el, '#s-marketing');
      expect(category.checked).to.equal(true);
      expect(category.classList.contains('some')).to.equal(true);
      // Heard with the switch: how many of the category's services are allowed.
      const described = category
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => part(el, `#${id}`).textContent!.trim());
      expect(described).to.include('2/3 palvelusta sallittu');
      const choice = oneEvent<SelosteChoiceEvent>(el, 'seloste-choice');
      button(el, 'save').click();
      const { detail } = await choice;
      expect(detail.marketing).to.equal(true);
      expect(detail.services).to.include({ googleAds: false, metaPixel: true, bingUet: true });
    });

    it('refuses a category once all of its services are off, and allows one service alone', async () => {
      const { el } = await preferences();
      await el.show();
      service(el, 'metaPixel').click();
      await el.updateComplete;
      expect(part<HTMLInputElement>(el, '#s-marketing').checked).to.equal(true);
      expect(service(el, 'googleAds').checked, 'its siblings stay off').to.equal(false);
      service(el, 'metaPixel').click();
      await el.updateComplete;
      expect(part<HTMLInputElement>(el, '#s-marketing').checked).to.equal(false);
    });

    it('shows an owner’s service written in another language in that language, not empty', async () => {
      const { el } = await preferences();
      el.services = [
        {
          id: 'chat',
          category: 'marketing',
          name: 'Chat',
          provider: 'Esimerkki Oy',
          purpose: { sv: 'Kundtjänstens chatt.' },
          cookies: [],
          patterns: [],
        },
      ];
      await el.show();
      expect(part(el, '#p-chat').textContent).to.equal('Kundtjänstens chatt.');
    });

    it('opens with the stored services, a version-1 decision allowing all of its categories', async () => {
      const { el } = await preferences({
        ...decided,
        categories: { analytics: true, marketing: true, services: { metaPixel: false } },
      });
      await el.show();
      expect(service(el, 'metaPixel').checked).to.equal(false);
      expect(service(el, 'googleAds').checked).to.equal(true);
      const { el: old } = await preferences(decided);
      await old.show();
      expect(service(old, 'googleAnalytics').checked).to.equal(true);
      expect(service(old, 'googleAds').checked).to.equal(false);
    });
  });

  it('accepts all and rejects all as the banner does', async () => {
    const { el } = await preferences(decided);
    await el.show();
    const accepted = oneEvent<SelosteChoiceEvent>(el, 'seloste-choice');
    button(el, 'accept').click();
    expect((await accepted).detail).to.deep.equal({
      analytics: true,
      marketing: true,
    });
    await el.show();
    const rejected = oneEvent<SelosteChoiceEvent>(el, 'seloste-choice');
    button(el, 'reject').click();
    expect((await rejected).detail).to.deep.equal({
      analytics: false,
      marketing: false,
    });
  });

  it('toggles a switch by keyboard', async () => {
    const { el } = await preferences();
    await el.show();
    part<HTMLInputElement>(el, '#s-analytics').focus();
    await sendKeys({ press: 'Space' });
    expect(switches(el).analytics!.checked).to.equal(true);
  });

  it('closes on Escape without a decision, and focus returns to the control that opened it', async () => {
    const trigger = await fixture<HTMLButtonElement>(html`<button>Evästeasetukset</button>`);
    const { el, store } = await preferences();
    trigger.focus();
    await el.show(trigger);
    let choices = 0;
    el.addEventListener('seloste-choice', () => choices++);
    const request = oneEvent<SelosteRequestCloseEvent>(el, 'seloste-request-close');
    await sendKeys({ press: 'Escape' });
    expect((await request).detail.source).to.equal('escape');
    expect(el.open).to.equal(false);
    expect(document.activeElement === trigger, 'focus is back on the trigger').to.equal(true);
    expect(choices).to.equal(0);
    expect(store.get()).to.equal(null);
  });

  it('hands focus to the page’s settings link when the control that opened it is gone', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <button id="opener">Asetukset</button>
        <a href="#evasteet" data-seloste-open="settings">Evästeasetukset</a>
      </div>`,
    );
    const { el } = await preferences();
    const opener = page.querySelector<HTMLButtonElement>('#opener')!;
    await el.show(opener);
    opener.remove();
    button(el, 'reject').click();
    await waitUntil(
      () => document.activeElement?.localName === 'a',
      'focus did not reach the link',
    );
    expect(document.activeElement === page.querySelector('a')).to.equal(true);
  });

  it('stays open when the close request is cancelled', async () => {
    const { el } = await preferences();
    await el.show();
    el.addEventListener('seloste-request-close', (e) => e.preventDefault(), { once: true });
    part<HTMLButtonElement>(el, 'button.close').click();
    expect(el.open).to.equal(true);
    part<HTMLButtonElement>(el, 'button.close').click();
    expect(el.open).to.equal(false);
  });

  it('keeps Tab inside the dialog: the page behind is never reached', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>On the page</button>`);
    const { el } = await preferences();
    await el.show();
    const dialog = part<HTMLDialogElement>(el, 'dialog');
    const visited = new Set<Element>();
    for (let i = 0; i < 16; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      // Past the last control the browser's own UI may take focus (the page reads <body>).
      if (active === document.body) continue;
      expect(dialog.contains(active), `Tab ${i + 1} reached ${active?.localName}`).to.equal(true);
      visited.add(active!);
    }
    expect(visited.has(outside)).to.equal(false);
    expect(visited.size, 'went round the dialog controls').to.be.greaterThan(5);
  });

  it('lists the configured services of each category with their cookies and lifetimes', async () => {
    const { el } = await preferences();
    el.services = VENDORS.filter((vendor) => vendor.id === 'googleAnalytics').map((vendor) => ({
      ...vendor,
      purpose: {},
    }));
    await el.show();
    const analytics = part(el, 'section[data-category="analytics"]');
    const summary = analytics.querySelector('summary')!;
    expect(summary.textContent!.trim()).to.equal('Palvelut ja evästeet (1) Analytiikka');
    expect(summary.querySelector('.sr')!.textContent, 'heard, not seen').to.equal(' Analytiikka');
    // The table is named by its category and service, not like the others.
    const named = (el: Element) =>
      el
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => (el.getRootNode() as ShadowRoot).getElementById(id)!.textContent!.trim())
        .join(' ');
    expect(named(analytics.querySelector('table')!)).to.equal('Analytiikka Google Analytics 4');
    expect(analytics.textContent).to.contain('Google Analytics 4');
    expect(analytics.textContent).to.contain('_ga_<id>');
    expect(analytics.textContent).to.contain('2 vuotta');
    const marketing = part(el, 'section[data-category="marketing"]');
    expect(marketing.querySelector('details')).to.equal(null);
    expect(part(el, 'section[data-category="necessary"]').textContent).to.contain(
      'seloste_consent',
    );
  });

  it('says before Save that switching a category off will reload the page', async () => {
    const { el } = await preferences(decided);
    el.reloads = true;
    await el.show();
    const note = part(el, '#reload');
    expect(note.getAttribute('role'), 'heard as the switch goes off').to.equal('status');
    expect(note.textContent).to.equal('');
    const analytics = part<HTMLInputElement>(el, '#s-analytics');
    analytics.click();
    await el.updateComplete;
    expect(note.textContent).to.contain('sivu ladataan uudelleen');
    expect(button(el, 'save').getAttribute('aria-describedby')).to.equal('reload');
    analytics.click();
    await el.updateComplete;
    expect(note.textContent).to.equal('');
    expect(button(el, 'save').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('says nothing of a reload where the page does not reload', async () => {
    const { el } = await preferences(decided);
    await el.show();
    part<HTMLInputElement>(el, '#s-analytics').click();
    await el.updateComplete;
    expect(part(el, '#reload').textContent).to.equal('');
  });

  it('has no landmarks of its own inside the dialog', async () => {
    const { el } = await preferences();
    await el.show();
    expect(el.shadowRoot!.querySelector('header, footer, [role="banner"]')).to.equal(null);
  });

  it('re-renders when the store changes while open', async () => {
    const { el, store } = await preferences();
    await el.show();
    store.set(decided);
    await el.updateComplete;
    expect(part(el, '.body').textContent).to.contain('abcdefgh12');
  });

  it('passes axe while open, details expanded', async () => {
    const { el } = await preferences(decided);
    await el.show();
    el.shadowRoot!.querySelectorAll('details').forEach((details) => (details.open = true));
    await expect(el).to.be.accessible();
  });
});
