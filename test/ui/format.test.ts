import { expect } from '@open-wc/testing';
import { formatDays } from '../../src/ui/format.js';

describe('formatDays', () => {
  it('says what Intl.NumberFormat says, without making one', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      for (const days of [1, 2, 7, 30, 90, 120, 365, 390, 400, 730, 1095]) {
        const [unit, count] =
          days % 365 === 0
            ? ['year', days / 365]
            : days > 90 && days % 30 === 0
              ? ['month', days / 30]
              : ['day', days];
        const intl = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' });
        expect(formatDays(days, lang, '–'), `${days} in ${lang}`).to.equal(intl.format(count!));
      }
    }
  });

  it('gives the session text for 0', () => {
    expect(formatDays(0, 'fi', 'istunnon ajan')).to.equal('istunnon ajan');
  });
});
