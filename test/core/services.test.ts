import { expect } from '@open-wc/testing';
import { REJECT_ALL, ACCEPT_ALL } from '../../src/core/consent.js';
import { parseVendorConfig } from '../../src/core/config.js';
import { complete, setServices } from '../../src/core/services.js';
import { pageServices } from '../../src/page-services.js';

const onPage = [
  { id: 'googleAnalytics', category: 'analytics' as const },
  { id: 'hotjar', category: 'analytics' as const },
  { id: 'metaPixel', category: 'marketing' as const },
];

describe('complete', () => {
  it('names every service on the page, as its category says unless refused itself', () => {
    expect(complete({ ...ACCEPT_ALL, services: { hotjar: false } }, onPage)).to.deep.equal({
      analytics: true,
      marketing: true,
      services: { googleAnalytics: true, hotjar: false, metaPixel: true },
    });
  });

  it('refuses a category whose services are all refused', () => {
    const choice = { ...ACCEPT_ALL, services: { metaPixel: false } };
    expect(complete(choice, onPage).marketing).to.equal(false);
  });

  it('keeps a category without services on the page as chosen, and other pages’ services', () => {
    const choice = { ...ACCEPT_ALL, services: { youtube: false } };
    const done = complete(choice, onPage.slice(0, 2));
    expect(done.marketing).to.equal(true);
    expect(done.services).to.include({ youtube: false });
  });
});

describe('setServices', () => {
  it('allows a service of a refused category alone in it', () => {
    expect(setServices(REJECT_ALL, {}, { hotjar: true }, onPage)).to.deep.equal({
      analytics: true,
      marketing: false,
      services: { hotjar: true, googleAnalytics: false },
    });
  });

  it('does not reopen a category the same call refuses', () => {
    expect(
      setServices(REJECT_ALL, { analytics: false }, { hotjar: true }, onPage).analytics,
    ).to.equal(false);
  });
});

describe('pageServices', () => {
  it('gives each built-in vendor the category of the catalogue, without fetching it', async () => {
    const { config } = parseVendorConfig(
      {
        ga4: 'G-TEST1234',
        googleAds: 'AW-123456789',
        metaPixel: '1234567890',
        bingUet: '12345678',
        gtm: 'GTM-ABCD123',
        gtmCategory: 'marketing',
      },
      location.href,
    );
    const services = pageServices(config, {
      dataset: {},
      lang: 'fi',
      nonce: '',
      load: () => Promise.reject(new Error('no services on this page')),
      report: () => {},
    });
    const refs = await services.refs();
    const all = await services.all();
    expect(refs).to.deep.equal(all.map(({ id, category }) => ({ id, category })));
    expect(refs.find(({ id }) => id === 'googleTagManager')?.category).to.equal('marketing');
  });
});
