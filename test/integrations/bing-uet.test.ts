import { expect } from '@open-wc/testing';
import { bingUet } from '../../src/integrations/bing-uet.js';
import { fakeEnv, settle } from './fake-env.js';

const SRC = 'https://bat.bing.com/bat.js';

describe('Microsoft UET', () => {
  it('opens the queue with a denied default on every page, and loads nothing', () => {
    const { env, loaded } = fakeEnv();
    bingUet('12345678', SRC).init(env);
    expect(env.window.uetq).to.deep.equal(['consent', 'default', { ad_storage: 'denied' }]);
    expect(loaded).to.deep.equal([]);
  });

  it('on consent: the update is queued before bat.js, which then takes the queue over', async () => {
    const { env, loaded } = fakeEnv();
    const uet = bingUet('12345678', SRC);
    uet.init(env);
    let options: Record<string, unknown> | undefined;
    const pushed: unknown[][] = [];
    env.window.UET = class {
      constructor(o: Record<string, unknown>) {
        options = { ...o, q: [...(o.q as unknown[])] };
      }
      push(...args: unknown[]) {
        pushed.push(args);
      }
    };
    uet.grant(env);
    expect(loaded).to.deep.equal([SRC]);
    await settle();
    expect(options).to.deep.equal({
      ti: '12345678',
      enableAutoSpaTracking: true,
      q: [
        'consent',
        'default',
        { ad_storage: 'denied' },
        'consent',
        'update',
        { ad_storage: 'granted' },
      ],
    });
    expect(pushed).to.deep.equal([['pageLoad']]);
  });

  it('on withdrawal: a denied update', () => {
    const { env } = fakeEnv();
    const uet = bingUet('12345678', SRC);
    uet.init(env);
    uet.grant(env);
    uet.revoke(env);
    expect((env.window.uetq as unknown[]).slice(-3)).to.deep.equal([
      'consent',
      'update',
      { ad_storage: 'denied' },
    ]);
  });

  it('stays quiet when bat.js could not load', async () => {
    const { env } = fakeEnv();
    env.loadScript = () => Promise.resolve(false);
    const uet = bingUet('12345678', SRC);
    uet.init(env);
    uet.grant(env);
    await settle();
    expect(Array.isArray(env.window.uetq)).to.equal(true);
  });
});
