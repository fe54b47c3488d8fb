import { expect } from '@open-wc/testing';
import type { FbqFunction } from '../../src/integrations/integration.js';
import { metaPixel } from '../../src/integrations/meta-pixel.js';
import { fakeEnv } from './fake-env.js';

const SRC = 'https://connect.facebook.net/en_US/fbevents.js';
const queue = (fbq: FbqFunction | undefined) =>
  (fbq?.queue ?? []).map((entry) => Array.from(entry as ArrayLike<unknown>));

describe('Meta Pixel', () => {
  it('leaves no trace before consent: no fbq, no script', () => {
    const { env, loaded } = fakeEnv();
    metaPixel(['1234567890'], SRC).init(env);
    expect(env.window.fbq).to.equal(undefined);
    expect(loaded).to.deep.equal([]);
  });

  it('on consent: the base code queue with consent grant before init, then fbevents.js', () => {
    const { env, loaded } = fakeEnv();
    const pixel = metaPixel(['1234567890', '2222222222'], SRC);
    pixel.init(env);
    pixel.grant(env);
    expect(queue(env.window.fbq)).to.deep.equal([
      ['consent', 'grant'],
      ['init', '1234567890'],
      ['init', '2222222222'],
      ['track', 'PageView'],
    ]);
    expect(env.window._fbq).to.equal(env.window.fbq);
    expect(env.window.fbq).to.include({ loaded: true, version: '2.0' });
    expect(loaded).to.deep.equal([SRC]);
  });

  it('hands commands to fbevents.js once it has taken over the queue', () => {
    const { env } = fakeEnv();
    const pixel = metaPixel(['1234567890'], SRC);
    pixel.grant(env);
    const received: unknown[][] = [];
    env.window.fbq!.callMethod = (...args: unknown[]) => void received.push(args);
    pixel.revoke(env);
    expect(received).to.deep.equal([['consent', 'revoke']]);
  });

  it('on withdrawal: revoke; granting again does not load it twice', () => {
    const { env, loaded } = fakeEnv();
    const pixel = metaPixel(['1234567890'], SRC);
    pixel.grant(env);
    pixel.revoke(env);
    pixel.grant(env);
    expect(queue(env.window.fbq).slice(-2)).to.deep.equal([
      ['consent', 'revoke'],
      ['consent', 'grant'],
    ]);
    expect(loaded).to.have.length(1);
  });
});
