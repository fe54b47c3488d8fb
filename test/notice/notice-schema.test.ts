import { expect } from '@open-wc/testing';
import {
  finnishBusinessIdProblem,
  MAX_ISSUES,
  parseNotice,
  type NoticeIssue,
} from '../../src/notice/notice-schema.js';
import { changed, chained, complete, counting, type Editable } from './complete-notice.js';

const paths = (issues: NoticeIssue[]) => issues.map((issue) => issue.path);

function errorsOf(json: unknown): NoticeIssue[] {
  const result = parseNotice(json);
  expect(result.notice).to.equal(undefined);
  return result.errors;
}

describe('parseNotice', () => {
  it('returns a complete notice as it is, without errors or warnings', () => {
    const notice = complete();
    expect(parseNotice(notice)).to.deep.equal({
      notice,
      errors: [],
      warnings: [],
    });
  });

  it('accepts the smallest notice; what GDPR expects is checked elsewhere', () => {
    const result = parseNotice({ version: 1, updated: '2025-01-01', controller: { name: 'X' } });
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
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
        const result = parseNotice(json);
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
    const result = parseNotice(changed((n) => (n.controller.businessId = '1618033-4')));
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

describe('parseNotice on hostile input', () => {
  it('refuses an email address that carries mailto parameters', () => {
    for (const email of [
      'info@kuura.example?body=Hei',
      'info@kuura.example?subject=x&body=y',
      'info@kuura.example&cc=other@example.fi',
      'info%40kuura.example',
      'info@kuura.example#x',
    ]) {
      const errors = errorsOf(changed((n) => (n.controller.email = email)));
      expect(paths(errors), email).to.deep.equal(['controller.email']);
    }
    const [error] = errorsOf(changed((n) => (n.dpo = { name: 'X', email: 'x@y.fi?body=z' })));
    expect(error.message).to.equal(
      'Write the address alone, without mailto parameters such as ?subject= or ?body=: "x@y.fi".',
    );
    expect(
      parseNotice(changed((n) => (n.controller.email = 'etu.suku+kuura@kuura.example'))).errors,
    ).to.deep.equal([]);
  });

  it('lists at most MAX_ISSUES errors of 150 000 and counts the rest', () => {
    const json = changed((n) => {
      for (let i = 0; i < 150_000; i++) n[`tuntematon${i}`] = i;
    });
    const result = parseNotice(json);
    expect(result.errors.length).to.equal(MAX_ISSUES);
    expect(result.omitted).to.deep.equal({ errors: 150_000 - MAX_ISSUES, warnings: 0 });
  });

  it('checks a chain of extra sections in time linear in its length', () => {
    const readsFor = (count: number) => {
      const { list, reads } = counting(chained(count)!);
      const result = parseNotice({ ...complete(), extraSections: list });
      expect(result.errors, `${count}`).to.deep.equal([]);
      return reads();
    };
    // Reading each section a fixed number of times: twice the sections, about twice the reads.
    expect(readsFor(2000) / readsFor(1000)).to.be.below(2.5);
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
