// The consent record's check (src/log/record.ts), which the log service runs on every POST.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRecord } from '../../src/log/record.js';
import { makeRecord } from './log-fixtures.js';

/** The problems `changes` cause in an otherwise valid record. */
function problems(changes: Record<string, unknown>): string[] {
  const record: Record<string, unknown> = { ...makeRecord(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete record[key];
  return checkRecord(record).problems ?? [];
}

describe('consent record check', () => {
  it('accepts a full record and a minimal one', () => {
    const full = makeRecord({ services: { 'google-analytics': true, 'meta-pixel': false } });
    assert.deepEqual(checkRecord(full), { record: full });
    assert.deepEqual(problems({ noticeVersion: undefined, textHash: undefined, revision: '' }), []);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, [], 'record', 42]) {
      assert.deepEqual(checkRecord(value).problems, ['the record must be a JSON object']);
    }
  });

  it('names unknown fields, so no IP address or user agent can be stored', () => {
    assert.deepEqual(problems({ ip: '203.0.113.7', userAgent: 'Mozilla/5.0' }), [
      'unknown fields "ip", "userAgent"',
    ]);
  });

  it('names every missing field', () => {
    assert.deepEqual(problems({ consentId: undefined, gpc: undefined }), [
      'consentId is missing',
      'gpc is missing',
    ]);
  });

  it('refuses wrong types and shapes, field by field', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ recordId: 'short' }, /^recordId must be 16–64/],
      [{ recordId: 12345678901234567 }, /^recordId must be/],
      [{ consentId: "x' OR '1'='1" }, /^consentId must be 8–64/],
      [{ decidedAt: 1763806500123 }, /^decidedAt must be an ISO 8601 time in UTC/],
      [{ decidedAt: '2026-11-22T12:15:00+02:00' }, /^decidedAt must be/],
      [{ decidedAt: '2026-02-30T10:00:00.000Z' }, /^decidedAt must be/],
      [
        { categories: { necessary: false, analytics: true, marketing: false } },
        /necessary must be true/,
      ],
      [
        { categories: { necessary: true, analytics: 'yes', marketing: false } },
        /analytics must be true or false/,
      ],
      [
        { categories: { necessary: true, analytics: true, marketing: false, ads: true } },
        /categories.ads is not a category/,
      ],
      [{ categories: [true, true] }, /^categories must be an object/],
      [{ services: { 'Google Analytics': true } }, /is not a service id/],
      [{ services: JSON.parse('{"__proto__": true}') }, /is not a service id/],
      [{ services: { 'meta-pixel': 1 } }, /services.meta-pixel must be true or false/],
      [
        { services: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`s${i}`, true])) },
        /more than 50 entries/,
      ],
      [{ method: 'click' }, /^method must be one of banner, settings, api, withdrawal, gpc/],
      [{ revision: 'r'.repeat(201) }, /^revision must be a string of at most 200/],
      [{ revision: null }, /^revision must be/],
      [{ noticeVersion: '1.10.2026' }, /^noticeVersion must be a date/],
      [{ noticeVersion: '2026-13-01' }, /^noticeVersion must be a date/],
      [{ lang: 'de' }, /^lang must be one of fi, sv, en/],
      [{ textHash: 'DEADBEEF' }, /^textHash must be 8–128 lowercase/],
      [{ gpc: 'false' }, /^gpc must be true or false/],
    ];
    for (const [changes, expected] of cases) {
      const found = problems(changes);
      assert.equal(found.length, 1, `${JSON.stringify(changes)}: ${found.join('; ')}`);
      assert.match(found[0]!, expected);
    }
  });

  it('takes a page as origin and path only', () => {
    assert.deepEqual(problems({ page: 'https://kahvipuoti.example/' }), []);
    assert.deepEqual(problems({ page: 'http://localhost:8080/kauppa/kahvit' }), []);
    const cases: [string, RegExp][] = [
      ['https://kahvipuoti.example/kassa?tilaus=42', /must not have a query/],
      ['https://kahvipuoti.example/kassa?', /must not have a query/],
      ['https://kahvipuoti.example/kassa#maksu', /must not have a fragment/],
      ['/kassa', /absolute http\(s\) URL/],
      ['javascript:alert(1)', /must be an http\(s\) URL/],
      ['https://visitor:secret@kahvipuoti.example/', /user name or password/],
      [
        'https://KAHVIPUOTI.example/kassa',
        /origin and path, e\.g\. https:\/\/kahvipuoti\.example\/kassa/,
      ],
      [`https://kahvipuoti.example/${'a'.repeat(2048)}`, /longer than 2048/],
    ];
    for (const [page, expected] of cases) assert.match(problems({ page }).join(), expected, page);
  });
});
