// The JSON Schema (for editors) and parseNotice (for Seloste) must judge every notice alike,
// except for what a schema cannot say: that extra section ids are unique and that `after` names
// a section the notice has.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { PATTERNS, parseNotice } from '../../src/notice/notice-schema.js';
import { SECTION_IDS } from '../../src/notice/types.js';

const root = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const fixtures = (folder: string) =>
  readdirSync(new URL(`test/fixtures/notices/${folder}/`, root))
    .filter((name) => name.endsWith('.json'))
    .sort();

/** The parts of the schema the tests look into. */
interface Schema {
  $schema: string;
  properties: Record<string, unknown> & { headings: { properties: object } };
  $defs: {
    party: { properties: object };
    extraSection: {
      properties: { id: { not: { enum: string[] } }; after: { anyOf: [{ enum: string[] }] } };
    };
  };
}

const schema = readJson('schema/notice.schema.json') as Schema;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
ajv.addKeyword('patternErrorMessage');
const validate = ajv.compile(schema);

/** Errors about references between sections, which only parseNotice finds. */
const REFERENCE = /^extraSections\[\d+\]\.(?:id|after)$/;

/**
 * What ajv and parseNotice make of `json`: `byParser` counts only the errors a schema could
 * find too.
 */
function verdicts(json: unknown) {
  const bySchema = validate(json);
  const { errors } = parseNotice(json);
  const byParser = errors.every(
    (issue) =>
      REFERENCE.test(issue.path) &&
      /^(No section has|Same id|A section cannot|Sections follow)/.test(issue.message),
  );
  return {
    bySchema,
    byParser,
    detail: JSON.stringify({ schema: validate.errors, parser: errors }, null, 2),
  };
}

/** Where each invalid fixture goes wrong, as parseNotice reports it. */
const EXPECTED_ERRORS: Record<string, string[]> = {
  'bad-after.json': ['extraSections[0].after'],
  'bad-business-id.json': ['controller.businessId'],
  'bad-email.json': ['controller.email'],
  'email-with-parameters.json': ['controller.email'],
  'bad-heading.json': ['headings.purpose'],
  'bad-phone.json': ['controller.phone'],
  'bad-section-id.json': ['extraSections[0].id'],
  'blank-name.json': ['controller.name'],
  'duplicate-language.json': ['languages[1]'],
  'empty-languages.json': ['languages'],
  'empty-localized-name.json': ['registerName'],
  'extra-section-incomplete.json': ['extraSections[0].title', 'extraSections[0].text'],
  'finnish-date.json': ['updated'],
  'ftp-website.json': ['controller.website'],
  'impossible-date.json': ['updated'],
  'known-section-id.json': ['extraSections[0].id'],
  'missing-required.json': ['version', 'updated', 'controller'],
  'not-an-object.json': [''],
  'security-mixed.json': ['security'],
  'security-unknown-part.json': ['security.manuaalinen'],
  'unknown-language.json': ['languages[1]', 'purposes.de'],
  'unknown-property.json': ['retension'],
  'version-as-text.json': ['version'],
  'wrong-types.json': ['updated', 'controller', 'purposes', 'extraSections'],
  'wrong-version.json': ['version'],
};

describe('notice schema and parseNotice', () => {
  it('has a schema that compiles in strict mode', () => {
    assert.equal(typeof validate, 'function');
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  });

  for (const name of fixtures('valid')) {
    it(`both accept valid/${name}`, () => {
      const { bySchema, byParser, detail } = verdicts(
        readJson(`test/fixtures/notices/valid/${name}`),
      );
      assert.ok(bySchema && byParser, detail);
    });
  }

  it('both accept the demo notice', () => {
    const { bySchema, byParser, detail } = verdicts(readJson('demo/tietosuojaseloste.json'));
    assert.ok(bySchema && byParser, detail);
  });

  for (const name of fixtures('invalid')) {
    it(`both reject invalid/${name}, where expected`, () => {
      const json = readJson(`test/fixtures/notices/invalid/${name}`);
      const { bySchema, byParser, detail } = verdicts(json);
      assert.ok(!bySchema && !byParser, detail);
      assert.deepEqual(
        parseNotice(json).errors.map((issue) => issue.path),
        EXPECTED_ERRORS[name],
        `add ${name} to EXPECTED_ERRORS`,
      );
    });
  }

  it('agrees on every kind of value in every place', () => {
    const values: unknown[] = [
      'text',
      '',
      ' ',
      42,
      true,
      null,
      [],
      {},
      { fi: 'x' },
      { fi: '' },
      { fi: ' ' },
      { de: 'x' },
      { fi: 1 },
      { manual: 'x' },
      { fi: 'x', manual: 'y' },
      ['fi'],
      ['fi', 'xx'],
      '2025-01-01',
      '2025-13-01',
      'a@b.fi',
      'https://a.fi',
      '020 123 4567',
      '1618033-3',
      'Y-tunnus 1618033-3',
      'uutiskirje',
      [{ id: 'a', title: 'A', text: 'B' }],
      [{ id: 'a', title: 'A', text: 'B', after: 'purposes' }],
      { purposes: 'x' },
      { rights: {} },
      1,
    ];
    const paths: string[][] = [
      ...Object.keys(schema.properties).map((key) => [key]),
      ...Object.keys(schema.$defs.party.properties).map((key) => ['controller', key]),
      ...Object.keys(schema.$defs.extraSection.properties).map((key) => [
        'extraSections',
        '0',
        key,
      ]),
      ['headings', 'purposes'],
      ['security', 'manual'],
    ];
    const base = () => ({
      version: 1,
      updated: '2025-01-15',
      controller: { name: 'Verhoomo Vanu Oy' },
      extraSections: [{ id: 'ommel', title: 'Ommel', text: 'Tikki.' }],
      headings: {},
      security: { manual: 'x' },
    });
    const disagreements: string[] = [];
    for (const path of paths) {
      for (const value of values) {
        const notice: Record<string, unknown> = base();
        let parent = notice;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
        parent[path.at(-1)!] = value;
        const { bySchema, byParser } = verdicts(notice);
        if (bySchema !== byParser) {
          disagreements.push(
            `${path.join('.')} = ${JSON.stringify(value)}: schema ${bySchema}, parser ${byParser}`,
          );
        }
      }
    }
    assert.deepEqual(disagreements, []);
  });

  it('leaves references between sections to parseNotice', () => {
    const section = (id: string, after?: string) => ({ id, title: id, text: id, after });
    for (const extraSections of [
      [section('a', 'nowhere')],
      [section('a'), section('a')],
      [section('a', 'a')],
      [section('a', 'b'), section('b', 'a')],
    ]) {
      const notice = {
        version: 1,
        updated: '2025-01-15',
        controller: { name: 'X' },
        extraSections,
      };
      assert.equal(validate(notice), true);
      assert.notEqual(parseNotice(notice).errors.length, 0, JSON.stringify(extraSections));
    }
  });

  it('uses the same patterns', () => {
    const found = new Set<string>();
    JSON.stringify(schema, (key, value) => {
      if (key === 'pattern') found.add(value as string);
      return value;
    });
    assert.deepEqual([...found].sort(), Object.values(PATTERNS).slice().sort());
  });

  it('knows the same sections', () => {
    assert.deepEqual(Object.keys(schema.properties), [
      '$schema',
      'version',
      'languages',
      'created',
      'updated',
      'intro',
      ...SECTION_IDS,
      'headings',
      'extraSections',
    ]);
    assert.deepEqual(Object.keys(schema.properties.headings.properties), [...SECTION_IDS]);
    assert.deepEqual(schema.$defs.extraSection.properties.id.not.enum, [...SECTION_IDS]);
    assert.deepEqual(schema.$defs.extraSection.properties.after.anyOf[0].enum, [...SECTION_IDS]);
  });
});
