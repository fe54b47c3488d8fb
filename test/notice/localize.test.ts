import { expect } from '@open-wc/testing';
import { localize, noticeLanguages, sectionOrder } from '../../src/notice/localize.js';
import type { Notice } from '../../src/notice/types.js';
import { chained, complete, counting } from './complete-notice.js';

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

  it('orders 3 000 sections chained by `after`, reading each section a fixed number of times', () => {
    const { list, reads } = counting(chained(3000)!);
    const order = sectionOrder({ ...complete(), extraSections: list });
    expect(order.slice(order.indexOf('rights'), order.indexOf('rights') + 3)).to.deep.equal([
      'rights',
      'osio-0',
      'osio-1',
    ]);
    expect(order.indexOf('osio-2999')).to.equal(order.indexOf('rights') + 3000);
    // Quadratic or worse reads each section thousands of times.
    expect(reads()).to.be.below(3000 * 4);
  });

  it('leaves out sections that follow each other in a circle, without hanging', () => {
    const section = (id: string, after: string) => ({ id, title: id, text: id, after });
    const order = sectionOrder({
      ...complete(),
      extraSections: [section('a', 'b'), section('b', 'a')],
    });
    expect(order).to.not.include('a');
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
