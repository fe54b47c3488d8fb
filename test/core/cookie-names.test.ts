import { expect } from '@open-wc/testing';
import { cookieDomains, matchesCookie } from '../../src/core/cookie-names.js';

describe('cookieDomains', () => {
  it('lists the host and each parent, most specific first', () => {
    expect(cookieDomains('a.b.example.co.uk')).to.deep.equal([
      'a.b.example.co.uk',
      'b.example.co.uk',
      'example.co.uk',
      'co.uk',
    ]);
    expect(cookieDomains('shop.example.com')).to.deep.equal(['shop.example.com', 'example.com']);
    expect(cookieDomains('example.fi')).to.deep.equal(['example.fi']);
  });

  it('ignores a trailing dot', () => {
    expect(cookieDomains('shop.example.fi.')).to.deep.equal(['shop.example.fi', 'example.fi']);
  });

  it('has no domains for hosts that only take host-only cookies', () => {
    expect(cookieDomains('localhost')).to.deep.equal([]);
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
    expect(cookieDomains('[::1]')).to.deep.equal([]);
  });
});

describe('matchesCookie', () => {
  it('matches exact names and prefixes ending in *', () => {
    expect(matchesCookie('_ga', '_ga')).to.equal(true);
    expect(matchesCookie('_ga_ABC123', '_ga')).to.equal(false);
    expect(matchesCookie('_ga_ABC123', '_ga_*')).to.equal(true);
    expect(matchesCookie('_gat_UA-1', '_gat*')).to.equal(true);
    expect(matchesCookie('_gid', '_ga_*')).to.equal(false);
  });
});
