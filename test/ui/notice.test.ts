import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../src/define.js';
import type { ConsentRecord, Lang } from '../../src/core/types.js';
import { VENDORS } from '../../src/core/vendors.js';
import type { SelosteOpenEvent } from '../../src/events.js';
import enDialogs from '../../src/i18n/en/dialogs.js';
import fiDialogs from '../../src/i18n/fi/dialogs.js';
import svDialogs from '../../src/i18n/sv/dialogs.js';
import type { DialogTexts } from '../../src/i18n/texts.js';
import type { Notice } from '../../src/notice/types.js';
import { SelosteNotice } from '../../src/ui/notice/notice.js';
import { captureWarnings } from '../warnings.js';
import { deepActiveElement, memoryStore, part, texts } from './helpers.js';

define('seloste-notice', SelosteNotice);

/** A small notice of a fictional bakery, in Finnish and Swedish. */
const NOTICE: Notice = {
  version: 1,
  languages: ['fi', 'sv'],
  created: '2025-01-15',
  updated: '2026-09-30',
  controller: {
    name: 'Leipomo Ruiskukka Oy',
    businessId: '1618033-3',
    address: 'Myllykatu 2\n20100 Turku',
    email: 'tietosuoja@ruiskukka.example',
    phone: '02 123 4567',
  },
  registerName: { fi: 'Verkkokaupan asiakasrekisteri', sv: 'Webbutikens kundregister' },
  purposes: {
    fi: 'Tilausten **toimittaminen** ja asiakaspalvelu.',
    sv: 'Leverans av beställningar.',
  },
  legalBasis: { fi: 'Sopimus ja suostumus.', sv: 'Avtal och samtycke.' },
  dataContent: {
    fi: '<ul><li>nimi</li><li>osoite</li></ul>',
    sv: '- namn\n- adress',
  },
  retention: { fi: 'Kuusi vuotta kirjanpitolain mukaan.', sv: 'Sex år enligt bokföringslagen.' },
  security: { manual: { fi: 'Lukitussa kaapissa.' }, electronic: { fi: 'Salatut yhteydet.' } },
  rights: { fi: 'Oikeus tarkastaa ja oikaista tiedot.', sv: 'Rätt till insyn.' },
  complaint: { fi: 'Tietosuojavaltuutetun toimisto.', sv: 'Dataombudsmannens byrå.' },
  cookies: { fi: 'Käytämme evästeitä.', sv: 'Vi använder kakor.' },
  transfers: { fi: 'Ei siirtoja.', sv: 'Inga överföringar.' },
  headings: { purposes: { fi: 'Mihin tietoja käytetään' } },
  extraSections: [
    {
      id: 'tilauskirje',
      title: { fi: 'Tilauskirje', sv: 'Nyhetsbrev' },
      text: { fi: 'Lähetämme tilauskirjeen vain luvalla.', sv: 'Endast med samtycke.' },
      after: 'purposes',
    },
  ],
};

const decided: ConsentRecord = {
  categories: { analytics: true, marketing: false },
  id: 'abcdefgh12',
  updatedAt: Date.UTC(2026, 10, 20, 10, 0),
  revision: '',
};

const DIALOGS: Record<Lang, DialogTexts> = { fi: fiDialogs, sv: svDialogs, en: enDialogs };

/** Answers the notice URL with `respond()` instead of the network; counts the requests. */
function stubFetch(respond: () => Response | Promise<Response>) {
  const original = window.fetch;
  const calls: string[] = [];
  window.fetch = async (input) => {
    calls.push(String(input));
    return respond();
  };
  return { calls, restore: () => (window.fetch = original) };
}

let stub: ReturnType<typeof stubFetch> | undefined;
let capture: ReturnType<typeof captureWarnings> | undefined;
afterEach(() => {
  stub?.restore();
  capture?.stop();
  stub = capture = undefined;
});

async function notice(
  options: {
    lang?: Lang;
    json?: unknown;
    record?: ConsentRecord | null;
    response?: () => Response | Promise<Response>;
  } = {},
) {
  const { lang = 'fi', json = NOTICE, record = decided } = options;
  stub = stubFetch(options.response ?? (() => Response.json(json)));
  capture = captureWarnings();
  const loaded: Lang[] = [];
  const el = await fixture<SelosteNotice>(
    html`<seloste-notice
      lang=${lang}
      src="/tietosuojaseloste.json"
      .texts=${{ ...texts, ...DIALOGS[lang] }}
      .store=${memoryStore(record)}
      .services=${VENDORS.filter((v) => v.id !== 'bingUet' && v.id !== 'googleTagManager').map(
        (v) => ({ ...v, purpose: {} }),
      )}
      .hashes=${['tietosuojaseloste']}
      .loadTexts=${async (other: Lang) => (loaded.push(other), DIALOGS[other])}
    ></seloste-notice>`,
  );
  await el.show();
  await waitUntil(
    () => el.shadowRoot!.querySelector('article, .error'),
    'the notice did not render',
  );
  await el.updateComplete;
  return { el, loaded };
}

const headings = (el: SelosteNotice) =>
  [...el.shadowRoot!.querySelectorAll('section > h3')].map((h) => h.textContent!.trim());

describe('seloste-notice', () => {
  it('shows the notice in a modal dialog labelled by its title, with the dates', async () => {
    const { el } = await notice();
    const dialog = part<HTMLDialogElement>(el, 'dialog');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(part(el, '#title').textContent).to.equal('Tietosuojaseloste');
    expect(part(el, '.dates').textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Päivitetty 30. syyskuuta 2026 · Laadittu 15. tammikuuta 2025',
    );
    expect(part(el, 'time').getAttribute('datetime')).to.equal('2026-09-30');
  });

  it('puts the sections in the conventional order with standard, numbered headings', async () => {
    const { el } = await notice();
    expect(headings(el)).to.deep.equal([
      '1. Rekisterinpitäjä',
      '2. Rekisterin nimi',
      '3. Mihin tietoja käytetään',
      '4. Tilauskirje',
      '5. Käsittelyn oikeusperuste',
      '6. Rekisterin tietosisältö',
      '7. Tietojen säilytysaika',
      '8. Tietojen siirto EU:n tai ETA:n ulkopuolelle',
      '9. Rekisterin suojauksen periaatteet',
      '10. Rekisteröidyn oikeudet',
      '11. Oikeus tehdä valitus valvontaviranomaiselle',
      '12. Evästeet',
    ]);
    const contents = [...el.shadowRoot!.querySelectorAll('nav li a')].map((a) => a.textContent);
    expect(contents[2]).to.equal('Mihin tietoja käytetään');
    expect(contents).to.have.length(12);
  });

  it('renders the controller, rich text and pasted HTML', async () => {
    const { el } = await notice();
    const address = part(el, 'address');
    expect(address.textContent).to.contain('Leipomo Ruiskukka Oy');
    expect(address.textContent).to.contain('Y-tunnus 1618033-3');
    expect(address.querySelector('a[href="mailto:tietosuoja@ruiskukka.example"]')).not.to.equal(
      null,
    );
    expect(address.querySelector('a[href="tel:021234567"]')).not.to.equal(null);
    expect(part(el, 'section[data-section="purposes"] strong').textContent).to.equal(
      'toimittaminen',
    );
    const list = [...el.shadowRoot!.querySelectorAll('section[data-section="dataContent"] li')];
    expect(list.map((li) => li.textContent)).to.deep.equal(['nimi', 'osoite']);
    const security = part(el, 'section[data-section="security"]');
    expect([...security.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([
      'Manuaalinen aineisto',
      'Sähköisesti käsiteltävät tiedot',
    ]);
  });

  it('speaks the visitor’s language when the notice has it', async () => {
    const { el, loaded } = await notice({ lang: 'sv' });
    expect(part(el, 'article').lang).to.equal('sv');
    expect(headings(el)[0]).to.equal('1. Personuppgiftsansvarig');
    expect(part(el, 'section[data-section="dataContent"]').textContent).to.contain('adress');
    expect(loaded).to.deep.equal([]);
  });

  it('falls back to the notice’s main language, headings and cookie table included', async () => {
    const { el, loaded } = await notice({ lang: 'en' });
    expect(loaded).to.deep.equal(['fi']);
    expect(part(el, 'article').lang).to.equal('fi');
    expect(headings(el)[0]).to.equal('1. Rekisterinpitäjä');
    expect(part(el, '#site-cookies').textContent).to.equal('Sivustolla käytetyt evästeet');
    expect(part(el, '#title span').lang, 'the title in the notice’s language').to.equal('fi');
    expect(
      part(el, '.close').getAttribute('aria-label'),
      'its own controls stay in English',
    ).to.equal('Close');
  });

  it('lists the cookies of the configured vendors, the visitor’s choice and consent id', async () => {
    const { el } = await notice();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
      tr.textContent!.replace(/\s+/g, ' '),
    );
    expect(rows).to.have.length(4);
    expect(rows[0])
      .to.contain('Seloste')
      .and.contain('Leipomo Ruiskukka Oy')
      .and.contain('seloste_consent');
    expect(rows[1])
      .to.contain('Google Analytics 4')
      .and.contain('Analytiikka')
      .and.contain('_ga 2 vuotta');
    expect(rows[1]).to.contain('Yhdysvallat');
    expect(rows.join()).not.to.contain('Microsoft');
    const choice = part(el, '.choice').textContent!.replace(/\s+/g, ' ');
    expect(choice).to.contain('Valintasi: analytiikka sallittu, markkinointi ei sallittu.');
    expect(choice).to.contain('abcdefgh12');
  });

  it('says when there is no choice yet', async () => {
    const { el } = await notice({ record: null });
    expect(part(el, '.choice').textContent!.trim()).to.equal('Et ole vielä tehnyt evästevalintaa.');
  });

  it('opens the cookie settings from its button', async () => {
    const { el } = await notice();
    const button = part<HTMLButtonElement>(el, 'button[part~="settings"]');
    const open = oneEvent<SelosteOpenEvent>(el, 'seloste-open');
    button.click();
    expect((await open).detail).to.equal('settings');
  });

  it('moves to a section from the contents, inside the dialog', async () => {
    const { el } = await notice();
    const hash = location.hash;
    part<HTMLAnchorElement>(el, 'nav a[href="#s-retention"]').click();
    expect(deepActiveElement()?.id).to.equal('s-retention');
    expect(location.hash).to.equal(hash);
  });

  it('fetches the notice once, however often it opens', async () => {
    const { el } = await notice();
    el.hide();
    await el.show();
    el.hide();
    await el.show();
    expect(stub!.calls).to.deep.equal(['/tietosuojaseloste.json']);
  });

  it('closes on Escape and clears the deep link that opened it', async () => {
    history.replaceState(null, '', '#tietosuojaseloste');
    const { el } = await notice();
    await sendKeys({ press: 'Escape' });
    expect(el.open).to.equal(false);
    expect(location.hash).to.equal('');
  });

  it('starts with focus on its text, so the keys that scroll work at once; Close comes first', async () => {
    const { el } = await notice();
    const body = part(el, '.body');
    expect(deepActiveElement()).to.equal(body);
    expect(body.tabIndex, 'out of the Tab order').to.equal(-1);
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()).to.equal(part(el, 'button.close'));
  });

  it('makes the cookie table a tab stop only while it scrolls sideways', async () => {
    const { el } = await notice();
    const region = part(el, '.table[role="region"]');
    await waitUntil(() => region.tabIndex === -1, 'a table that fits is a tab stop');
    part(el, 'dialog').style.width = '16rem';
    await waitUntil(() => region.tabIndex === 0, 'a table that scrolls is no tab stop');
  });

  it('has no landmarks of its own inside the dialog', async () => {
    const { el } = await notice();
    expect(el.shadowRoot!.querySelector('header, footer')).to.equal(null);
  });

  it('passes axe', async () => {
    const { el } = await notice();
    await expect(el).to.be.accessible();
  });

  describe('errors', () => {
    it('a missing notice: a message for the visitor, the URL for the owner', async () => {
      const { el } = await notice({ response: () => new Response('', { status: 404 }) });
      expect(part(el, '[role="alert"]').textContent).to.contain(
        'Tietosuojaselostetta ei löytynyt.',
      );
      expect(el.shadowRoot!.querySelector('.error a'), 'no link to a missing file').to.equal(null);
      expect(capture!.messages).to.deep.equal([
        '[seloste] the notice /tietosuojaseloste.json answered 404.',
      ]);
    });

    it('broken JSON: says so, links the file, and names the problem', async () => {
      const { el } = await notice({ response: () => new Response('{"version": 1,,}') });
      expect(part(el, '[role="alert"]').textContent).to.contain('Tietosuojaselosteessa on virhe');
      expect(part(el, '.error a').getAttribute('href')).to.equal('/tietosuojaseloste.json');
      expect(capture!.messages[0]).to.match(
        /^\[seloste\] the notice \/tietosuojaseloste\.json is not valid JSON \(SyntaxError/,
      );
    });

    it('a format violation: names the path in the JSON', async () => {
      const { el } = await notice({
        json: { ...NOTICE, controller: { ...NOTICE.controller, email: 'not-an-email' } },
      });
      expect(part(el, '[role="alert"]').textContent).to.contain('Tietosuojaselosteessa on virhe');
      expect(capture!.messages[0])
        .to.contain('does not follow the format')
        .and.contain('controller.email');
    });

    it('a network failure: offers to try again, which loads it', async () => {
      let fail = true;
      const { el } = await notice({
        response: () =>
          fail ? Promise.reject(new TypeError('Failed to fetch')) : Response.json(NOTICE),
      });
      expect(part(el, '[role="alert"]').textContent).to.contain('ei juuri nyt saatu ladattua');
      fail = false;
      part<HTMLButtonElement>(el, 'button[part~="retry"]').click();
      await waitUntil(
        () => el.shadowRoot!.querySelector('article'),
        'the retry did not load the notice',
      );
      expect(stub!.calls).to.have.length(2);
      // The button went, and focus stayed in the dialog; the loaded notice is announced.
      expect(deepActiveElement()).to.equal(part(el, '.body'));
      expect(part(el, '[role="status"]').textContent).to.equal('Tietosuojaseloste on ladattu.');
    });

    it('passes axe showing an error', async () => {
      const { el } = await notice({ response: () => new Response('', { status: 404 }) });
      await expect(el).to.be.accessible();
    });
  });

  describe('Markdown', () => {
    const fetched = () =>
      performance.getEntriesByType('resource').filter((e) => e.name.includes('full-markdown'));

    it('renders common Markdown without fetching marked', async () => {
      const { el } = await notice();
      expect(part(el, 'section[data-section="dataContent"] li').textContent).to.equal('nimi');
      expect(fetched()).to.deep.equal([]);
    });

    it('fetches marked for a text beyond the common shapes, and renders it', async () => {
      const { el } = await notice({
        json: { ...NOTICE, transfers: { fi: '| Maa | Peruste |\n| - | - |\n| USA | DPF |' } },
      });
      expect(part(el, 'section[data-section="transfers"] td').textContent).to.equal('USA');
      expect(fetched()).to.have.length(1);
    });
  });
});
