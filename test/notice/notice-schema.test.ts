import { expect } from '@open-wc/testing';
import {
  checkNotice,
  finnishBusinessIdProblem,
  localize,
  noticeLanguages,
  parseNotice,
  sectionOrder,
  type NoticeIssue,
} from '../../src/notice/notice-schema.js';
import type { Notice } from '../../src/notice/types.js';

const TODAY = '2026-11-22';

/** A complete notice in Finnish and Swedish, which parses without errors or warnings. */
function complete(): Notice {
  const text = (fi: string, sv: string) => ({ fi, sv });
  return {
    version: 1,
    languages: ['fi', 'sv'],
    created: '2024-01-10',
    updated: '2025-06-01',
    controller: {
      name: 'Kahvipaahtimo Kuura Oy',
      businessId: '1618033-3',
      address: 'Paahtimontie 4, 90100 Oulu',
      email: 'asiakaspalvelu@kuura.example',
      phone: '020 123 4567',
      website: 'https://kuura.example',
    },
    purposes: text('Tilausten toimittaminen.', 'Leverans av beställningar.'),
    legalBasis: text('Sopimus.', 'Avtal.'),
    dataContent: text('Nimi ja osoite.', 'Namn och adress.'),
    retention: text('Kaksi vuotta.', 'Två år.'),
    disclosures: text('Kuljetusliike.', 'Transportbolaget.'),
    transfers: text('Ei siirtoja EU:n ulkopuolelle.', 'Inga överföringar utanför EU.'),
    security: {
      manual: text('Lukittu kaappi.', 'Låst skåp.'),
      electronic: text('Salasanat.', 'Lösenord.'),
    },
    rights: text('Tarkastus, oikaisu ja poisto.', 'Insyn, rättelse och radering.'),
    complaint: text('Tietosuojavaltuutettu.', 'Dataombudsmannen.'),
    extraSections: [
      {
        id: 'uutiskirje',
        title: text('Uutiskirje', 'Nyhetsbrev'),
        text: text('Kerran kuussa.', 'En gång i månaden.'),
        after: 'rights',
      },
    ],
  };
}

/** A notice as plain JSON, to break in any place. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests reach anywhere in it
type Editable = Record<string, any>;

/** `complete()` changed by `change`, as plain JSON. */
function changed(change: (notice: Editable) => void): unknown {
  const notice = JSON.parse(JSON.stringify(complete()));
  change(notice);
  return notice;
}

const paths = (issues: NoticeIssue[]) => issues.map((issue) => issue.path);

function errorsOf(json: unknown): NoticeIssue[] {
  const result = parseNotice(json, { today: TODAY });
  expect(result.notice).to.equal(undefined);
  return result.errors;
}

describe('parseNotice', () => {
  it('returns a complete notice as it is, without errors or warnings', () => {
    const notice = complete();
    expect(parseNotice(notice, { today: TODAY })).to.deep.equal({
      notice,
      errors: [],
      warnings: [],
    });
  });

  it('accepts the smallest notice, with warnings for what it leaves out', () => {
    const result = parseNotice(
      { version: 1, updated: '2025-01-01', controller: { name: 'X' } },
      { today: TODAY },
    );
    expect(result.errors).to.deep.equal([]);
    expect(paths(result.warnings)).to.deep.equal([
      'controller',
      'purposes',
      'legalBasis',
      'dataContent',
      'retention',
      'disclosures',
      'transfers',
      'rights',
      'complaint',
    ]);
  });

  const garbage: [string, unknown][] = [
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ version: 1 }]],
    ['a string', '{"version":1}'],
    ['a number', 1],
    ['a function', () => 1],
    ['a symbol', Symbol('notice')],
    ['a bigint', 10n],
  ];
  for (const [what, json] of garbage) {
    it(`rejects ${what} without throwing`, () => {
      const errors = errorsOf(json);
      expect(paths(errors)).to.deep.equal(['']);
      expect(errors[0].message).to.match(/^Expected a privacy notice/);
    });
  }

  it('survives deeply wrong types everywhere', () => {
    const wrong = [null, 0, true, 'x', [], {}, [[null]], { fi: { fi: {} } }, [{ id: {} }]];
    const keys = [
      'version',
      'languages',
      'created',
      'updated',
      'controller',
      'contact',
      'dpo',
      'registerName',
      'purposes',
      'security',
      'headings',
      'extraSections',
      '__proto__',
    ];
    for (const key of keys) {
      for (const value of wrong) {
        const json = { ...complete() };
        Object.defineProperty(json, key, { value, enumerable: true });
        const result = parseNotice(json, { today: TODAY });
        if (result.notice) expect(result.errors, key).to.deep.equal([]);
        else expect(result.errors.length, key).to.be.greaterThan(0);
      }
    }
    const sections = { extraSections: [null, 1, [], { id: {}, title: [], text: null, after: 5 }] };
    expect(paths(errorsOf({ ...complete(), ...sections }))).to.deep.equal([
      'extraSections[0]',
      'extraSections[1]',
      'extraSections[2]',
      'extraSections[3].id',
      'extraSections[3].title',
      'extraSections[3].text',
      'extraSections[3].after',
    ]);
  });

  it('names each missing required property', () => {
    expect(paths(errorsOf({}))).to.deep.equal(['version', 'updated', 'controller']);
    expect(paths(errorsOf(changed((n) => delete n.controller.name)))).to.deep.equal([
      'controller.name',
    ]);
    expect(paths(errorsOf(changed((n) => (n.extraSections[0] = { id: 'x' }))))).to.deep.equal([
      'extraSections[0].title',
      'extraSections[0].text',
    ]);
  });

  it('reads version 1 only', () => {
    expect(errorsOf(changed((n) => (n.version = 2)))[0].message).to.equal(
      'Unsupported format version 2: this Seloste reads version 1.',
    );
    expect(paths(errorsOf(changed((n) => (n.version = '1'))))).to.deep.equal(['version']);
  });

  it('points to the exact place of a wrong value', () => {
    const json = changed((n) => {
      n.controller.email = 'asiakaspalvelu(at)kuura.example';
      n.extraSections[0].title.sv = 42;
      n.security.manual = { fi: 'x', de: 'y' };
      n.headings = { 'säilytys aika': 'x' };
    });
    expect(paths(errorsOf(json))).to.deep.equal([
      'controller.email',
      'security.manual.de',
      'extraSections[0].title.sv',
      'headings["säilytys aika"]',
    ]);
  });

  it('suggests what an unknown property was meant to be', () => {
    const [retention] = errorsOf(changed((n) => (n.retension = n.retention)));
    expect(retention).to.deep.equal({
      path: 'retension',
      message: 'Unknown property "retension". Did you mean "retention"?',
    });
    const [basis] = errorsOf(changed((n) => (n.controller.Email = 'x@y.fi')));
    expect(basis.message).to.equal('Unknown property "Email". Did you mean "email"?');
    const [lang] = errorsOf(changed((n) => (n.purposes = { fi: 'x', se: 'y' })));
    expect(lang).to.deep.equal({
      path: 'purposes.se',
      message: '"se" is not a language Seloste knows: use fi, sv or en. Did you mean "sv"?',
    });
  });

  it('checks dates, emails, phone numbers and websites', () => {
    const invalid: [string, (n: Editable) => void, RegExp][] = [
      ['updated', (n) => (n.updated = '2025-02-29'), /^There is no such date as 2025-02-29\.$/],
      ['updated', (n) => (n.updated = '1.6.2025'), /"2025-06-01"/],
      ['created', (n) => (n.created = '2024-1-10'), /YYYY-MM-DD/],
      ['controller.email', (n) => (n.controller.email = 'mailto:a@b.fi'), /Leave out "mailto:"/],
      ['controller.email', (n) => (n.controller.email = 'a@b'), /not an email address/],
      ['controller.phone', (n) => (n.controller.phone = '020-CAFE'), /not a phone number/],
      ['controller.website', (n) => (n.controller.website = 'kuura.example'), /not a web address/],
      [
        'controller.website',
        (n) => (n.controller.website = 'www.kuura.example'),
        /https:\/\/www\.kuura\.example/,
      ],
      [
        'controller.website',
        (n) => (n.controller.website = 'ftp://kuura.example'),
        /Only http and https/,
      ],
    ];
    for (const [path, change, message] of invalid) {
      const errors = errorsOf(changed(change));
      expect(paths(errors)).to.deep.equal([path]);
      expect(errors[0].message).to.match(message);
    }
    expect(parseNotice(changed((n) => (n.updated = '2024-02-29'))).errors).to.deep.equal([]);
    expect(
      parseNotice(changed((n) => (n.controller.website = 'http://kuura.example/fi?x=1#a'))).errors,
    ).to.deep.equal([]);
  });

  it('checks section ids and what they follow', () => {
    const section = (id: unknown, after?: unknown) => ({ id, title: 'T', text: 'x', after });
    const cases: [unknown[], string[], RegExp][] = [
      [[section('Uutiskirje')], ['extraSections[0].id'], /e\.g\. "uutiskirje"/],
      [[section('cookies')], ['extraSections[0].id'], /id of a known section/],
      [[section('a'), section('a')], ['extraSections[1].id'], /Same id as extraSections\[0\]/],
      [[section('a', 'retension')], ['extraSections[0].after'], /Did you mean "retention"\?/],
      [[section('a', 'b')], ['extraSections[0].after'], /No section has the id "b"/],
      [[section('a', 'a')], ['extraSections[0].after'], /cannot follow itself/],
      [
        [section('a', 'b'), section('b', 'a')],
        ['extraSections[0].after', 'extraSections[1].after'],
        /circle/,
      ],
    ];
    for (const [extraSections, expected, message] of cases) {
      const errors = errorsOf(changed((n) => (n.extraSections = extraSections)));
      expect(paths(errors)).to.deep.equal(expected);
      expect(errors[0].message).to.match(message);
    }
    const chained = changed(
      (n) => (n.extraSections = [section('a', 'b'), section('b', 'purposes')]),
    );
    expect(parseNotice(chained).errors).to.deep.equal([]);
  });

  it('tells text per language from security parts', () => {
    expect(paths(errorsOf(changed((n) => (n.security = { fi: 'x', manual: 'y' }))))).to.deep.equal([
      'security',
    ]);
    expect(paths(errorsOf(changed((n) => (n.security = { manul: 'y' }))))).to.deep.equal([
      'security.manul',
    ]);
    expect(parseNotice(changed((n) => (n.security = { fi: 'x', sv: 'y' }))).errors).to.deep.equal(
      [],
    );
  });

  it('warns about a wrong Y-tunnus check digit, but accepts it', () => {
    const result = parseNotice(
      changed((n) => (n.controller.businessId = '1618033-4')),
      { today: TODAY },
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      {
        path: 'controller.businessId',
        message:
          'The check digit of Y-tunnus 1618033-4 does not match its digits (it would be 3): check the number.',
      },
    ]);
  });
});

describe('finnishBusinessIdProblem', () => {
  it('accepts valid ids and ids of other countries', () => {
    for (const id of ['1618033-3', '0111027-9', '2342650-6', '556036-0793', 'HRB 12345']) {
      expect(finnishBusinessIdProblem(id), id).to.equal(undefined);
    }
  });

  it('explains what is wrong with a Finnish one', () => {
    expect(finnishBusinessIdProblem('16180333')).to.equal('Write the Y-tunnus as 1618033-3.');
    expect(finnishBusinessIdProblem('111027-9')).to.equal('Write the Y-tunnus as 0111027-9.');
    expect(finnishBusinessIdProblem('FI16180333')).to.match(
      /VAT number; the business id is 1618033-3/,
    );
    expect(finnishBusinessIdProblem('1234567-8')).to.match(/check digit/);
  });
});

describe('checkNotice', () => {
  it('warns about missing and empty sections GDPR asks for', () => {
    const notice = complete();
    delete notice.retention;
    notice.rights = { fi: ' ', sv: '' };
    notice.transfers = '';
    const warnings = checkNotice(notice, { today: TODAY });
    expect(paths(warnings)).to.deep.equal(['retention', 'transfers', 'rights']);
    expect(warnings[0].message).to.match(/^Missing: say how long the data is kept/);
    expect(warnings[2].message).to.match(/^Empty: tell readers they may access/);
  });

  it('wants a way to contact the controller', () => {
    const notice = complete();
    notice.controller = { name: 'Kuura Oy', website: 'https://kuura.example' };
    expect(paths(checkNotice(notice, { today: TODAY }))).to.deep.equal(['controller']);
  });

  it('checks the dates against each other and today', () => {
    const notice = { ...complete(), created: '2027-06-01', updated: '2027-01-01' };
    expect(checkNotice(notice, { today: TODAY })).to.deep.equal([
      { path: 'updated', message: '2027-01-01 is in the future.' },
      {
        path: 'updated',
        message: 'The notice was updated (2027-01-01) before it was created (2027-06-01).',
      },
    ]);
    expect(checkNotice({ ...complete(), updated: '2026-11-23' }, { today: TODAY })).to.deep.equal(
      [],
    );
  });

  it('finds texts that lack one of the languages', () => {
    const notice = complete();
    notice.extraSections![0].title = { fi: 'Uutiskirje' };
    notice.legalBasis = 'Sopimus.';
    expect(checkNotice(notice, { today: TODAY })).to.deep.equal([
      {
        path: 'legalBasis',
        message:
          'The same text in every language: give it per language, e.g. { "fi": "…", "sv": "…" }.',
      },
      {
        path: 'extraSections[0].title.sv',
        message: 'No Swedish (sv) text. Readers of sv see the Finnish text.',
      },
    ]);
  });

  it('compares the declared languages with those present', () => {
    const notice = { ...complete(), languages: ['fi', 'en'] } as Notice;
    const warnings = checkNotice(notice, { today: TODAY });
    expect(warnings[0]).to.deep.equal({
      path: 'languages[1]',
      message: 'Declared, but no text is given in English (en).',
    });
    expect(warnings[1].path).to.equal('languages');
    expect(warnings[1].message).to.match(/Swedish \(sv\), which is not declared/);
  });

  it('notices headings and placements for sections the notice does not have', () => {
    const notice = { ...complete(), headings: { dpo: 'Tietosuojavastaava' } };
    notice.extraSections = [{ ...notice.extraSections![0], after: 'dpo' }];
    expect(paths(checkNotice(notice, { today: TODAY }))).to.include.members([
      'headings.dpo',
      'extraSections[0].after',
    ]);
  });
});

describe('localize', () => {
  it('picks the language, then the fallbacks, skipping blank text', () => {
    const text = { fi: 'Evästeet', sv: ' ', en: 'Cookies' };
    expect(localize(text, 'en', ['fi'])).to.equal('Cookies');
    expect(localize(text, 'sv', ['fi', 'en'])).to.equal('Evästeet');
    expect(localize({ sv: 'Kakor' }, 'fi', ['en'])).to.equal(undefined);
    expect(localize('Kuura Oy', 'sv', [])).to.equal('Kuura Oy');
    expect(localize(undefined, 'fi', ['sv'])).to.equal(undefined);
  });
});

describe('sectionOrder', () => {
  it('places extra sections after theirs, in list order, followers included', () => {
    const section = (id: string, after?: string) => ({ id, title: id, text: id, after });
    const notice: Notice = {
      ...complete(),
      extraSections: [
        section('loppu'),
        section('uutiskirje', 'cookies'),
        section('arvonta', 'uutiskirje'),
        section('kanta-asiakkaat', 'cookies'),
        section('valvonta', 'dpo'),
      ],
    };
    const order = sectionOrder(notice);
    expect(order.slice(order.indexOf('cookies'))).to.deep.equal([
      'cookies',
      'uutiskirje',
      'arvonta',
      'kanta-asiakkaat',
      'changes',
      'loppu',
    ]);
    expect(order.slice(0, 4)).to.deep.equal(['controller', 'contact', 'dpo', 'valvonta']);
  });
});

describe('noticeLanguages', () => {
  it('gives the declared languages, else those used most, main first', () => {
    expect(noticeLanguages(complete())).to.deep.equal(['fi', 'sv']);
    const undeclared = {
      ...complete(),
      languages: undefined,
      purposes: { sv: 'x', en: 'y' },
      rights: { en: 'z' },
    };
    expect(noticeLanguages(undeclared)).to.deep.equal(['sv', 'fi', 'en']);
    expect(
      noticeLanguages({
        version: 1,
        updated: '2025-01-01',
        controller: { name: 'X' },
        purposes: 'x',
      }),
    ).to.deep.equal([]);
  });
});
