import { expect } from '@open-wc/testing';
import { googleAnalytics } from '../../src/integrations/google-analytics.js';
import { googleTag } from '../../src/integrations/google-tag.js';
import {
  googleConsent,
  googleTagManager,
  GTM_SRC,
} from '../../src/integrations/google-tag-manager.js';
import { fakeEnv, settle } from './fake-env.js';

/** dataLayer as plain values: commands (Arguments) as arrays, events as they are. */
const entries = (dataLayer: unknown[] = []) =>
  dataLayer.map((entry) =>
    Object.prototype.toString.call(entry) === '[object Arguments]'
      ? Array.from(entry as ArrayLike<unknown>)
      : { ...(entry as object), 'gtm.start': undefined },
  );

describe('Google Tag Manager', () => {
  it('loads each container once its category is granted, after the consent state', async () => {
    const { env, loaded } = fakeEnv();
    const tag = googleTag('https://www.googletagmanager.com/gtag/js');
    const gtm = googleTagManager(['GTM-ABC1234', 'GTM-XYZ9876'], 'analytics', tag, GTM_SRC);
    const marketing = googleConsent('marketing', tag);
    for (const integration of [marketing, gtm]) integration.init(env);
    expect(loaded).to.deep.equal([]);
    marketing.grant(env);
    gtm.grant(env);
    gtm.grant(env);
    await settle();
    const sent = entries(env.window.dataLayer);
    expect(sent[0]).to.include.members(['consent', 'default']);
    expect(sent.slice(1)).to.deep.equal([
      [
        'consent',
        'update',
        { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted' },
      ],
      ['consent', 'update', { analytics_storage: 'granted' }],
      { event: 'gtm.js', 'gtm.start': undefined },
      { event: 'gtm.js', 'gtm.start': undefined },
      ['consent', 'update', { analytics_storage: 'granted' }],
    ]);
    expect(loaded).to.deep.equal([
      'https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234',
      'https://www.googletagmanager.com/gtm.js?id=GTM-XYZ9876',
    ]);
  });

  it('shares dataLayer and the consent state with GA4, which alone loads gtag.js', async () => {
    const { env, loaded } = fakeEnv();
    const tag = googleTag('https://www.googletagmanager.com/gtag/js');
    const ga4 = googleAnalytics(['G-ABC1234'], tag);
    const gtm = googleTagManager(['GTM-ABC1234'], 'analytics', tag, GTM_SRC);
    ga4.init(env);
    gtm.init(env);
    ga4.grant(env);
    gtm.grant(env);
    await settle();
    const defaults = entries(env.window.dataLayer).filter(
      (entry) => Array.isArray(entry) && entry[1] === 'default',
    );
    expect(defaults).to.have.length(1);
    expect(loaded).to.deep.equal([
      'https://www.googletagmanager.com/gtm.js?id=GTM-ABC1234',
      'https://www.googletagmanager.com/gtag/js?id=G-ABC1234',
    ]);
  });

  it('tells the container of a withdrawal', () => {
    const { env } = fakeEnv();
    const tag = googleTag('https://www.googletagmanager.com/gtag/js');
    const gtm = googleTagManager(['GTM-ABC1234'], 'marketing', tag, GTM_SRC);
    gtm.init(env);
    gtm.grant(env);
    gtm.revoke(env);
    expect(entries(env.window.dataLayer).at(-1)).to.deep.equal([
      'consent',
      'update',
      { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' },
    ]);
  });
});
