// The importer stage by stage: each reader turns a document into blocks, the shared passes
// find labels and tables, headings are matched, contact blocks read, sections found. The
// inputs are the readers' own @examples and small cases like them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paragraph, type Block } from '../../src/notice/import/blocks.js';
import {
  cleanHeading,
  isNoticeTitle,
  matchHeading,
  namedInOrder,
} from '../../src/notice/import/heading-match.js';
import { flatList, htmlToBlocks } from '../../src/notice/import/html.js';
import { guessFormat, importNotice } from '../../src/notice/import/index.js';
import { markdownToBlocks } from '../../src/notice/import/markdown.js';
import { factsInProse, readParties } from '../../src/notice/import/party.js';
import { labels, leadLabel, runPasses, tables } from '../../src/notice/import/passes.js';
import { textToBlocks } from '../../src/notice/import/plain-text.js';
import { scriptToBlocks } from '../../src/notice/import/script.js';
import { splitParts, toSections } from '../../src/notice/import/sections.js';
import { macroTexts, templateKind, templateToHtml } from '../../src/notice/import/templates.js';

/** Blocks without what does not matter to a test: lines and languages. */
const bare = (blocks: Block[]) =>
  blocks.map((block) => {
    const copy: Partial<Block> = { ...block };
    delete copy.line;
    delete copy.lang;
    return copy;
  });

describe('plain text reader', () => {
  it('reads paragraphs with their lines', () => {
    assert.deepEqual(textToBlocks('Rekisterinpitäjä\n\nKuura Oy').blocks, [
      { kind: 'paragraph', markdown: 'Rekisterinpitäjä', line: 1 },
      { kind: 'paragraph', markdown: 'Kuura Oy', line: 3 },
    ]);
  });

  it('reads a table copied from a web page: tab between cells, long cells going on after a tab', () => {
    const text = [
      'Rekisterin nimi\tAsiakasrekisteri',
      'Tietolähteet\tAsiakkaalta itseltään',
      '\tja puhelimitse.',
      'Tietojen luovutukset\t<p>Ei luovuteta.</p> <p>Paitsi viranomaisille.</p>',
    ].join('\n');
    const [table] = textToBlocks(text).blocks;
    assert.equal(table.kind, 'table');
    if (table.kind !== 'table') return;
    assert.deepEqual(
      table.rows.map((row) => row.map((cell) => cell.text)),
      [
        ['Rekisterin nimi', 'Asiakasrekisteri'],
        ['Tietolähteet', 'Asiakkaalta itseltään ja puhelimitse.'],
        ['Tietojen luovutukset', 'Ei luovuteta. Paitsi viranomaisille.'],
      ],
    );
    assert.deepEqual(
      table.rows[2][1].blocks.map((block) => 'markdown' in block && block.markdown),
      ['Ei luovuteta.', 'Paitsi viranomaisille.'],
    );
    assert.deepEqual(
      table.rows.map((row) => row[0].line),
      [1, 2, 4],
    );
  });

  it('keeps lists as lists and a lone "1. Label" line as a paragraph', () => {
    assert.deepEqual(bare(textToBlocks('1. Rekisterinpitäjä\n\n- nimi\n- osoite').blocks), [
      { kind: 'paragraph', markdown: '1. Rekisterinpitäjä' },
      { kind: 'list', markdown: '- nimi\n- osoite' },
    ]);
  });

  it('leaves out underlines and separators, and reads "#" headings as labels', () => {
    const text = 'Rekisterin nimi\n===============\n\n### 3. Tietolähteet\nAsiakkaalta.\n\n* * *';
    const blocks = runPasses(textToBlocks(text).blocks, []);
    assert.deepEqual(
      blocks.map(
        (block) => (block as { label?: string }).label ?? (block as { markdown: string }).markdown,
      ),
      ['Rekisterin nimi', '### 3. Tietolähteet', 'Asiakkaalta.'],
    );
    assert.equal(cleanHeading('### 3. Tietolähteet').text, 'Tietolähteet');
  });

  it('joins a paragraph split in mid-sentence', () => {
    const read = textToBlocks(
      'Tiedot säilytetään kuusi vuotta tilikauden päättymisestä, minkä jälkeen ne\n\nhävitetään.',
    );
    assert.equal(read.blocks.length, 1);
    assert.match(read.notes[0], /Joined 1 paragraph/);
  });
});

describe('Markdown reader', () => {
  it('reads ATX and setext headings, bold paragraphs and tables', () => {
    const read = markdownToBlocks(
      '## Rekisterinpitäjä\n\nKuura Oy\n\nRekisterin nimi\n---------------\n\n**Evästeet**\n\n| Tieto | Mistä saadaan |\n| --- | --- |\n| Nimi | Asiakkaalta |',
    );
    assert.deepEqual(read.blocks.slice(0, 4), [
      { kind: 'heading', text: 'Rekisterinpitäjä', level: 2, line: 1 },
      { kind: 'paragraph', markdown: 'Kuura Oy', line: 3 },
      { kind: 'heading', text: 'Rekisterin nimi', level: 2, line: 5 },
      { kind: 'paragraph', markdown: '**Evästeet**', line: 8, strong: true },
    ]);
    assert.equal(read.blocks[4].kind, 'table');
  });

  it('leaves out front matter and admonition fences, and reads code blocks as text', () => {
    const read = markdownToBlocks(
      '---\ntitle: Tietosuoja\n---\n\n:::note\n\n**Rekisterinpitäjä:** Kuura Oy\n\n:::\n\n```\nSäilytysaika kaksi vuotta.\n```',
    );
    assert.deepEqual(bare(read.blocks), [
      { kind: 'paragraph', markdown: '**Rekisterinpitäjä:** Kuura Oy' },
      { kind: 'paragraph', markdown: 'Säilytysaika kaksi vuotta.' },
    ]);
  });

  it('reads a numbered list of labels and paragraphs as labels and paragraphs', () => {
    const read = markdownToBlocks(
      '1. Rekisterinpitäjä\n\n   Kuura Oy\n\n2. Rekisterin nimi\n\n   Asiakasrekisteri',
    );
    assert.deepEqual(
      bare(read.blocks).map((block) => (block as { markdown: string }).markdown),
      ['1\\. Rekisterinpitäjä', 'Kuura Oy', '2\\. Rekisterin nimi', 'Asiakasrekisteri'],
    );
  });
});

describe('HTML reader', () => {
  it('reads headings, paragraphs with line breaks, and entities', () => {
    assert.deepEqual(
      htmlToBlocks('<h2>Rekisterinpit&auml;j&auml;</h2><p>Kuura Oy<br>Paahtimontie 4</p>').blocks,
      [
        { kind: 'heading', text: 'Rekisterinpitäjä', level: 2, line: 1 },
        { kind: 'paragraph', markdown: 'Kuura Oy\\\nPaahtimontie 4', line: 1 },
      ],
    );
  });

  it('makes a <dt> a bold label and reads <template> content', () => {
    assert.deepEqual(
      bare(htmlToBlocks('<dl><dt>Rekisterin nimi</dt><dd>Asiakasrekisteri</dd></dl>').blocks),
      [
        { kind: 'paragraph', markdown: '**Rekisterin nimi**', strong: true },
        { kind: 'paragraph', markdown: 'Asiakasrekisteri' },
      ],
    );
    assert.deepEqual(
      bare(htmlToBlocks('<template><p>Kuura Oy</p></template>', { fragment: true }).blocks),
      [{ kind: 'paragraph', markdown: 'Kuura Oy' }],
    );
  });

  it('reads a list whose items are a label and text as labels and text', () => {
    const html =
      '<ol><li><span class="label">Rekisterinpitäjä</span><div>Kuura Oy</div></li><li><span>Rekisterin nimi</span><p>Asiakkaat</p></li></ol>';
    assert.deepEqual(
      bare(htmlToBlocks(html).blocks).map((block) => (block as { markdown: string }).markdown),
      ['1\\. Rekisterinpitäjä', 'Kuura Oy', '2\\. Rekisterin nimi', 'Asiakkaat'],
    );
  });

  it('leaves out scripts, buttons, navigation and script links', () => {
    const read = htmlToBlocks(
      '<p>Teksti<script>alert(1)</script></p><button>Sulje</button><nav><a href="/">Etusivu</a></nav><p><a href="javascript:alert(1)">linkki</a></p>',
    );
    assert.deepEqual(bare(read.blocks), [
      { kind: 'paragraph', markdown: 'Teksti' },
      { kind: 'paragraph', markdown: 'linkki' },
    ]);
  });

  it('narrows a whole page to its main content with Readability', () => {
    const filler = 'Tietoja käsitellään huolellisesti ja vain tarpeen mukaan. '.repeat(6);
    const page = `<html><body><header><nav><a href="/">Etusivu</a></nav></header>
      <div class="text"><h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Kuura Oy</p>
      <h2>Henkilötietojen käsittelyn tarkoitus</h2><p>${filler}</p></div>
      <footer><p>Kuura Oy · Kaikki oikeudet pidätetään · Sivukartta</p></footer></body></html>`;
    const read = htmlToBlocks(page);
    const texts = bare(read.blocks).map((block) =>
      String('markdown' in block ? block.markdown : (block as { text: string }).text),
    );
    assert.ok(texts.includes('Rekisterinpitäjä'), texts.join(' | '));
    assert.ok(!texts.some((text) => /Sivukartta|Etusivu/.test(text)), texts.join(' | '));
    assert.match(read.notes.join(' '), /Readability/);
  });

  it('reads Word-style numbered headings, bullets written into items and <br> lists', () => {
    const html =
      '<ol><li>Rekisterin tietosisältö</li></ol><ul style="list-style-type:none"><li>- nimi</li><li>- osoite</li></ul><ol><li>Tietojen luovutukset</li></ol><p>- kuljetusliike<br>- kirjanpitäjä</p>';
    assert.deepEqual(bare(htmlToBlocks(html).blocks), [
      { kind: 'paragraph', markdown: 'Rekisterin tietosisältö' },
      { kind: 'list', markdown: '- nimi\n- osoite' },
      { kind: 'paragraph', markdown: 'Tietojen luovutukset' },
      { kind: 'list', markdown: '- kuljetusliike\n- kirjanpitäjä' },
    ]);
  });

  it('splits a list pasted without its items, but not a compound word', () => {
    assert.equal(
      flatList('- nimi- asiakas- ja laskutusosoite'),
      '- nimi\n- asiakas- ja laskutusosoite',
    );
  });
});

describe('page templates', () => {
  it('knows them by extension, else by their look', () => {
    assert.equal(templateKind('tietosuoja.vue'), 'vue');
    assert.equal(templateKind('Tietosuoja.tsx'), 'jsx');
    assert.equal(templateKind(undefined, '<p><?php echo $name ?></p>'), 'php');
    assert.equal(templateKind(undefined, '<#if x>a</#if>'), 'ftl');
    assert.equal(templateKind('seloste.html', '<p>x</p>'), 'html');
  });

  it('takes out template code and says so, keeping every line where it was', () => {
    const vue = templateToHtml(
      '<template>\n<p>Hei {{ name }}</p>\n</template>\n<script>x</script>',
      'vue',
    );
    assert.equal(vue.html, '\n<p>Hei </p>\n\n');
    assert.match(vue.notes[0], /^Could not read 1 expression \(\{\{ … \}\}\) of the Vue template/);
    assert.equal(templateToHtml('<p><?php echo $x; ?>Kuura Oy</p>', 'php').html, '<p>Kuura Oy</p>');
    assert.equal(
      templateToHtml('<#if locale == "fi">\n<p>${x}Kuura</p>\n</#if>', 'ftl').html,
      '\n<p>Kuura</p>\n',
    );
  });

  it('keeps static text in JSX expressions and blanks code around the markup', () => {
    const jsx = templateToHtml(
      'import React from \'react\';\nexport default () => (\n  <div className="x">Nimi{\' \'}ja {"osoite"} {items.map((i) => <b>{i}</b>)}<Foo /></div>\n);',
      'jsx',
    );
    assert.equal(jsx.html, '\n\n<div className="x">Nimi ja osoite <Foo ></Foo></div>\n');
    assert.match(jsx.notes[0], /1 expression/);
  });

  it('keeps the text arguments of FreeMarker macros', () => {
    assert.deepEqual(macroTexts('<@u.link href=href label="Lue lisää" />'), ['Lue lisää']);
    assert.deepEqual(macroTexts('<@u.scrambleEmail "info@om.fi" />'), ['info@om.fi']);
  });
});

describe('script reader', () => {
  it('reads headings and texts from object literals, with their languages', () => {
    const source = `const t = {
      fi: { title: 'Tietosuojaseloste', sections: [
        { heading: '1. Rekisterinpitäjä', content: 'Kuura Oy' },
        { heading: '2. Käsittelyn tarkoitus', content: 'Tilaukset.' },
        { heading: '3. Säilytysaika', content: 'Kaksi vuotta.' } ] },
      en: { sections: [{ heading: '1. Controller', content: 'Kuura Oy' }] } };`;
    const read = scriptToBlocks(source);
    assert.ok(read);
    assert.deepEqual(read.blocks.slice(0, 3), [
      { kind: 'heading', text: 'Tietosuojaseloste', level: 1, line: 2, lang: 'fi' },
      { kind: 'heading', text: '1. Rekisterinpitäjä', level: 2, line: 3, lang: 'fi' },
      { kind: 'paragraph', markdown: 'Kuura Oy', line: 3, lang: 'fi' },
    ]);
    assert.equal(read.blocks.at(-1)?.lang, 'en');
  });

  it('declines a script with too few headings and texts', () => {
    assert.equal(scriptToBlocks("const x = { title: 'A', text: 'B' };"), undefined);
  });
});

describe('the shared passes', () => {
  it('turns a label/text table into headings and text, leaving out its header row', () => {
    const cell = (text: string) => ({ text, blocks: [paragraph(text)] });
    const notes: string[] = [];
    const blocks = tables(
      [
        {
          kind: 'table',
          header: true,
          rows: [
            [cell('Kohta'), cell('Kuvaus')],
            [cell('Rekisterin nimi'), cell('Asiakasrekisteri')],
            [cell('Säilytysaika'), cell('Kaksi vuotta')],
          ],
        },
      ],
      notes,
    );
    assert.deepEqual(bare(blocks), [
      { kind: 'heading', text: 'Rekisterin nimi', level: 2 },
      { kind: 'paragraph', markdown: 'Asiakasrekisteri' },
      { kind: 'heading', text: 'Säilytysaika', level: 2 },
      { kind: 'paragraph', markdown: 'Kaksi vuotta' },
    ]);
    assert.match(notes[0], /header row \("Kohta \| Kuvaus"\) was left out/);
  });

  it('turns a table of labels and values into lines, and a table of data into a Markdown table', () => {
    const cell = (text: string) => ({ text, blocks: [paragraph(text)] });
    assert.deepEqual(
      bare(
        tables(
          [
            {
              kind: 'table',
              header: false,
              rows: [
                [cell('Nimi:'), cell('Kuura Oy')],
                [cell('Puhelin:'), cell('020 123 4567')],
              ],
            },
          ],
          [],
        ),
      ),
      [{ kind: 'paragraph', markdown: 'Nimi: Kuura Oy\\\nPuhelin: 020 123 4567' }],
    );
    const data = tables(
      [
        {
          kind: 'table',
          header: true,
          rows: [
            [cell('Palvelu'), cell('Tarkoitus')],
            [cell('Maksunvälittäjä'), cell('Maksut')],
          ],
        },
      ],
      [],
    );
    assert.deepEqual(bare(data), [
      {
        kind: 'paragraph',
        markdown: '| Palvelu | Tarkoitus |\n| --- | --- |\n| Maksunvälittäjä | Maksut |',
      },
    ]);
  });

  it('marks short lines as labels and splits a label off its paragraph', () => {
    assert.deepEqual(bare(labels([paragraph('**Rekisterinpitäjä**\\\nKuura Oy')], [])), [
      {
        kind: 'paragraph',
        markdown: '**Rekisterinpitäjä**',
        label: '**Rekisterinpitäjä**',
        strong: true,
      },
      { kind: 'paragraph', markdown: 'Kuura Oy', label: 'Kuura Oy' },
    ]);
  });

  it('finds a label at the start of a line, and not in bold text that names nothing', () => {
    assert.deepEqual(leadLabel('**Rekisterinpitäjä:** Kuura Oy'), {
      label: '**Rekisterinpitäjä:**',
      rest: 'Kuura Oy',
    });
    assert.deepEqual(leadLabel('Rekisterin nimi Asiakasrekisteri'), {
      label: 'Rekisterin nimi',
      rest: 'Asiakasrekisteri',
    });
    assert.equal(leadLabel('**Kuura Oy** myy kahvia.'), undefined);
    assert.equal(leadLabel('Muutokset Tietosuojaselosteeseen'), undefined);
    assert.equal(leadLabel('Rekisterinpitäjä vastaa tietojen käsittelystä.'), undefined);
  });
});

describe('heading matching', () => {
  const id = (heading: string) => matchHeading(cleanHeading(heading).text)?.id;

  it('strips numbering, emphasis and colons', () => {
    assert.deepEqual(cleanHeading('3) Rekisterin nimi:'), { text: 'Rekisterin nimi', number: 3 });
    assert.deepEqual(cleanHeading('§ 5 Tietojen luovutus'), {
      text: 'Tietojen luovutus',
      number: 5,
    });
    assert.deepEqual(cleanHeading('**REKISTERINPITÄJÄ**'), { text: 'REKISTERINPITÄJÄ' });
  });

  it('knows the wordings in Finnish, Swedish and English, the old register form and questions', () => {
    const cases: [string, string][] = [
      ['Rekisteriasioista vastaava henkilö ja/tai yhteyshenkilö', 'contact'],
      ['Henkilötietojen käsittelyn tarkoitus / rekisterin käyttötarkoitus', 'purposes'],
      ['ATK:lla käsiteltävät tiedot', 'securityElectronic'],
      ['Den registeransvariges namn', 'controller'],
      ['Regelmässig överlåtelse av uppgifter', 'disclosures'],
      ['Principer för skydd av registret', 'security'],
      ['Den registrerades rätt till insyn', 'rights'],
      ['Mihin tarkoituksiin rekisteriä käytetään?', 'purposes'],
      ['Minkälaisia tietoja rekisteri sisältää?', 'dataContent'],
      ['Kuinka kauan tietoja säilytetään?', 'retention'],
      ['Who do we share your data with?', 'disclosures'],
      ['Vastustamisoikeus', 'rights'],
      ['Oikeus tehdä valitus valvontaviranomaiselle', 'complaint'],
      ['Rekisterinpitäjä ja sen yhteystiedot', 'controller'],
      ['Registrar', 'controller'],
      ['Retension period', 'retention'],
      ['Henkilötietojen käsittelijät', 'disclosures'],
      ['Evästeiden (cookies) käyttö', 'cookies'],
    ];
    for (const [heading, expected] of cases) assert.equal(id(heading), expected, heading);
    assert.equal(id('Anonyymi verkkoanalytiikka'), undefined);
    assert.equal(id('Yhteystiedot'), undefined);
  });

  it('names both sections of a heading that names two, in its own order', () => {
    const heading = 'Oikeusperuste ja henkilötietojen käsittelyn tarkoitus';
    assert.deepEqual(namedInOrder(heading, matchHeading(heading)!), ['legalBasis', 'purposes']);
    const transfer = 'Tietojen luovutus ja siirto EU:n ulkopuolelle';
    assert.deepEqual(namedInOrder(transfer, matchHeading(transfer)!), ['disclosures', 'transfers']);
  });

  it('tells a notice title', () => {
    assert.ok(isNoticeTitle('TIETOSUOJASELOSTE — Asiakasrekisteri'));
    assert.ok(isNoticeTitle('Registerbeskrivning över medlemsregistret'));
    assert.ok(isNoticeTitle('Data Protection and Information Management Statement'));
    assert.ok(!isNoticeTitle('Rekisterin nimi'));
  });
});

describe('contact blocks', () => {
  it('reads a block of lines: company, street, postcode and town, business id', () => {
    const { parties, rest } = readParties(
      [
        'Pyörä Vanne Oy\nPinnakuja 3 B\n33100 Tampere\nY-tunnus 2718282-8\nYhteyshenkilö: Vilma Vanne',
      ],
      'controller',
    );
    assert.deepEqual(parties.controller, {
      name: 'Pyörä Vanne Oy',
      businessId: '2718282-8',
      address: 'Pinnakuja 3 B, 33100 Tampere',
    });
    assert.deepEqual(parties.contact, { name: 'Vilma Vanne' });
    assert.deepEqual(rest, []);
  });

  it('reads everything from one line', () => {
    assert.deepEqual(
      readParties(
        ['Kuura Oy Paahtimontie 4 90100 Oulu 358 (0)40 123 4567 info@kuura.example'],
        'controller',
      ).parties.controller,
      {
        name: 'Kuura Oy',
        phone: '+358 (0)40 123 4567',
        email: 'info@kuura.example',
        address: 'Paahtimontie 4, 90100 Oulu',
      },
    );
    assert.deepEqual(
      readParties(['Partiokauppa, Hepolamminkatu 10, 33710 TAMPERE'], 'controller').parties
        .controller,
      { name: 'Partiokauppa', address: 'Hepolamminkatu 10, 33710 Tampere' },
    );
  });

  it('skips labels with no value of their own and keeps a building line in the address', () => {
    const { parties } = readParties(
      [
        '**Nimi**',
        'Joel Järvi',
        '**Yhteystiedot**',
        'Agora, Ag C233.2\\\nPL 35\\\n40014 Jyväskylän yliopisto',
      ],
      'controller',
    );
    assert.deepEqual(parties.controller, {
      name: 'Joel Järvi',
      address: 'Agora, Ag C233.2, PL 35, 40014 Jyväskylän yliopisto',
    });
  });

  it('finds a name and an address in a sentence', () => {
    assert.deepEqual(factsInProse('Asioissa palvelee Matti Muru, muru@kuura.example.'), {
      name: 'Matti Muru',
      email: 'muru@kuura.example',
      more: false,
    });
  });
});

describe('sections', () => {
  const sectionsOf = (text: string) =>
    toSections(runPasses(textToBlocks(text).blocks, [])).sections;

  it('does not let a repeated number swallow the next section', () => {
    const sections = sectionsOf(
      '8. Tietojen luovutukset\n\nEi luovuteta.\n\n9. Rekisterin suojauksen periaatteet\n\nSalasanat.\n\n9. Oikeus tarkistaa ja muokata rekisterin tietoja\n\nVoit tarkistaa tietosi.',
    );
    assert.deepEqual(
      sections.map((section) => section.match?.id),
      ['disclosures', 'security', 'rights'],
    );
  });

  it('opens security with its part named in the heading', () => {
    const { notice } = importNotice(
      'Rekisterin suojauksen periaatteet A: Manuaalinen aineisto\n\nLukittu kaappi.',
      { today: '2026-11-22', lang: 'fi' },
    );
    assert.deepEqual(notice.security, { manual: { fi: 'Lukittu kaappi.' } });
  });

  it('starts a second notice where the numbering starts again', () => {
    const text = [
      '1. Rekisterinpitäjä',
      'A Oy',
      '2. Rekisterin nimi',
      'A',
      '3. Rekisterin tietosisältö',
      'Nimi',
      '1. Rekisterinpitäjä',
      'B Oy',
      '2. Rekisterin nimi',
      'B',
    ].join('\n\n');
    assert.deepEqual(
      splitParts(sectionsOf(text)).map((part) => part.length),
      [3, 2],
    );
  });

  it('guesses the format of a document', () => {
    assert.equal(guessFormat('<table><tr><td>x</td></tr></table>'), 'html');
    assert.equal(guessFormat('', 'seloste.md'), 'markdown');
    assert.equal(guessFormat('', 'tietosuoja.vue'), 'html');
    assert.equal(guessFormat('Otsikko\n=======\n\nTeksti'), 'markdown');
    assert.equal(guessFormat('Rekisterinpitäjä\n\nKuura Oy'), 'text');
  });

  it('takes the details under "Contact us" for the controller when the notice names none', () => {
    const { notice, guessed } = importNotice(
      '## Information we collect\n\nYour name.\n\n## Contact us\n\nNorthern Candles Ltd, hello@candles.example',
      { today: '2026-11-22', format: 'markdown' },
    );
    assert.deepEqual(notice.controller, {
      name: 'Northern Candles Ltd',
      email: 'hello@candles.example',
    });
    assert.equal(notice.contact, undefined);
    assert.match(guessed.join(' '), /names no controller/);
    assert.deepEqual(notice.dataContent, { en: 'Your name.' });
  });

  it('imports one notice in two languages from one document', () => {
    const text = [
      '1. Rekisterinpitäjä',
      'Kuura Oy, Paahtimontie 4, 90100 Oulu',
      '2. Rekisterin nimi',
      'Asiakasrekisteri, jonka tiedot ovat asiakkaiden omia ja niitä käsitellään huolella',
      '3. Henkilötietojen käsittelyn tarkoitus',
      'Tilausten toimittaminen ja laskutus sekä asiakkaiden palveleminen',
      '1. Personuppgiftsansvarig',
      'Kuura Ab, Rostvägen 4, 90100 Uleåborg',
      '2. Registrets namn',
      'Kundregistret som är för kunderna och deras uppgifter',
      '3. Ändamålet med behandlingen av personuppgifter',
      'Leverans av beställningar och fakturering till kunderna',
    ].join('\n\n');
    const { notice, languages, parts } = importNotice(text, { today: '2026-11-22' });
    assert.deepEqual(languages, ['fi', 'sv']);
    assert.equal(parts, 1);
    assert.deepEqual(notice.controller.name, { fi: 'Kuura Oy', sv: 'Kuura Ab' });
    assert.deepEqual(Object.keys(notice.purposes as object), ['fi', 'sv']);
  });
});
