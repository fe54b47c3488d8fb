/**
 * `npm run import:score -- DIR EXPECTED.json`: how well `seloste import` places the sections of
 * real notices. For each notice named in EXPECTED.json (read from DIR), the share of its expected
 * sections that the imported notice has, per language and per part, and any "Missing" warning
 * `seloste validate` gives for a topic the notice does cover; then the total.
 *
 * EXPECTED.json holds section ids only (see bench/corpus-expected.json):
 *
 *     { "notices": { "seloste.html": { "languages": ["fi"], "sections": ["controller", …],
 *       "inside": ["legalBasis"] } } }
 *
 * `sections` must be placed; `inside` (topics only mentioned inside other text) need not be, but
 * must not be called missing. A document of several notices lists `parts`, each with its own
 * `sections` and `inside`. Exits with 1 when a notice cannot be imported at all.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Lang } from '../src/core/types.js';
import { validateNotice } from '../src/notice/gdpr-checks.js';
import { importNotice } from '../src/notice/import/index.js';
import { readDocument } from '../src/notice/import/document.js';
import { isSecurityParts } from '../src/notice/localize.js';
import type { Notice, SectionId } from '../src/notice/types.js';

interface Expected {
  sections: SectionId[];
  inside?: SectionId[];
}

interface ExpectedNotice extends Partial<Expected> {
  languages: Lang[];
  parts?: Expected[];
}

interface Row {
  file: string;
  placed: number;
  /** Of those placed, how many only point to another section that holds their text. */
  referenced: string[];
  expected: number;
  missed: string[];
  falseMissing: string[];
  error?: string;
}

/** Whether the notice has section `id` with text in `lang`. */
export function hasSection(notice: Notice, id: SectionId, lang: Lang): boolean {
  const value = notice[id];
  if (value === undefined) return false;
  if (id === 'controller' || id === 'contact' || id === 'dpo') return true;
  const inLang = (text: unknown) =>
    typeof text === 'string'
      ? text.trim() !== ''
      : typeof text === 'object' &&
        text !== null &&
        hasText((text as Record<string, unknown>)[lang]);
  if (id === 'security' && typeof value === 'object' && isSecurityParts(value as never)) {
    const parts = value as { manual?: unknown; electronic?: unknown };
    return inLang(parts.manual) || inLang(parts.electronic);
  }
  return inLang(value);
}

/**
 * Whether section `id` only points to the section that holds its text (the importer writes such
 * a pointer for a topic a combined heading names but whose text could not be told apart).
 */
function isReference(notice: Notice, id: SectionId, lang: Lang): boolean {
  const value = notice[id] as unknown;
  const text = typeof value === 'string' ? value : (value as Record<string, unknown>)?.[lang];
  return typeof text === 'string' && /^(Katso kohta|Se avsnittet|See the section) [”“]/.test(text);
}

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** Scores one notice: every part, every language. */
async function score(dir: string, file: string, expected: ExpectedNotice): Promise<Row> {
  const row: Row = { file, placed: 0, referenced: [], expected: 0, missed: [], falseMissing: [] };
  const parts = expected.parts ?? [{ sections: expected.sections ?? [], inside: expected.inside }];
  for (const part of parts) row.expected += part.sections.length * expected.languages.length;
  try {
    const document = await readDocument(await readFile(join(dir, file)), file);
    for (const [i, part] of parts.entries()) {
      const { notice } = importNotice(document.text, {
        format: document.format,
        filename: file,
        today: '2026-11-22',
        part: i + 1,
      });
      const prefix = parts.length > 1 ? `part ${i + 1} ` : '';
      for (const lang of expected.languages) {
        for (const id of part.sections) {
          if (!hasSection(notice, id, lang)) {
            row.missed.push(`${prefix}${lang}:${id}`);
            continue;
          }
          row.placed++;
          if (isReference(notice, id, lang)) row.referenced.push(`${prefix}${lang}:${id}`);
        }
      }
      const { warnings } = validateNotice(notice, { today: '2026-11-22' });
      const covered = new Set([...part.sections, ...(part.inside ?? [])]);
      for (const warning of warnings) {
        if (/^Missing/.test(warning.message) && covered.has(warning.path as SectionId)) {
          row.falseMissing.push(`${prefix}${warning.path}`);
        }
      }
    }
  } catch (error) {
    row.placed = 0;
    row.error = (error as Error).stack ?? String(error);
  }
  return row;
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;

async function main(args: string[]): Promise<number> {
  const [dir, expectedFile] = args;
  if (!dir || !expectedFile) {
    process.stderr.write('Usage: npm run import:score -- DIR EXPECTED.json\n');
    return 2;
  }
  const { notices } = JSON.parse(await readFile(expectedFile, 'utf8')) as {
    notices: Record<string, ExpectedNotice>;
  };
  const rows: Row[] = [];
  for (const [file, expected] of Object.entries(notices)) {
    rows.push(await score(dir, file, expected));
  }
  const width = Math.max(...rows.map((row) => row.file.length));
  const lines = [`Import score: ${basename(expectedFile)} over ${dir}`, ''];
  for (const row of rows) {
    lines.push(
      `${row.file.padEnd(width)}  ${`${row.placed}/${row.expected}`.padStart(7)}  ${percent(row.placed, row.expected).padStart(6)}` +
        (row.error ? '  CRASHED' : '') +
        (row.referenced.length ? `  by reference: ${row.referenced.join(', ')}` : '') +
        (row.missed.length ? `  missed: ${row.missed.join(', ')}` : '') +
        (row.falseMissing.length ? `  false "Missing": ${row.falseMissing.join(', ')}` : ''),
    );
    if (row.error) lines.push(`    ${row.error.split('\n').slice(0, 4).join('\n    ')}`);
  }
  const placed = rows.reduce((sum, row) => sum + row.placed, 0);
  const expected = rows.reduce((sum, row) => sum + row.expected, 0);
  const falseMissing = rows.reduce((sum, row) => sum + row.falseMissing.length, 0);
  const referenced = rows.reduce((sum, row) => sum + row.referenced.length, 0);
  const crashed = rows.filter((row) => row.error).length;
  lines.push(
    '',
    `total  ${placed}/${expected} placed (${percent(placed, expected)}; ${referenced} of them by reference to a section holding their text), ${falseMissing} false "Missing" warnings, ${crashed} crashed`,
    '',
  );
  process.stdout.write(lines.join('\n'));
  return crashed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
