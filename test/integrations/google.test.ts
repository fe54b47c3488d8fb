import { expect } from '@open-wc/testing';
import { googleAds } from '../../src/integrations/google-ads.js';
import { googleAnalytics } from '../../src/integrations/google-analytics.js';
import { googleTag, gtagUrl } from '../../src/integrations/google-tag.js';
import { commands, fakeEnv, settle } from './fake-env.js';

const DENIED_DEFAULT = [
  'consent',
  'default',
  {
    analytics_storage: 'denied',
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    functionality_storage: 'denied',
    personalization_storage: 'denied',
    security_storage: 'denied',
  },
];

function setup() {
  const fake = fakeEnv();
  const tag = googleTag('https://www.googletagmanager.com/gtag/js');
  const analytics = googleAnalytics(['G-ABC1234'], tag);
  const ads = googleAds(['AW-123456789'], tag);
  analytics.init(fake.env);
  ads.init(fake.env);
  return { ...fake, analytics, ads };
}

describe('Google tag (Analytics 4 and Ads)', () => {
  it('starts every page with all seven signals denied, and loads nothing', async () => {
    const { env, loaded } = setup();
    await settle();
    expect(commands(env.window.dataLayer)).to.deep.equal([DENIED_DEFAULT]);
    expect(loaded).to.deep.equal([]);
    expect(env.window.gtag).to.be.a('function');
  });

  it('on analytics consent: update, then js, set and config, then one gtag.js', async () => {
    const { env, loaded, analytics } = setup();
    analytics.grant(env);
    expect(loaded, 'the script waits until every update of the decision is in').to.deep.equal([]);
    await settle();
    const sent = commands(env.window.dataLayer);
    expect(sent[0]).to.deep.equal(DENIED_DEFAULT);
    expect(sent[1]).to.deep.equal(['consent', 'update', { analytics_storage: 'granted' }]);
    expect(sent[2]![0]).to.equal('js');
    expect(sent[2]![1]).to.be.instanceOf(Date);
    expect(sent.slice(3)).to.deep.equal([
      ['set', 'ads_data_redaction', true],
      ['config', 'G-ABC1234'],
    ]);
    expect(loaded).to.deep.equal(['https://www.googletagmanager.com/gtag/js?id=G-ABC1234']);
  });

  it('on both categories: both updates come before js and config, and gtag.js loads once', async () => {
    const { env, loaded, analytics, ads } = setup();
    analytics.grant(env);
    ads.grant(env);
    await settle();
    const sent = commands(env.window.dataLayer).map(([command, a, b]) =>
      command === 'js' ? ['js'] : [command, a, b],
    );
    expect(sent).to.deep.equal([
      DENIED_DEFAULT,
      ['consent', 'update', { analytics_storage: 'granted' }],
      [
        'consent',
        'update',
        { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
      ],
      ['js'],
      ['set', 'ads_data_redaction', true],
      ['config', 'G-ABC1234', undefined],
      ['config', 'AW-123456789', undefined],
    ]);
    expect(loaded).to.have.length(1);
  });

  it('configures a later category on the tag already loaded', async () => {
    const { env, loaded, analytics, ads } = setup();
    analytics.grant(env);
    await settle();
    ads.grant(env);
    await settle();
    expect(loaded).to.have.length(1);
    expect(commands(env.window.dataLayer).slice(-1)).to.deep.equal([['config', 'AW-123456789']]);
  });

  it('does not configure an id twice when consent is granted again', async () => {
    const { env, analytics } = setup();
    analytics.grant(env);
    await settle();
    analytics.revoke(env);
    analytics.grant(env);
    await settle();
    const configs = commands(env.window.dataLayer).filter(([command]) => command === 'config');
    expect(configs).to.deep.equal([['config', 'G-ABC1234']]);
  });

  it('on withdrawal: denied updates and ga-disable', async () => {
    const { env, analytics, ads } = setup();
    analytics.grant(env);
    ads.grant(env);
    await settle();
    analytics.revoke(env);
    ads.revoke(env);
    expect(commands(env.window.dataLayer).slice(-2)).to.deep.equal([
      ['consent', 'update', { analytics_storage: 'denied' }],
      [
        'consent',
        'update',
        { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
      ],
    ]);
    expect(env.window['ga-disable-G-ABC1234']).to.equal(true);
    analytics.grant(env);
    expect(env.window['ga-disable-G-ABC1234'], 'granting again lifts it').to.equal(false);
  });

  it('keeps a gtag function the page already has, but never relies on it', async () => {
    const { env, analytics } = fakeEnvWithSiteGtag();
    analytics.init(env);
    analytics.grant(env);
    await settle();
    expect(env.window.gtag).to.equal(siteGtag);
    expect(commands(env.window.dataLayer)[0]).to.deep.equal(DENIED_DEFAULT);
  });

  it('adds the id to a self-hosted gtag.js URL unless it names one', () => {
    expect(gtagUrl('/gtag/js', 'G-A')).to.equal('/gtag/js?id=G-A');
    expect(gtagUrl('https://sgtm.example.fi/gtag/js?l=dl', 'G-A')).to.equal(
      'https://sgtm.example.fi/gtag/js?l=dl&id=G-A',
    );
    expect(gtagUrl('https://sgtm.example.fi/gtag/js?id=G-B', 'G-A')).to.equal(
      'https://sgtm.example.fi/gtag/js?id=G-B',
    );
  });
});

// A site's own (broken) shim that pushes arrays: gtag.js would ignore what it pushes.
const siteGtag = (...args: unknown[]) => args;
function fakeEnvWithSiteGtag() {
  const fake = fakeEnv();
  fake.env.window.gtag = siteGtag;
  const tag = googleTag('/gtag.js');
  return { ...fake, analytics: googleAnalytics(['G-ABC1234'], tag) };
}
