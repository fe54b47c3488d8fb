import { expect } from '@open-wc/testing';
import {
  ACCEPT_ALL,
  allows,
  applyChoice,
  changes,
  DAY_MS,
  isCurrent,
  REJECT_ALL,
  toConsent,
} from '../../src/core/consent.js';
import type { ConsentRecord } from '../../src/core/types.js';

const now = Date.UTC(2026, 10, 22);
const record = (overrides: Partial<ConsentRecord> = {}): ConsentRecord => ({
  categories: { analytics: true, marketing: false },
  id: 'abcdefgh12',
  updatedAt: now - 10 * DAY_MS,
  revision: '3',
  ...overrides,
});

describe('isCurrent', () => {
  const validity = { now, consentDays: 365, revision: '3' };

  it('holds a recent decision made under the current revision', () => {
    expect(isCurrent(record(), validity)).to.equal(true);
  });

  it('asks again after a revision change', () => {
    expect(isCurrent(record({ revision: '2' }), validity)).to.equal(false);
  });

  it('asks again once the decision is older than the consent lifetime', () => {
    expect(isCurrent(record({ updatedAt: now - 365 * DAY_MS }), validity)).to.equal(true);
    expect(isCurrent(record({ updatedAt: now - 366 * DAY_MS }), validity)).to.equal(false);
    expect(
      isCurrent(record({ updatedAt: now - 31 * DAY_MS }), { ...validity, consentDays: 30 }),
    ).to.equal(false);
  });

  it('does not trust a decision time more than a day in the future', () => {
    expect(isCurrent(record({ updatedAt: now + DAY_MS / 2 }), validity)).to.equal(true);
    expect(isCurrent(record({ updatedAt: now + 2 * DAY_MS }), validity)).to.equal(false);
  });
});

describe('applyChoice', () => {
  const context = { now, revision: '4', newId: () => 'newid12345' };

  it('starts a record with a new id', () => {
    expect(applyChoice(null, ACCEPT_ALL, context)).to.deep.equal({
      categories: { analytics: true, marketing: true, services: {} },
      id: 'newid12345',
      updatedAt: now,
      revision: '4',
    });
  });

  it('keeps the consent id across changes and records the new time and revision', () => {
    const next = applyChoice(record(), REJECT_ALL, context);
    expect(next.id).to.equal('abcdefgh12');
    expect(next.updatedAt).to.equal(now);
    expect(next.revision).to.equal('4');
    expect(next.categories).to.deep.equal({ analytics: false, marketing: false, services: {} });
  });

  it('stores only true or false, whatever it is given', () => {
    const odd = {
      analytics: 'yes',
      marketing: undefined,
      services: { hotjar: 1, 'a|b': true, __proto__x: false },
    } as unknown as typeof ACCEPT_ALL;
    expect(applyChoice(null, odd, context).categories).to.deep.equal({
      analytics: true,
      marketing: false,
      services: { hotjar: true },
    });
  });
});

describe('changes', () => {
  it('grants what was undecided or refused and is now allowed', () => {
    expect(changes(null, { analytics: true, marketing: false })).to.deep.equal({
      granted: ['analytics'],
      revoked: [],
    });
  });

  it('revokes what was granted and is now refused', () => {
    expect(changes(ACCEPT_ALL, { analytics: true, marketing: false })).to.deep.equal({
      granted: [],
      revoked: ['marketing'],
    });
    expect(changes(ACCEPT_ALL, null)).to.deep.equal({
      granted: [],
      revoked: ['analytics', 'marketing'],
    });
  });

  it('names each service whose state changed, a service not named following its category', () => {
    const onPage = [
      { id: 'googleAds', category: 'marketing' as const },
      { id: 'metaPixel', category: 'marketing' as const },
    ];
    expect(
      changes(ACCEPT_ALL, { ...ACCEPT_ALL, services: { googleAds: false } }, onPage),
    ).to.deep.equal({ granted: [], revoked: ['googleAds'] });
    expect(
      changes(REJECT_ALL, { ...ACCEPT_ALL, services: { googleAds: false } }, onPage),
    ).to.deep.equal({ granted: ['analytics', 'marketing', 'metaPixel'], revoked: [] });
  });

  it('reports nothing when nothing changes', () => {
    expect(changes(REJECT_ALL, REJECT_ALL)).to.deep.equal({ granted: [], revoked: [] });
    expect(changes(ACCEPT_ALL, ACCEPT_ALL)).to.deep.equal({ granted: [], revoked: [] });
  });
});

describe('allows', () => {
  const choice = { analytics: true, marketing: false, services: { hotjar: false } };

  it('allows a category granted, and its services unless one is refused', () => {
    expect(allows(choice, 'analytics')).to.equal(true);
    expect(allows(choice, 'analytics', 'clarity')).to.equal(true);
    expect(allows(choice, 'analytics', 'hotjar')).to.equal(false);
    expect(allows(choice, 'marketing', 'metaPixel')).to.equal(false);
  });

  it('refuses anything but analytics and marketing, and everything before a decision', () => {
    expect(allows(choice, 'services')).to.equal(false);
    expect(allows(choice, 'necessary')).to.equal(false);
    expect(allows(null, 'analytics')).to.equal(false);
  });
});

describe('toConsent', () => {
  it('gives the public shape with necessary always on and the time as ISO 8601', () => {
    expect(toConsent(record())).to.deep.equal({
      necessary: true,
      analytics: true,
      marketing: false,
      services: {},
      id: 'abcdefgh12',
      updatedAt: '2026-11-12T00:00:00.000Z',
      revision: '3',
    });
  });

  it('hands out a copy', () => {
    const original = record();
    const consent = toConsent(original);
    consent.analytics = false;
    expect(original.categories.analytics).to.equal(true);
  });
});
