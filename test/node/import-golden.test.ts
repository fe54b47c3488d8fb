// Every notice in test/fixtures/notices/import/ (written by us: fictional companies, our own
// words) imported and compared with its golden file: the notice, and where each heading went.
// After a deliberate change, review the differences and rewrite the golden files with
//
//     UPDATE_GOLDEN=1 node --import tsx --test test/node/import-golden.test.ts
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateNotice } from '../../src/notice/gdpr-checks.js';
import { readDocument } from '../../src/notice/import/document.js';
import { importNotice, type ImportResult } from '../../src/notice/import/index.js';

const TODAY = '2026-11-22';
const folder = new URL('../fixtures/notices/import/', import.meta.url);
const fixtures = readdirSync(folder).filter((name) => !name.endsWith('.golden.json'));

/** What a golden file holds: the notice, and each placement as "line heading → to". */
function golden(result: ImportResult) {
  return {
    languages: result.languages,
    parts: result.parts,
    placed: result.placed.map(
      ({ line, lang, heading, to }) =>
        `${line ?? '-'} ${result.languages.length > 1 ? `${lang} ` : ''}${heading} → ${to}`,
    ),
    notice: result.notice,
  };
}

async function importFixture(name: string, part?: number): Promise<ImportResult> {
  const document = await readDocument(readFileSync(new URL(name, folder)), name);
  return importNotice(document.text, {
    filename: name,
    format: document.format,
    today: TODAY,
    part,
  });
}

describe('importing the fixtures', () => {
  for (const name of fixtures) {
    it(`${name} matches its golden file and makes a valid notice`, async () => {
      const result = await importFixture(name);
      const file = new URL(`${name}.golden.json`, folder);
      const actual = golden(result);
      if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
        writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      }
      assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')));
      assert.deepEqual(validateNotice(result.notice, { today: TODAY }).errors, []);
    });
  }

  it('imports the second notice of a document that holds two', async () => {
    const second = await importFixture('kaksi-rekisteria.ftl', 2);
    assert.equal(second.part, 2);
    assert.deepEqual(second.notice.registerName, { fi: 'Talkoorekisteri', sv: 'Talkoregistret' });
    assert.deepEqual(second.notice.purposes, {
      fi: 'Talkoovuorojen jakaminen.',
      sv: 'Fördelning av talkoturer.',
    });
  });
});
