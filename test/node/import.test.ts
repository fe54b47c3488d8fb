import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { cleanHeading, matchHeading } from '../../src/notice/import/heading-match.js';
import { guessFormat, importNotice, type ImportResult } from '../../src/notice/import/index.js';
import { parseNotice } from '../../src/notice/notice-schema.js';

const TODAY = '2026-11-22';

function importFixture(name: string): ImportResult {
  const text = readFileSync(new URL(`../fixtures/notices/import/${name}`, import.meta.url), 'utf8');
  return importNotice(text, { filename: name, today: TODAY });
}

/** The import must always be a notice parseNotice accepts. */
function assertValid({ notice }: ImportResult): void {
  const { errors } = parseNotice(notice, { today: TODAY });
  assert.deepEqual(errors, []);
}

describe('importing a numbered plain text notice', () => {
  const result = importFixture('numbered.txt');
  const { notice } = result;

  it('recognises headings numbered "1.", "2)" and "§ 3", in capitals or with a colon', () => {
    assert.deepEqual(result.placed.slice(0, 3), [
      { heading: 'REKISTERINPITÄJÄ', to: 'controller' },
      { heading: 'Yhteyshenkilö rekisteriä koskevissa asioissa', to: 'contact' },
      { heading: 'Rekisterin nimi', to: 'registerName' },
    ]);
    assert.equal(result.format, 'text');
    assert.equal(result.lang, 'fi');
  });

  it('reads the contact block into the controller', () => {
    assert.deepEqual(notice.controller, {
      name: 'Saunatarvike Löyly Oy',
      businessId: '1414213-0',
      phone: '014 555 0123',
      email: 'asiakaspalvelu@loyly.example',
      website: 'https://www.loyly.example',
      address: 'Kiuaskatu 12 B, 40100 Jyväskylä',
    });
    assert.deepEqual(notice.contact, { name: 'Kalle Kiukaala', email: 'tietosuoja@loyly.example' });
  });

  it('takes the dates from the text', () => {
    assert.equal(notice.created, '2018-05-25');
    assert.equal(notice.updated, '2025-02-03');
  });

  it('splits security by its manual and electronic sub-headings', () => {
    assert.deepEqual(notice.security, {
      manual: { fi: 'Paperiset tilauslomakkeet säilytetään lukitussa arkistossa.' },
      electronic: {
        fi: 'Järjestelmään kirjaudutaan henkilökohtaisella tunnuksella ja salasanalla.',
      },
    });
  });

  it('keeps lists and joins wrapped lines and a paragraph split in mid-sentence', () => {
    assert.deepEqual(notice.dataContent, {
      fi: 'Rekisteriin tallennetaan:\n\n- nimi ja yhteystiedot\n- tilaushistoria\n- markkinointiluvat ja -kiellot',
    });
    assert.match(
      (notice.retention as { fi: string }).fi,
      /tilikauden päättymisestä, .* tavalla ja ilman aiheetonta viivytystä\.$/,
    );
  });

  it('notes a heading that names two sections', () => {
    assert.deepEqual(notice.purposes, {
      fi: 'Käsittelemme asiakkaidemme tietoja tilausten toimittamiseksi, asiakassuhteen hoitamiseksi ja markkinoinnin kohdistamiseksi. Käsittely perustuu asiakassuhteeseen eli sopimukseen sekä markkinoinnin osalta asiakkaan antamaan suostumukseen.',
    });
    assert.ok(result.notes.some((note) => note.includes('also looked like legalBasis')));
    assert.ok(
      result.notes.some((note) =>
        note.includes('"Tietojen luovutus ja siirto" went to disclosures'),
      ),
    );
  });

  it('keeps an unknown numbered section as an extra section in its place', () => {
    assert.deepEqual(notice.extraSections, [
      {
        id: 'asiakaspalautteet',
        title: { fi: 'Asiakaspalautteet' },
        text: { fi: 'Palautteet luetaan viikoittain ja niihin vastataan sähköpostilla.' },
        after: 'security',
      },
    ]);
    assert.ok(result.unplaced.some((line) => line.startsWith('"Asiakaspalautteet"')));
    assert.ok(
      (notice.intro as { fi: string } | undefined)?.fi,
      'the text before the first heading is the intro',
    );
    assert.ok(
      result.notes.some((note) => note.startsWith('Kept the text before the first heading')),
    );
  });

  it('makes a valid notice', () => assertValid(result));
});

describe('importing unnumbered plain text with Markdown-style marks', () => {
  const result = importFixture('marks.txt');
  const { notice } = result;

  it('finds headings on lines of their own, bold or with a colon, and skips the title', () => {
    assert.deepEqual(
      result.placed.map(({ to }) => to),
      [
        'controller',
        'purposes',
        'legalBasis',
        'sources',
        'disclosures',
        'retention',
        'extraSections[0]',
        'security',
        'rights',
        'cookies',
      ],
    );
    assert.ok(
      result.notes.includes('Left out the title "Tietosuojaseloste": Seloste shows its own.'),
    );
  });

  it('reads a contact person written inside the controller block', () => {
    assert.deepEqual(notice.controller, {
      name: 'Kirjakauppa Kaarna Oy',
      businessId: '1732050-2',
      address: 'Kaarnakatu 7, 20100 Turku',
    });
    assert.deepEqual(notice.contact, {
      name: 'Ville Kaarna',
      email: 'ville.kaarna@kaarna.example',
    });
  });

  it('keeps bold text and links, and drops links that lead nowhere', () => {
    assert.deepEqual(notice.disclosures, {
      fi: 'Tietoja ei luovuteta eteenpäin. Maksut käsittelee [maksunvälittäjämme](https://maksu.example/tietosuoja), ja lisätietoja saat osoitteesta <https://kaarna.example/tietosuoja>. Lue myös yleinen tietosuoja-asetus.',
    });
    assert.match(
      (notice.sources as { fi: string }).fi,
      /\n- \*\*Perustiedot:\*\* nimi, osoite, sähköposti\n/,
    );
  });

  it('turns "•" bullets into a Markdown list', () => {
    assert.deepEqual(notice.rights, {
      fi: '- oikeus saada pääsy tietoihisi\n- oikeus tietojen oikaisuun\n- oikeus tietojen poistamiseen',
    });
  });

  it('says which section a combined heading went to', () => {
    assert.ok(
      result.notes.includes(
        '"Keräämämme tiedot ja säännönmukaiset tietolähteet" went to sources, but it also looked like dataContent: check where its text belongs.',
      ),
    );
    assert.equal(notice.updated, '2024-10-14');
  });

  it('keeps the unknown "Uutiskirje" after the section before it', () => {
    assert.equal(notice.extraSections?.[0].id, 'uutiskirje');
    assert.equal(notice.extraSections?.[0].after, 'retention');
  });

  it('makes a valid notice', () => assertValid(result));
});

describe('importing Markdown in Swedish', () => {
  const result = importFixture('cykel.md');
  const { notice } = result;

  it('detects Swedish and maps the Swedish headings', () => {
    assert.equal(result.format, 'markdown');
    assert.equal(result.lang, 'sv');
    assert.deepEqual(
      result.placed.map(({ to }) => to),
      [
        'controller',
        'contact',
        'registerName',
        'purposes',
        'legalBasis',
        'retention',
        'disclosures',
        'transfers',
        'rights',
        'complaint',
        'cookies',
      ],
    );
  });

  it('reads labelled contact lines and a mailto link', () => {
    assert.deepEqual(notice.controller, {
      name: 'Cykelverkstad Eker Ab',
      businessId: '2236067-2',
      phone: '06 555 0199',
      email: 'info@eker.example',
      address: 'Ekervägen 3, 65100 Vasa',
    });
  });

  it('keeps a sub-heading inside its section, in bold', () => {
    assert.match(
      (notice.purposes as { sv: string }).sv,
      /\n\n\*\*Marknadsföring\*\*\n\nVi skickar/,
    );
  });

  it('turns a table of data into a list', () => {
    assert.deepEqual(notice.disclosures, {
      sv: 'Vi lämnar ut uppgifter endast till följande mottagare:\n\n- Bokföringsbyrå – Fakturor\n- Reservdelsleverantör – Namn och adress vid garantiärenden',
    });
    assert.equal(notice.updated, '2025-03-01');
    assert.deepEqual(notice.languages, ['sv']);
  });

  it('makes a valid notice', () => assertValid(result));
});

describe('importing HTML with a two-column table of pasted HTML', () => {
  const result = importFixture('pesula.html');
  const { notice } = result;

  it('takes headings from the first column, without the header row or the site navigation', () => {
    assert.equal(result.format, 'html');
    assert.deepEqual(
      result.placed.map(({ heading }) => heading),
      [
        'Rekisterinpitäjä',
        'Rekisterin nimi',
        'Henkilötietojen käsittelyn tarkoitus',
        'Rekisterin tietosisältö',
        'Tietojen säilytysaika',
        'Asiakaskortti',
        'Rekisterin suojauksen periaatteet',
        'Rekisteröidyn oikeudet',
      ],
    );
    assert.ok(result.notes.includes('The table\'s header row ("Kohta | Kuvaus") was left out.'));
  });

  it('reads the contact cell, line breaks and labels included', () => {
    assert.deepEqual(notice.controller, {
      name: 'Pesula Pyykkipoika Oy',
      businessId: '2645751-9',
      phone: '03 555 0147',
      email: 'pesula@pyykkipoika.example',
      address: 'Mankelikuja 3, 33100 Tampere',
    });
    assert.deepEqual(notice.registerName, { fi: 'Pesulan asiakas- ja noutorekisteri' });
  });

  it('turns pasted <p>, <span>, <ul>, <strong> and <em> into clean rich text', () => {
    assert.deepEqual(notice.purposes, {
      fi: 'Tietoja käytetään pyykkien ja tekstiilien vastaanottoon, **noutoilmoituksiin** ja laskutukseen.\n\n- tekstiilipesut yrityksille\n- kotipesut *nouto- ja palautuspalveluna*',
    });
  });

  it('keeps <br> as a line break, drops scripts and escapes Markdown in text', () => {
    assert.deepEqual(notice.dataContent, {
      fi: 'Asiakkaan nimi, puhelinnumero ja sähköposti sekä tiedot **jätetyistä** tuotteista.\\\nYritysasiakkailta myös laskutusosoite.',
    });
    assert.deepEqual(notice.retention, {
      fi: 'Tilaustiedot säilytetään kaksi vuotta. Hinnat ovat muotoa 5\\*2 € ja tunnukset muotoa \\[A-12\\].',
    });
  });

  it('keeps real links and turns empty and script links into text', () => {
    assert.deepEqual(notice.rights, {
      fi: 'Voit tarkistaa tietosi ja pyytää niiden korjaamista tai poistamista lomakkeella tai chatissa.',
    });
    assert.match(
      (notice.security as { electronic: { fi: string } }).electronic.fi,
      /\[kassajärjestelmän tietoturvasta\]\(https:\/\/kassa\.example\/tietoturva\)/,
    );
    assert.ok('manual' in (notice.security as object));
  });

  it('keeps an unknown row as an extra section', () => {
    assert.deepEqual(
      notice.extraSections?.map(({ id, after }) => [id, after]),
      [['asiakaskortti', 'retention']],
    );
    assert.equal(notice.updated, '2025-09-01');
  });

  it('makes a valid notice', () => assertValid(result));
});

describe('importing HTML in English with marked-up headings', () => {
  const result = importFixture('paddle.html');
  const { notice } = result;

  it('maps English headings and keeps deeper unknown ones inside their section', () => {
    assert.equal(result.lang, 'en');
    assert.deepEqual(
      result.placed.map(({ to }) => to),
      [
        'controller',
        'purposes',
        'legalBasis',
        'retention',
        'disclosures',
        'rights',
        'extraSections[0]',
      ],
    );
    assert.match((notice.purposes as { en: string }).en, /\n\n\*\*Safety records\*\*\n\n/);
  });

  it('reads a business id, an address on one line and links', () => {
    assert.deepEqual(notice.controller, {
      name: 'Saimaa Paddle Oy',
      businessId: '2449489-3',
      email: 'hello@saimaapaddle.example',
      website: 'https://saimaapaddle.example',
      address: 'Rantatie 21, 57130 Savonlinna',
    });
  });

  it('indents nested lists', () => {
    assert.deepEqual(notice.disclosures, {
      en: '- Our booking system provider\n- Our accountant\n  - only invoices',
    });
  });

  it('makes a valid notice', () => assertValid(result));
});

describe('recognising headings', () => {
  const cases: [string, string | undefined][] = [
    ['Rekisterinpitäjän yhteystiedot', 'controller'],
    ['Personuppgiftsansvarig', 'controller'],
    ['Data controller', 'controller'],
    ['3) Rekisterin nimi:', 'registerName'],
    ['§ 4 Rekisterin käyttötarkoitus', 'purposes'],
    ['HENKILÖTIETOJEN KÄSITTELYN OIKEUSPERUSTEET', 'legalBasis'],
    ['Rekisterin suojaus', 'security'],
    ['Rekisterinpitjä', 'controller'],
    ['Evästeet', 'cookies'],
    ['Oikeus tehdä valitus valvontaviranomaiselle', 'complaint'],
    ['Miten tietoa kerätään?', 'sources'],
    ['Henkilötietojen käsittelyä koskevat periaatteet', undefined],
    ['Kari Viitala', undefined],
  ];
  for (const [heading, id] of cases) {
    it(`"${heading}" → ${id ?? 'nothing'}`, () => {
      assert.equal(matchHeading(cleanHeading(heading).text)?.id, id);
    });
  }
});

describe('guessing the format', () => {
  it('goes by the extension, then by the text', () => {
    assert.equal(guessFormat('# Otsikko', 'seloste.txt'), 'text');
    assert.equal(guessFormat('', 'seloste.HTM'), 'html');
    assert.equal(guessFormat('<table><tr><td>Rekisterinpitäjä</td></tr></table>'), 'html');
    assert.equal(guessFormat('## Rekisterinpitäjä\n\nKuura Oy'), 'markdown');
    assert.equal(guessFormat('Rekisterinpitäjä\n\nKuura Oy'), 'text');
  });

  it('uses the language it is given', () => {
    const { lang, notice } = importNotice('Rekisterinpitäjä\n\nKuura Oy', {
      today: TODAY,
      lang: 'sv',
    });
    assert.equal(lang, 'sv');
    assert.deepEqual(notice.languages, ['sv']);
    assert.equal(notice.updated, TODAY);
  });
});
