import { expect, waitUntil } from '@open-wc/testing';
import { clearCookies } from '../../src/cookies/clear.js';
import { cookieStorage } from '../../src/cookies/storage.js';
import { readCookies } from '../../src/cookies/read.js';
import { captureWarnings } from '../warnings.js';

const CONSENT_COOKIE = 'seloste_consent';
const readCookie = (name: string) => readCookies(name)[0];

const names = () =>
  document.cookie
    .split('; ')
    .filter(Boolean)
    .map((pair) => pair.split('=')[0]);

describe('cookies (on the test page, host-only: localhost has no parent domain)', () => {
  afterEach(() => {
    for (const name of names()) document.cookie = `${name}=; path=/; max-age=0`;
  });

  it('writes, reads back and clears the consent cookie', () => {
    const storage = cookieStorage(CONSENT_COOKIE, undefined, false);
    const value = 'v:1|a:1|m:0|t:abc|id:abcdefgh12|r:2026%2011';
    storage.write(value, new Date(Date.now() + 86_400_000));
    expect(readCookie(CONSENT_COOKIE)).to.equal(value);
    storage.clear();
    expect(names()).not.to.include(CONSENT_COOKIE);
  });

  it('reports a write the browser refused, and the choice is not lost', async () => {
    const warned = captureWarnings();
    try {
      // A cookie for another domain is refused, as a blocked cookie would be.
      cookieStorage(CONSENT_COOKIE, 'elsewhere.example', false).write(
        'v:1',
        new Date(Date.now() + 86_400_000),
      );
      await waitUntil(() => warned.messages.length > 0, 'no warning');
    } finally {
      warned.stop();
    }
    expect(warned.messages).to.deep.equal([
      '[seloste] the browser refused the consent cookie on data-cookie-domain="elsewhere.example" (a public suffix such as co.uk?); the choice holds on this page only.',
    ]);
  });

  it('deletes the cookies matching the patterns and keeps the others', () => {
    for (const name of ['_ga', '_ga_ABC123', '_gid', '_gcl_au', 'cart', '_fbp']) {
      document.cookie = `${name}=1; path=/`;
    }
    const left = clearCookies(['_ga', '_ga_*', '_gid'], location.hostname);
    expect(left).to.deep.equal([]);
    expect(names().sort()).to.deep.equal(['_fbp', '_gcl_au', 'cart']);
  });
});
