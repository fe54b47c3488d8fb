import { expect } from '@open-wc/testing';
import { decodeRecord, encodeRecord } from '../../src/core/codec.js';
import type { ConsentRecord } from '../../src/core/types.js';

const record: ConsentRecord = {
  categories: { analytics: true, marketing: false, services: { hotjar: true, googleAds: false } },
  id: 'q3Jx7Tn0aZ-_b1c2',
  updatedAt: Date.UTC(2026, 10, 22, 12, 30),
  revision: '2026-11 | päivitys',
};

describe('consent cookie codec', () => {
  it('reads back what it writes, revision with any characters included', () => {
    expect(decodeRecord(encodeRecord(record))).to.deep.equal(record);
  });

  it('writes a compact, versioned value', () => {
    expect(encodeRecord(record)).to.match(
      /^v:2\|a:1\|m:0\|s:hotjar\.!googleAds\|t:[0-9a-z]+\|id:q3Jx7Tn0aZ-_b1c2\|r:/,
    );
  });

  it('still reads a version-1 value: every service follows its category', () => {
    const v1 = encodeRecord(record)
      .replace('v:2', 'v:1')
      .replace(/\|s:[^|]*/, '');
    expect(decodeRecord(v1)).to.deep.equal({
      ...record,
      categories: { analytics: true, marketing: false, services: {} },
    });
  });

  it('ignores fields it does not know, so a later addition stays readable', () => {
    expect(decodeRecord(encodeRecord(record) + '|gpc:1')).to.deep.equal(record);
  });

  const bad: [string, string][] = [
    ['another tool’s cookie', '{"necessary":true,"analytics":true}'],
    ['an unknown format version', encodeRecord(record).replace('v:2', 'v:3')],
    ['services with a foreign character', encodeRecord(record).replace('s:hotjar', 's:hot<jar')],
    ['a flag that is not 0 or 1', encodeRecord(record).replace('a:1', 'a:yes')],
    ['a missing flag', encodeRecord(record).replace('|m:0', '')],
    ['an unreadable time', encodeRecord(record).replace(/t:[0-9a-z]+/, 't:%%')],
    ['a malformed id', encodeRecord(record).replace(/id:[^|]+/, 'id:<script>')],
    ['broken revision encoding', encodeRecord(record).replace(/r:.*$/, 'r:%E0%A4%A')],
    ['an empty value', ''],
  ];
  for (const [what, value] of bad) {
    it(`treats ${what} as no decision`, () => {
      expect(decodeRecord(value)).to.equal(undefined);
    });
  }
});
