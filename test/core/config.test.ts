import { expect } from '@open-wc/testing';
import { CHOICES, parseConfig } from '../../src/core/config.js';
import { explain } from '../../src/core/explain.js';

const PAGE = 'https://www.example.fi/kauppa/';

/** The configuration, with its problems in the console's words. */
const parse = (
  dataset: Record<string, string>,
  htmlLang?: string,
  browserLangs: string[] = [],
  pageUrl = PAGE,
) => {
  const { config, problems } = parseConfig({ dataset, htmlLang, browserLangs, pageUrl });
  return {
    config,
    problems: problems.map((problem) => explain(problem, new URL(pageUrl).hostname)),
  };
};

describe('parseConfig', () => {
  it('has safe defaults for an empty tag', () => {
    const { config, problems } = parse({});
    expect(problems).to.deep.equal([]);
    expect(config).to.deep.include({
      ga4: [],
      googleAds: [],
      metaPixel: [],
      bingUet: undefined,
      lang: 'en',
      consentDays: 365,
      revision: '',
      layout: 'bar',
      theme: 'auto',
      reloadOnRevoke: true,
      gtagSrc: undefined,
      metaPixelSrc: undefined,
      bingUetSrc: undefined,
    });
  });

  it('reads vendor ids, several where a vendor allows it', () => {
    const { config, problems } = parse({
      ga4: 'G-ABC1234, G-XYZ9876',
      googleAds: 'AW-123456789',
      metaPixel: '1234567890 9876543210',
      bingUet: '12345678',
    });
    expect(problems).to.deep.equal([]);
    expect(config.ga4).to.deep.equal(['G-ABC1234', 'G-XYZ9876']);
    expect(config.googleAds).to.deep.equal(['AW-123456789']);
    expect(config.metaPixel).to.deep.equal(['1234567890', '9876543210']);
    expect(config.bingUet).to.equal('12345678');
  });

  it('leaves out a malformed id and names it', () => {
    const { config, problems } = parse({ ga4: 'UA-12345-1 G-GOOD123', bingUet: '123 456789' });
    expect(config.ga4).to.deep.equal(['G-GOOD123']);
    expect(problems).to.deep.equal([
      'data-ga4="UA-12345-1" ignored: expected an id like G-XXXXXXX.',
      'data-bing-uet="123" ignored: expected an id like 12345678.',
    ]);
    expect(config.bingUet).to.equal('456789');
  });

  it('reads GTM containers and the category that loads them', () => {
    const { config, problems } = parse({ gtm: 'GTM-ABC1234 GTM-12', gtmCategory: 'necessary' });
    expect(config.gtm).to.deep.equal(['GTM-ABC1234']);
    expect(config.gtmCategory).to.equal('analytics');
    expect(problems).to.deep.equal([
      'data-gtm="GTM-12" ignored: expected an id like GTM-XXXXXXX.',
      'data-gtm-category="necessary" ignored: expected analytics | marketing.',
    ]);
    expect(parse({ gtm: 'GTM-ABC1234', gtmCategory: 'marketing' }).config.gtmCategory).to.equal(
      'marketing',
    );
  });

  it('takes one UET tag id', () => {
    const { config, problems } = parse({ bingUet: '1234567 7654321' });
    expect(config.bingUet).to.equal('1234567');
    expect(problems).to.deep.equal(['data-bing-uet="7654321" ignored: expected one tag id.']);
  });

  it('names attributes Seloste does not have, such as typos', () => {
    const { problems } = parse({ ga: 'G-ABC1234', metaPixelId: '123' });
    expect(problems).to.deep.equal([
      'data-ga ignored: not an attribute of Seloste.',
      'data-meta-pixel-id ignored: not an attribute of Seloste.',
    ]);
  });

  describe('language', () => {
    it('takes data-lang first', () => {
      expect(parse({ lang: 'sv' }, 'fi').config.lang).to.equal('sv');
    });
    it('then the page language, region subtags ignored', () => {
      expect(parse({}, 'sv-FI', ['fi']).config.lang).to.equal('sv');
    });
    it('then the first browser language Seloste speaks', () => {
      expect(parse({}, 'de', ['de-DE', 'fi-FI', 'en']).config.lang).to.equal('fi');
    });
    it('else English', () => {
      expect(parse({}, 'de', ['de']).config.lang).to.equal('en');
    });
    it('reports an unknown data-lang and uses the page language', () => {
      const { config, problems } = parse({ lang: 'se' }, 'fi');
      expect(config.lang).to.equal('fi');
      expect(problems).to.deep.equal(['data-lang="se" ignored: expected fi | sv | en.']);
    });
  });

  it('reads the consent lifetime in whole days up to 400', () => {
    expect(parse({ consentDays: '180' }).config.consentDays).to.equal(180);
    for (const bad of ['0', '401', '12.5', 'year']) {
      const { config, problems } = parse({ consentDays: bad });
      expect(config.consentDays, bad).to.equal(365);
      expect(problems[0]).to.equal(
        `data-consent-days="${bad}" ignored: expected whole days from 1 to 400.`,
      );
    }
  });

  it('reads layout, theme and reload-on-revoke, reporting values it does not know', () => {
    const { config } = parse({ layout: 'box-left', theme: 'dark', reloadOnRevoke: 'false' });
    expect(config).to.deep.include({ layout: 'box-left', theme: 'dark', reloadOnRevoke: false });
    const bad = parse({ layout: 'popup', theme: 'neon', reloadOnRevoke: 'no' });
    expect(bad.config).to.deep.include({ layout: 'bar', theme: 'auto', reloadOnRevoke: true });
    expect(bad.problems).to.deep.equal([
      'data-layout="popup" ignored: expected bar | box-left | box-right | center.',
      'data-theme="neon" ignored: expected auto | light | dark.',
      'data-reload-on-revoke="no" ignored: expected true | false.',
    ]);
  });

  it('takes vendor script URLs for self-hosting, but nothing that is not a URL', () => {
    const { config, problems } = parse({
      gtagSrc: 'https://tags.example.fi/gtag/js',
      metaPixelSrc: '/vendors/fbevents.js',
      bingUetSrc: 'javascript:alert(1)',
    });
    const broken = parse({ gtagSrc: 'https://' });
    expect(broken.config.gtagSrc, 'the vendor’s own').to.equal(undefined);
    expect(broken.problems).to.deep.equal([
      'data-gtag-src="https://" ignored: expected a path on this site or an https URL.',
    ]);
    expect(config.gtagSrc).to.equal('https://tags.example.fi/gtag/js');
    expect(config.metaPixelSrc).to.equal('/vendors/fbevents.js');
    expect(config.bingUetSrc).to.equal(undefined);
    expect(problems).to.deep.equal([
      'data-bing-uet-src="javascript:alert(1)" ignored: expected a path on this site or an https URL.',
    ]);
  });

  it('reads the notice URL, revision, cookie domain and nonce as given', () => {
    const { config } = parse({
      notice: ' /tietosuojaseloste.json ',
      revision: '2026-11',
      cookieDomain: 'example.fi',
      nonce: 'r4nd0m',
    });
    expect(config).to.deep.include({
      notice: '/tietosuojaseloste.json',
      revision: '2026-11',
      cookieDomain: 'example.fi',
      nonce: 'r4nd0m',
    });
  });
});

describe('parseConfig against hostile or careless values', () => {
  it('takes only URLs that stay on the site or are https written out in full', () => {
    const ok = [
      '/vendor/gtag.js',
      './g.js',
      'https://tags.example.fi/g.js',
      '//cdn.example.fi/g.js',
    ];
    for (const gtagSrc of ok) expect(parse({ gtagSrc }).config.gtagSrc, gtagSrc).to.equal(gtagSrc);
    const bad = [
      '/\\evil.example/gtag.js',
      'http://tags.example.fi/g.js',
      'data:text/javascript,alert(1)',
      'javascript:alert(1)',
    ];
    for (const gtagSrc of bad) {
      const { config, problems } = parse({ gtagSrc });
      expect(config.gtagSrc, gtagSrc).to.equal(undefined);
      expect(problems, gtagSrc).to.deep.equal([
        `data-gtag-src="${gtagSrc}" ignored: expected a path on this site or an https URL.`,
      ]);
    }
  });

  it('refuses a javascript: notice URL', () => {
    const { config, problems } = parse({ notice: 'javascript:alert(1)' });
    expect(config.notice).to.equal(undefined);
    expect(problems).to.deep.equal([
      'data-notice="javascript:alert(1)" ignored: expected a path on this site or an https URL.',
    ]);
  });

  it('keeps a revision short enough for the cookie', () => {
    const { config, problems } = parse({ revision: 'x'.repeat(5000) });
    expect(config.revision).to.equal('');
    expect(problems).to.deep.equal([
      `data-revision="${'x'.repeat(20)}…" ignored: expected at most 100 characters.`,
    ]);
  });

  it('takes a cookie domain only if it is the page’s host or a parent of it', () => {
    expect(parse({ cookieDomain: '.Example.fi' }).config.cookieDomain).to.equal('example.fi');
    for (const cookieDomain of ['fi', 'evil.fi', 'ample.fi', 'shop.www.example.fi']) {
      const { config, problems } = parse({ cookieDomain });
      expect(config.cookieDomain, cookieDomain).to.equal(undefined);
      expect(problems, cookieDomain).to.deep.equal([
        `data-cookie-domain="${cookieDomain}" ignored: expected this site's domain (the page is on www.example.fi).`,
      ]);
    }
  });

  it('names the consent cookie __Host- on https unless it is shared', () => {
    expect(parse({}).config.cookieName).to.equal('__Host-seloste_consent');
    expect(parse({ cookieDomain: 'example.fi' }).config.cookieName).to.equal('seloste_consent');
    expect(parse({}, undefined, [], 'http://localhost:8000/').config.cookieName).to.equal(
      'seloste_consent',
    );
  });

  it('explains every fixed-choice attribute with its values', () => {
    for (const [key, values] of Object.entries(CHOICES)) {
      expect(explain([key, 'x'], 'h')).to.equal(
        `data-${key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}="x" ignored: expected ${values.join(' | ')}.`,
      );
    }
  });
});

describe('parseLoaderConfig, parseVendorConfig and parseAppConfig', () => {
  it('split the attributes between them: every attribute is read by one', async () => {
    const { parseAppConfig, parseLoaderConfig, parseVendorConfig } =
      await import('../../src/core/config.js');
    const all = {
      notice: '/n.json',
      ga4: 'G-ABC1234',
      googleAds: 'AW-123456789',
      metaPixel: '1234567890',
      bingUet: '12345678',
      lang: 'fi',
      consentDays: '100',
      revision: '7',
      layout: 'center',
      theme: 'light',
      reloadOnRevoke: 'false',
      gtagSrc: '/g.js',
      metaPixelSrc: '/f.js',
      bingUetSrc: '/b.js',
      cookieDomain: 'example.fi',
      nonce: 'abc',
      noticeHash: 'seloste',
      gtm: 'GTM-ABC1234',
      gtmCategory: 'marketing',
      gtmSrc: '/gtm.js',
      consentLog: '/v1/records',
      gpc: 'ignore',
    };
    const loader = parseLoaderConfig({ dataset: all, pageUrl: PAGE });
    const app = parseAppConfig(all);
    const vendors = parseVendorConfig(all, PAGE);
    expect(vendors.problems).to.deep.equal([]);
    expect(loader.problems).to.deep.equal([]);
    expect(app.problems).to.deep.equal([]);
    // cookieName is derived (from the protocol and the cookie domain), not read.
    const keys = [
      ...Object.keys(loader.config),
      ...Object.keys(vendors.config),
      ...Object.keys(app.config),
    ]
      .filter((key) => key !== 'cookieName')
      .sort();
    expect(keys).to.deep.equal(Object.keys(all).sort());
  });
});
