/** `seloste import seloste.html > notice.json`: a published notice into the notice format. */
import { basename } from 'node:path';
import { LANGS, type Lang } from '../core/types.js';
import {
  importNotice,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from '../notice/import/index.js';
import { localDate, parseNotice } from '../notice/notice-schema.js';
import {
  EXIT,
  InputError,
  choice,
  oneFile,
  painter,
  parseCommandArgs,
  plural,
  readText,
  type Command,
} from './common.js';

const USAGE = `Usage: seloste import <file> [options]

Turns a published notice (.txt, .md or .html) into the notice format: JSON on
stdout, a report on stderr. Use - to read standard input.

Options:
  --lang fi|sv|en          The document's language (default: detected).
  --format text|markdown|html
                           How the document is written (default: by its extension).
  --keep-headings          Keep the document's own headings where they differ from
                           Seloste's standard ones.

Example:
  npx seloste import tietosuojaseloste.html > notice.json`;

const FORMATS: readonly ImportFormat[] = ['text', 'markdown', 'html'];

/** `importNotice`, with a document too deeply nested to read as an input error. */
function readNotice(text: string, options: ImportOptions): ImportResult {
  try {
    return importNotice(text, options);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new InputError('The document is nested too deeply to read.');
    }
    throw error;
  }
}

interface ImportFlags {
  lang?: Lang;
  format?: ImportFormat;
  keepHeadings: boolean;
}

/** The notice as JSON on stdout, the report on stderr. */
async function runImport(file: string, flags: ImportFlags): Promise<number> {
  const { text, legacy, name } = await readText(file);
  if (!text.trim()) throw new InputError(`${file} is empty: nothing to import.`);
  const today = localDate(new Date());
  const result = readNotice(text, {
    filename: file === '-' ? undefined : basename(file),
    today,
    ...flags,
  });
  process.stdout.write(`${JSON.stringify(result.notice, null, 2)}\n`);

  const colour = painter(process.stderr);
  const formats: Record<ImportFormat, string> = {
    text: 'plain text',
    markdown: 'Markdown',
    html: 'HTML',
  };
  const report = [
    `Read ${name} as ${formats[result.format]}${legacy ? ' (in Windows-1252, not UTF-8)' : ''}.`,
  ];
  if (result.placed.length > 0) {
    const width = Math.min(56, Math.max(...result.placed.map(({ heading }) => heading.length)));
    report.push('', colour.bold('Placed:'));
    for (const { heading, to } of result.placed) report.push(`  ${heading.padEnd(width)}  → ${to}`);
  }
  if (result.unplaced.length > 0) {
    report.push(
      '',
      colour.yellow('Could not place:'),
      ...result.unplaced.map((line) => `  - ${line}`),
    );
  }
  if (result.notes.length > 0) {
    report.push('', colour.bold('Notes:'), ...result.notes.map((line) => `  - ${line}`));
  }
  const { errors, warnings } = parseNotice(result.notice, { today });
  const check =
    errors.length > 0
      ? colour.red(
          `The notice has ${plural(errors.length, 'error')} and ${plural(warnings.length, 'warning')}`,
        )
      : `The notice is valid, with ${plural(warnings.length, 'warning')}`;
  report.push('', `${check}: save it and run seloste validate on it for the details.`, '');
  process.stderr.write(report.join('\n'));
  return EXIT.ok;
}

export const command: Command = {
  summary: 'Turn a published notice (.txt, .md, .html) into the notice format.',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      lang: { type: 'string' },
      format: { type: 'string' },
      'keep-headings': { type: 'boolean' },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    return runImport(oneFile('import', positionals, 'tietosuojaseloste.html'), {
      lang: choice('--lang', values.lang, LANGS),
      format: choice('--format', values.format, FORMATS),
      keepHeadings: values['keep-headings'] ?? false,
    });
  },
};
