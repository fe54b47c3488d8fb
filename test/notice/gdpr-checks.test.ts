import { expect } from '@open-wc/testing';
import { checkNotice, coveredIn, validateNotice } from '../../src/notice/gdpr-checks.js';
import type { NoticeIssue } from '../../src/notice/notice-schema.js';
import type { Notice } from '../../src/notice/types.js';
import { complete } from './complete-notice.js';

const TODAY = '2026-11-22';
const paths = (issues: NoticeIssue[]) => issues.map((issue) => issue.path);
const warningsOf = (notice: Notice) => checkNotice(notice, { today: TODAY }).warnings;

describe('checkNotice', () => {
  it('finds nothing to say about a complete notice', () => {
    expect(checkNotice(complete(), { today: TODAY })).to.deep.equal({ warnings: [], notes: [] });
  });

  it('warns about missing and empty sections GDPR asks for', () => {
    const notice = complete();
    delete notice.retention;
    notice.rights = { fi: ' ', sv: '' };
    notice.transfers = '';
    const warnings = warningsOf(notice);
    expect(paths(warnings)).to.deep.equal(['retention', 'transfers', 'rights']);
    expect(warnings[0].message).to.match(/^Missing: say how long the data is kept/);
    expect(warnings[2].message).to.match(/^Empty: tell readers they may access/);
  });

  it('notes, without warning, a topic that another section covers', () => {
    const notice = complete();
    delete notice.complaint;
    delete notice.legalBasis;
    notice.rights = {
      fi: 'Voit tarkastaa tietosi. Voit tehdä valituksen tietosuojavaltuutetulle.',
      sv: 'Du kan klaga hos dataombudsmannen.',
    };
    notice.purposes = {
      fi: 'Toimitamme tilaukset. Käsittely perustuu asiakkaan kanssa tehtyyn sopimukseen.',
      sv: 'Leverans. Behandlingen grundar sig på avtal.',
    };
    const { warnings, notes } = checkNotice(notice, { today: TODAY });
    expect(warnings).to.deep.equal([]);
    expect(paths(notes)).to.deep.equal(['legalBasis', 'complaint']);
    expect(notes[1].message).to.match(/^No section of its own, but rights speaks of it/);
  });

  it('still warns when a topic is only named in passing', () => {
    const notice = complete();
    delete notice.complaint;
    notice.rights = { fi: 'Voit tehdä valituksen meille.', sv: 'Du kan klaga till oss.' };
    expect(paths(warningsOf(notice))).to.deep.equal(['complaint']);
  });

  it('points out placeholders left from a template', () => {
    const notice = complete();
    notice.contact = { name: '<insert>' };
    notice.registerName = { fi: 'Rekisteri [ALOITTEEN NIMI]', sv: 'Registret' };
    notice.legalBasis = { fi: 'Laki (mikä).', sv: 'Lag.' };
    notice.purposes = { fi: 'Lue [GDPR](https://gdpr.example) ja XX.', sv: 'Leverans.' };
    expect(paths(warningsOf(notice))).to.deep.equal([
      'contact.name',
      'registerName.fi',
      'legalBasis.fi',
    ]);
  });

  it('wants a way to contact the controller', () => {
    const notice = complete();
    notice.controller = { name: 'Kuura Oy', website: 'https://kuura.example' };
    expect(paths(warningsOf(notice))).to.deep.equal(['controller']);
  });

  it('checks the dates against each other and today', () => {
    const notice = { ...complete(), created: '2027-06-01', updated: '2027-01-01' };
    expect(warningsOf(notice)).to.deep.equal([
      { path: 'updated', message: '2027-01-01 is in the future.' },
      {
        path: 'updated',
        message: 'The notice was updated (2027-01-01) before it was created (2027-06-01).',
      },
    ]);
    expect(warningsOf({ ...complete(), updated: '2026-11-23' })).to.deep.equal([]);
  });

  it('finds texts that lack one of the languages', () => {
    const notice = complete();
    notice.extraSections![0].title = { fi: 'Uutiskirje' };
    notice.legalBasis = 'Sopimus.';
    expect(warningsOf(notice)).to.deep.equal([
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
    const warnings = warningsOf(notice);
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
    expect(paths(warningsOf(notice))).to.include.members([
      'headings.dpo',
      'extraSections[0].after',
    ]);
  });
});

describe('coveredIn', () => {
  it('finds a topic inside another section, in Finnish, Swedish and English', () => {
    const notice = complete();
    notice.extraSections![0].text = { fi: 'Tietoja ei siirretä EU:n ulkopuolelle.', sv: '-' };
    delete notice.transfers;
    expect(coveredIn(notice, 'transfers')).to.deep.equal({
      path: 'extraSections[0]',
      words: 'eu n ulkopuolelle',
    });
    notice.extraSections![0].text = { en: 'We keep the data for two years.', fi: '-' };
    delete notice.retention;
    expect(coveredIn(notice, 'retention')?.path).to.equal('extraSections[0]');
  });
});

describe('validateNotice', () => {
  it('parses, then checks: errors and no checks for a broken notice', () => {
    const broken = validateNotice({ version: 1 });
    expect(paths(broken.errors)).to.deep.equal(['updated', 'controller']);
    expect(broken.notes).to.deep.equal([]);
    const smallest = validateNotice(
      { version: 1, updated: '2025-01-01', controller: { name: 'X' } },
      { today: TODAY },
    );
    expect(smallest.errors).to.deep.equal([]);
    expect(paths(smallest.warnings)).to.deep.equal([
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

  it('keeps the parser warnings first', () => {
    const notice = {
      ...complete(),
      controller: { ...complete().controller, businessId: '1618033-4' },
    };
    delete (notice as Partial<Notice>).retention;
    expect(paths(validateNotice(notice, { today: TODAY }).warnings)).to.deep.equal([
      'controller.businessId',
      'retention',
    ]);
  });
});
