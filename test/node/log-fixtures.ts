// Consent records for the consent log's tests and benchmark (a fictional shop).
import type { ConsentLogRecord } from '../../src/log/record.js';

let counter = 0;

/** A valid record with a fresh record id; `changes` override its fields. */
export function makeRecord(changes: Partial<ConsentLogRecord> = {}): ConsentLogRecord {
  counter += 1;
  return {
    recordId: `rec-${process.pid}-${Date.now().toString(36)}-${counter}`.padEnd(16, '0'),
    consentId: 'Kq3xVb7Tn2LmPz8RwY4sDa',
    decidedAt: '2026-11-22T10:15:00.123Z',
    categories: { necessary: true, analytics: true, marketing: false },
    method: 'banner',
    revision: '2026-11',
    noticeVersion: '2026-10-01',
    lang: 'fi',
    textHash: '9f86d081884c7d65',
    page: 'https://kahvipuoti.example/kassa',
    gpc: false,
    ...changes,
  };
}
