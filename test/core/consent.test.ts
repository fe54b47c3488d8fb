import { expect } from '@open-wc/testing';
import {
  ACCEPT_ALL,
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
      categories: { analytics: true, marketing: true },
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
    expect(next.categories).to.deep.equal({ analytics: false, marketing: false });
  });

  it('stores only true or false, whatever it is given', () => {
    const odd = { analytics: 'yes', marketing: undefined } as unknown as typeof ACCEPT_ALL;
    expect(applyChoice(null, odd, context).categories).to.deep.equal({
      analytics: true,
      marketing: false,
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

  it('reports nothing when nothing changes', () => {
    expect(changes(REJECT_ALL, REJECT_ALL)).to.deep.equal({ granted: [], revoked: [] });
    expect(changes(ACCEPT_ALL, ACCEPT_ALL)).to.deep.equal({ granted: [], revoked: [] });
  });
});

describe('toConsent', () => {
  it('gives the public shape with necessary always on and the time as ISO 8601', () => {
    expect(toConsent(record())).to.deep.equal({
      necessary: true,
      analytics: true,
      marketing: false,
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
