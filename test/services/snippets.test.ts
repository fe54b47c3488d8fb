import { expect } from '@open-wc/testing';
import { CATALOGUE } from '../../src/services/catalogue.js';
import { scriptsIntegration } from '../../src/services/custom.js';
import type { Snippet } from '../../src/services/snippet.js';
import { fakeEnv } from '../integrations/fake-env.js';

/** A queue's entries as plain arrays (the snippets queue `arguments` objects). */
const plain = (entries: unknown) =>
  ((entries ?? []) as ArrayLike<unknown>[]).map((entry) => Array.from(entry));

/** Each scriptable service: an account, the URL it loads, and what its globals hold after grant. */
const CASES: Record<string, { account: string; url: string; globals: string[] }> = {
  hotjar: {
    account: '1234567',
    url: 'https://static.hotjar.com/c/hotjar-1234567.js?sv=6',
    globals: ['hj', '_hjSettings'],
  },
  clarity: {
    account: 'abcd123xyz',
    url: 'https://www.clarity.ms/tag/abcd123xyz',
    globals: ['clarity'],
  },
  linkedin: {
    account: '765432',
    url: 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
    globals: ['_linkedin_partner_id', '_linkedin_data_partner_ids', 'lintrk'],
  },
  tiktok: {
    account: 'C4ABCDEFGH1234567890',
    url: 'https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=C4ABCDEFGH1234567890&lib=ttq',
    globals: ['ttq', 'TiktokAnalyticsObject'],
  },
  leadfeeder: {
    account: 'Ab12Cd34Ef56Gh78',
    url: 'https://sc.lfeeder.com/lftracker_v1_Ab12Cd34Ef56Gh78.js',
    globals: ['ldfdr'],
  },
  snap: {
    account: '12345678-abcd-4ef0-9876-0123456789ab',
    url: 'https://sc-static.net/scevent.min.js',
    globals: ['snaptr'],
  },
  pinterest: {
    account: '2612345678901',
    url: 'https://s.pinimg.com/ct/core.js',
    globals: ['pintrk'],
  },
};

describe('catalogue snippets', () => {
  const SNIPPETS: Record<string, Snippet> = {};
  before(async () => {
    for (const id of Object.keys(CASES)) SNIPPETS[id] = await CATALOGUE[id]!.loader!();
  });

  for (const [id, { account, url, globals }] of Object.entries(CASES)) {
    it(`${id}: nothing before consent; on grant its globals, then ${new URL(url).host}, once`, () => {
      const snippet = SNIPPETS[id]!;
      expect(CATALOGUE[id]!.account!.test(account), 'account').to.equal(true);
      expect(snippet.origins).to.deep.equal([new URL(url).origin]);
      const { env, loaded } = fakeEnv();
      const integration = snippet.create(account);
      expect(integration.id).to.equal(id);
      integration.init(env);
      integration.revoke(env);
      expect(Object.keys(env.window)).to.deep.equal([]);
      expect(loaded).to.deep.equal([]);
      integration.grant(env);
      expect(Object.keys(env.window)).to.have.members(globals);
      expect(loaded).to.deep.equal([url]);
      integration.grant(env);
      expect(loaded).to.deep.equal([url]);
    });
  }

  it('loads a given src instead of the official URL', () => {
    const { env, loaded } = fakeEnv();
    SNIPPETS.hotjar!.create('1234567', 'https://cdn.shop.example.fi/hotjar.js').grant(env);
    expect(loaded).to.deep.equal(['https://cdn.shop.example.fi/hotjar.js']);
    expect(env.window._hjSettings).to.deep.equal({ hjid: 1234567, hjsv: 6 });
  });

  it('rejects accounts of the wrong form', () => {
    const bad: Record<string, string> = {
      hotjar: '12ab',
      clarity: 'ABC/../x',
      linkedin: 'li-1',
      tiktok: 'c4abc',
      leadfeeder: 'short',
      snap: '1234',
      pinterest: '123',
    };
    for (const [id, account] of Object.entries(bad))
      expect(CATALOGUE[id]!.account!.test(account), `${id}:${account}`).to.equal(false);
  });

  it('Clarity: consentv2 granted for analytics on grant, all denied on revoke, granted again', () => {
    const { env } = fakeEnv();
    const clarity = SNIPPETS.clarity!.create('abcd123xyz');
    clarity.grant(env);
    clarity.revoke(env);
    clarity.grant(env);
    const signal = (analytics: string) => [
      'consentv2',
      { ad_Storage: 'denied', analytics_Storage: analytics },
    ];
    expect(plain((env.window.clarity as { q: unknown }).q)).to.deep.equal([
      signal('granted'),
      signal('denied'),
      signal('granted'),
    ]);
  });

  it('TikTok: grantConsent and a page view queued, revokeConsent on withdrawal', () => {
    const { env } = fakeEnv();
    const tiktok = SNIPPETS.tiktok!.create('C4ABCDEFGH1234567890');
    tiktok.grant(env);
    tiktok.revoke(env);
    const ttq = env.window.ttq as unknown[] & { _i: Record<string, { _u: string }> };
    expect([...ttq]).to.deep.equal([['grantConsent'], ['page'], ['revokeConsent']]);
    expect(ttq._i.C4ABCDEFGH1234567890!._u).to.equal(
      'https://analytics.tiktok.com/i18n/pixel/events.js',
    );
  });

  it('Pinterest: load, setconsent true and a page view; setconsent false on withdrawal', () => {
    const { env } = fakeEnv();
    const pinterest = SNIPPETS.pinterest!.create('2612345678901');
    pinterest.grant(env);
    pinterest.revoke(env);
    const pintrk = env.window.pintrk as { queue: unknown[][]; version: string };
    expect(pintrk.version).to.equal('3.0');
    expect(pintrk.queue).to.deep.equal([
      ['load', '2612345678901'],
      ['setconsent', true],
      ['page'],
      ['setconsent', false],
    ]);
  });

  it('Snap: init and a page view wait in the queue, then go to handleRequest once it is set', () => {
    const { env } = fakeEnv();
    SNIPPETS.snap!.create('12345678-abcd-4ef0-9876-0123456789ab').grant(env);
    const snaptr = env.window.snaptr as ((...args: unknown[]) => void) & {
      queue: unknown[];
      handleRequest?: (...args: unknown[]) => void;
    };
    expect(plain(snaptr.queue)).to.deep.equal([
      ['init', '12345678-abcd-4ef0-9876-0123456789ab'],
      ['track', 'PAGE_VIEW'],
    ]);
    const handled: unknown[][] = [];
    snaptr.handleRequest = (...args) => void handled.push(args);
    snaptr('track', 'PURCHASE');
    expect(handled).to.deep.equal([['track', 'PURCHASE']]);
  });

  it('keeps what the page queued before: LinkedIn partner ids add up', () => {
    const { env } = fakeEnv();
    env.window._linkedin_data_partner_ids = ['111'];
    SNIPPETS.linkedin!.create('765432').grant(env);
    expect(env.window._linkedin_data_partner_ids).to.deep.equal(['111', '765432']);
    expect(env.window._linkedin_partner_id).to.equal('765432');
  });

  it('a custom service loads its scripts in order, once, on grant only', async () => {
    const { env, loaded } = fakeEnv();
    const chat = scriptsIntegration('chat', 'marketing', [
      'https://a.example/1.js',
      'https://a.example/2.js',
    ]);
    chat.init(env);
    chat.revoke(env);
    expect(loaded).to.deep.equal([]);
    await chat.grant(env);
    await chat.grant(env);
    expect(loaded).to.deep.equal(['https://a.example/1.js', 'https://a.example/2.js']);
  });
});
