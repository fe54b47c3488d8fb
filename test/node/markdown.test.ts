// The notice's small Markdown renderer against marked: the same HTML for every text it takes.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseHTML } from 'linkedom';
import { fullMarkdown } from '../../src/notice/full-markdown.js';
import { simpleMarkdown } from '../../src/notice/markdown.js';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

/**
 * HTML as a browser shows it: parsed, with runs of white space as one space and none at the
 * edges of paragraphs, list items and headings (where it shows as nothing).
 */
function shown(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.innerHTML
    .replace(/\s+/g, ' ')
    .replace(/ ?(<\/?(?:p|ul|ol|li|h\d)(?: [^>]*)?>) ?/g, '$1')
    .replace(/\s+((?:<\/[a-z0-9]+>)*<\/(?:p|li|h\d)>)/g, '$1')
    .replace(/(<(?:p|li|h\d)>(?:<[a-z0-9]+[^>]*>)*)\s+/g, '$1')
    .trim();
}

/** Every string in a JSON value. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object')
    for (const item of Object.values(value)) yield* strings(item);
}

/** The texts of the demo notice and of every notice fixture (the importer's results too). */
function fixtureTexts(): string[] {
  const files = ['demo/tietosuojaseloste.json'];
  for (const dir of ['test/fixtures/notices/valid', 'test/fixtures/notices/import'])
    for (const name of readdirSync(dir)) if (name.endsWith('.json')) files.push(`${dir}/${name}`);
  return files.flatMap((file) => [...strings(JSON.parse(readFileSync(file, 'utf8')))]);
}

/** Checks that `source` is either left to marked or rendered as marked renders it. */
function agrees(source: string): boolean {
  const fast = simpleMarkdown(source);
  if (fast !== undefined) assert.equal(shown(fast), shown(fullMarkdown(source)), source);
  return fast !== undefined;
}

/** Pieces that text is made of, markup and words: many near misses of each construct. */
const PIECES = [
  'sana',
  'Ä',
  ' ',
  ' ',
  '\n',
  '\n\n',
  '- ',
  '* ',
  '+ ',
  '1. ',
  '2) ',
  '# ',
  '## ',
  '**',
  '*',
  '[a](https://x.example/ä)',
  '[**b**](mailto:a@b.example)',
  'info@kuura.example',
  'a.b+c@x-y.example',
  'www.kuura.example',
  'https://kuura.example/a?b=1',
  '<https://x.example>',
  '<a@b.example>',
  '<p>',
  '</p>',
  '<strong>',
  '</strong>',
  '\\*',
  '\\[',
  '\\\n',
  '  \n',
  ':',
  '.',
  ',',
  '(',
  ')',
  '&',
  '"',
  "'",
  '<',
  '>',
  '!',
  '?',
  '[',
  ']',
  '    ',
  '<br>',
  '<a href="https://x.example">',
  '</a>',
  '<ul><li>x</li></ul>',
  '5',
  '-',
  '=',
  '#',
  '@',
  '\\',
  'mailto:',
  '3.',
  '  ',
];

describe('simpleMarkdown', () => {
  it('renders the notice fixtures as marked does, and nearly all of them itself', () => {
    const texts = fixtureTexts();
    const taken = texts.filter(agrees).length;
    assert.ok(taken / texts.length > 0.95, `took ${taken} of ${texts.length}`);
  });

  it('renders the common shapes', () => {
    assert.equal(
      simpleMarkdown(
        '# Otsikko\n\nLue **ehdot** ja *huomaa*: info@kuura.example.\n\n- yksi\n- [kaksi](https://x.example)',
      ),
      '<h4>Otsikko</h4>\n<p>Lue <strong>ehdot</strong> ja <em>huomaa</em>: <a href="mailto:info@kuura.example">info@kuura.example</a>.</p>\n<ul>\n<li>yksi</li>\n<li><a href="https://x.example">kaksi</a></li>\n</ul>\n',
    );
    assert.equal(simpleMarkdown('<ul><li>nimi</li></ul>'), '<ul><li>nimi</li></ul>');
    assert.equal(
      simpleMarkdown('Rivi\\\nseuraava www.kuura.example.'),
      '<p>Rivi<br>seuraava <a href="http://www.kuura.example">www.kuura.example</a>.</p>\n',
    );
  });

  it('leaves to marked what it does not read', () => {
    for (const source of [
      '| a | b |\n| - | - |\n| 1 | 2 |',
      '- a\n  - b',
      '- a\n\n- b',
      '> lainaus',
      '`koodi`',
      '```\nkoodi\n```',
      'Otsikko\n===',
      '---',
      '<!-- huomautus -->',
      '**auki',
      'snake_case',
      '&auml;',
      '![kuva](x.png)',
      '[viite][1]\n\n[1]: https://x.example',
    ])
      assert.equal(simpleMarkdown(source), undefined, source);
  });

  it('agrees with marked on generated near misses', () => {
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let taken = 0;
    for (let n = 0; n < 4000; n++) {
      let source = '';
      for (let length = 1 + Math.floor(random() * 14); length > 0; length--)
        source += PIECES[Math.floor(random() * PIECES.length)];
      if (agrees(source)) taken++;
    }
    assert.ok(taken > 1000, `took ${taken}`);
  });
});
