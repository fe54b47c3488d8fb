import { expect } from '@open-wc/testing';
import { matchesCookie } from '../../src/core/cookie-names.js';
import { VENDORS } from '../../src/core/vendors.js';

describe('vendor catalogue', () => {
  it('has each vendor once, in its category', () => {
    expect(VENDORS.map((v) => [v.id, v.category])).to.deep.equal([
      ['googleAnalytics', 'analytics'],
      ['googleAds', 'marketing'],
      ['googleTagManager', 'analytics'],
      ['metaPixel', 'marketing'],
      ['bingUet', 'marketing'],
    ]);
  });

  it('deletes every cookie it tells the visitor about', () => {
    for (const vendor of VENDORS) {
      for (const cookie of vendor.cookies) {
        const name = cookie.name.replace('<id>', 'ABC123');
        expect(
          vendor.patterns.some((pattern) => matchesCookie(name, pattern)),
          `${vendor.id} ${name}`,
        ).to.equal(true);
      }
    }
  });

  it('deletes the legacy Google cookies too', () => {
    const google = VENDORS.find((v) => v.id === 'googleAnalytics')!;
    for (const name of ['_gid', '_gat', '_gat_UA-1-1', '_dc_gtm_UA-1-1']) {
      expect(
        google.patterns.some((pattern) => matchesCookie(name, pattern)),
        name,
      ).to.equal(true);
    }
  });
});
