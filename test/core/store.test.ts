import { expect } from '@open-wc/testing';
import { encodeRecord } from '../../src/core/codec.js';
import { explain } from '../../src/core/explain.js';
import { DAY_MS } from '../../src/core/consent.js';
import { createConsentStore, readDecision, type ConsentStorage } from '../../src/core/store.js';
import type { ConsentRecord } from '../../src/core/types.js';

const now = Date.UTC(2026, 10, 22);
const record: ConsentRecord = {
  categories: { analytics: true, marketing: true, services: {} },
  id: 'abcdefgh12',
  updatedAt: now - DAY_MS,
  revision: '',
};
const validity = { now, consentDays: 365, revision: '' };

/** Storage in memory, recording what is written. */
function memoryStorage(initial?: string) {
  const writes: { value: string; expires: Date }[] = [];
  let value = initial;
  const storage: ConsentStorage = {
    write(next, expires) {
      writes.push({ value: next, expires });
      value = next;
    },
    clear: () => (value = undefined),
  };
  return { storage, writes, current: () => value };
}

describe('readDecision', () => {
  it('is null without a stored value', () => {
    expect(readDecision([], 'cookie', validity, () => {})).to.equal(null);
  });

  it('reads a stored decision that still holds', () => {
    expect(readDecision([encodeRecord(record)], 'cookie', validity, () => {})).to.deep.equal(
      record,
    );
  });

  it('treats a decision from another revision as none, without a warning', () => {
    const warnings: string[] = [];
    const raw = encodeRecord(record);
    expect(
      readDecision([raw], 'cookie', { ...validity, revision: '2' }, (p) =>
        warnings.push(explain(p, 'h')),
      ),
    ).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });

  it('reports a corrupted or foreign value and treats it as no decision', () => {
    const warnings: string[] = [];
    expect(
      readDecision(['{"foo":1}'], 'x', validity, (p) => warnings.push(explain(p, 'h'))),
    ).to.equal(null);
    expect(warnings).to.deep.equal([
      'the consent cookie "x" holds "{"foo":1}", not a decision of Seloste; asking again.',
    ]);
  });
});

describe('readDecision with copies of the cookie', () => {
  it('takes copies that agree', () => {
    const raw = encodeRecord(record);
    expect(readDecision([raw, raw], 'cookie', validity, () => {})).to.deep.equal(record);
  });

  it('asks again when copies disagree (one may be planted by another subdomain)', () => {
    const warnings: string[] = [];
    const planted = encodeRecord({ ...record, id: 'attacker0001' });
    expect(
      readDecision([planted, encodeRecord(record)], 'x', validity, (p) =>
        warnings.push(explain(p, 'h')),
      ),
    ).to.equal(null);
    expect(warnings).to.deep.equal([
      'the cookie "x" is there 2 times with different values; asking again.',
    ]);
  });
});

describe('createConsentStore', () => {
  it('starts from the initial decision', () => {
    const { storage } = memoryStorage();
    expect(createConsentStore(storage, 365, record).get()).to.equal(record);
  });

  it('saves a decision to expire after the consent lifetime and tells subscribers', () => {
    const { storage, writes } = memoryStorage();
    const store = createConsentStore(storage, 180, null);
    const seen: (ConsentRecord | null)[] = [];
    store.subscribe((next) => seen.push(next));
    store.set(record);
    expect(store.get()).to.equal(record);
    expect(writes).to.deep.equal([
      { value: encodeRecord(record), expires: new Date(record.updatedAt + 180 * DAY_MS) },
    ]);
    expect(seen).to.deep.equal([record]);
  });

  it('forgets a decision', () => {
    const memory = memoryStorage(encodeRecord(record));
    const store = createConsentStore(memory.storage, 365, record);
    store.set(null);
    expect(store.get()).to.equal(null);
    expect(memory.current()).to.equal(undefined);
  });

  it('stops calling a listener once unsubscribed', () => {
    const { storage } = memoryStorage();
    const store = createConsentStore(storage, 365, null);
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.set(record);
    stop();
    store.set(null);
    expect(calls).to.equal(1);
  });
});
