/**
 * `seloste import seloste.html > notice.json`: a published notice (a file, standard input or a
 * URL) into the notice format, JSON on stdout and a report on stderr.
 */
import { open, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LANGS, type Lang } from '../core/types.js';
import { validateNotice } from '../notice/gdpr-checks.js';
import {
  DocumentError,
  fetchDocument,
  MAX_DOCUMENT_BYTES,
  readDocument,
} from '../notice/import/document.js';
import {
  DocumentTooLargeError,
  importNotice,
  type ImportFormat,
  type ImportResult,
} from '../notice/import/index.js';
import { localDate } from '../notice/text.js';
import {
  EXIT,
  InputError,
  UsageError,
  cannotRead,
  choice,
  oneFile,
  painter,
  parseCommandArgs,
  plural,
  type Command,
} from './common.js';

const USAGE = `Usage: seloste import <file or URL> [options]

Turns a published privacy notice into the notice format: JSON on stdout, a
report on stderr. Reads plain text (.txt, tables copied from a web page too),
Markdown (.md), HTML (.html, a whole web page or only the notice), Word (.docx),
page templates read as HTML (.vue, .jsx, .tsx, .js, .php, .jsp, .ftl) and web
pages by their address (http or https). Use - to read standard input.

Options:
  --lang fi|sv|en          The document's language (default: detected; a
                           document in several languages gives a notice in each).
  --format text|markdown|html
                           How the document is written (default: by its
                           extension, else by its look).
  --part <n>               The notice to import when the document holds
                           several (default: 1).
  --keep-headings          Keep the document's own headings where they differ
                           from Seloste's standard ones.
  --report-json <file>     Also write the report as JSON, for tools.

Examples:
  npx seloste import tietosuojaseloste.html > notice.json
  npx seloste import https://example.fi/tietosuojaseloste > notice.json
  npx seloste import seloste.docx --report-json report.json > notice.json`;

const FORMATS: readonly ImportFormat[] = ['text', 'markdown', 'html'];

interface ImportFlags {
  lang?: Lang;
  format?: ImportFormat;
  keepHeadings: boolean;
  part?: number;
  reportJson?: string;
}

/** A file's bytes (standard input's for `-`), refusing more than `MAX_DOCUMENT_BYTES`. */
async function readBounded(file: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new InputError(
      `${file === '-' ? 'Standard input' : file} is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB; a privacy notice is far smaller. Import the notice alone.`,
    );
  if (file === '-') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += (chunk as Buffer).length;
      if (size > MAX_DOCUMENT_BYTES) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks);
  }
  let handle;
  try {
    handle = await open(file, 'r');
    const { size, isDirectory } = await handle.stat().then((stat) => ({
      size: stat.size,
      isDirectory: stat.isDirectory(),
    }));
    if (isDirectory) throw new InputError(`Cannot read ${file}: it is a folder.`);
    if (size > MAX_DOCUMENT_BYTES) throw tooLarge();
    return await handle.readFile();
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(file, error);
  } finally {
    await handle?.close();
  }
}

/** Whether the argument is a web address (or another URL, which is refused with a reason). */
function isAddress(source: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || /^(?:javascript|data|file|mailto):/i.test(source)
  );
}

/** The document's text and what to call it: from a URL, standard input or a file. */
async function load(source: string) {
  try {
    if (isAddress(source)) {
      const fetched = await fetchDocument(source);
      const document = await readDocument(fetched.bytes, fetched.filename);
      const redirected = fetched.url !== source ? ` (from ${fetched.url})` : '';
      return { ...document, filename: fetched.filename, name: `${source}${redirected}` };
    }
    const bytes = await readBounded(source);
    const filename = source === '-' ? '' : basename(source);
    const document = await readDocument(bytes, filename);
    return { ...document, filename, name: source === '-' ? 'standard input' : source };
  } catch (error) {
    if (error instanceof DocumentError) throw new InputError(error.message);
    throw error;
  }
}

/** The notice as JSON on stdout, the report on stderr (and as JSON, if asked). */
async function runImport(source: string, flags: ImportFlags): Promise<number> {
  const document = await load(source);
  if (!document.text.trim()) throw new InputError(`${source} is empty: nothing to import.`);
  const today = localDate(new Date());
  let result: ImportResult;
  try {
    result = importNotice(document.text, {
      filename: document.filename || undefined,
      today,
      lang: flags.lang,
      format: flags.format ?? document.format,
      keepHeadings: flags.keepHeadings,
      part: flags.part,
    });
  } catch (error) {
    if (error instanceof DocumentTooLargeError) throw new InputError(error.message);
    if (error instanceof RangeError)
      throw new InputError('The document is nested too deeply to read.');
    throw error;
  }
  process.stdout.write(`${JSON.stringify(result.notice, null, 2)}\n`);
  const validation = validateNotice(result.notice, { today });
  process.stderr.write(report(document.name, document.notes, result, validation));
  if (flags.reportJson) {
    const json = {
      source: document.name,
      format: result.format,
      languages: result.languages,
      part: result.part,
      parts: result.parts,
      placed: result.placed,
      guessed: result.guessed,
      unplaced: result.unplaced,
      notes: [...document.notes, ...result.notes],
      validation: {
        errors: validation.errors,
        warnings: validation.warnings,
        notes: validation.notes,
      },
    };
    try {
      await writeFile(flags.reportJson, `${JSON.stringify(json, null, 2)}\n`);
    } catch (error) {
      throw new InputError(
        `Cannot write the report to ${flags.reportJson}: ${(error as Error).message}.`,
      );
    }
  }
  return EXIT.ok;
}

const FORMAT_NAMES: Record<ImportFormat, string> = {
  text: 'plain text',
  markdown: 'Markdown',
  html: 'HTML',
};

/** The report for people: where each heading went, what was guessed, what was left over. */
function report(
  name: string,
  documentNotes: string[],
  result: ImportResult,
  validation: ReturnType<typeof validateNotice>,
): string {
  const colour = painter(process.stderr);
  const legacy = documentNotes.some((note) => note.includes('Windows-1252'));
  const lines = [
    `Read ${name} as ${FORMAT_NAMES[result.format]}${legacy ? ' (in Windows-1252, not UTF-8)' : ''}.`,
  ];
  if (result.placed.length > 0) {
    const width = Math.min(56, Math.max(...result.placed.map(({ heading }) => heading.length)));
    const several = result.languages.length > 1;
    lines.push('', colour.bold('Placed:'));
    for (const { heading, to, line, lang } of result.placed) {
      const where = [line ? `line ${line}` : '', several ? lang : ''].filter(Boolean).join(', ');
      lines.push(`  ${heading.padEnd(width)}  → ${to}${where ? `  (${where})` : ''}`);
    }
  }
  const list = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', title, ...items.map((item) => `  - ${item}`));
  };
  list(colour.yellow('Guessed (check these):'), result.guessed);
  list(colour.yellow('Could not place:'), result.unplaced);
  list(colour.bold('Notes:'), [
    ...documentNotes.filter((note) => !note.includes('Windows-1252')),
    ...result.notes,
  ]);
  const { errors, warnings } = validation;
  const check =
    errors.length > 0
      ? colour.red(
          `The notice has ${plural(errors.length, 'error')} and ${plural(warnings.length, 'warning')}`,
        )
      : `The notice is valid, with ${plural(warnings.length, 'warning')}`;
  lines.push(
    '',
    `${check}: save it and run seloste validate (or seloste preview) on it for the details.`,
    '',
  );
  return lines.join('\n');
}

export const command: Command = {
  summary: 'Turn a published notice (file, URL, .docx, page template) into the notice format.',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      lang: { type: 'string' },
      format: { type: 'string' },
      part: { type: 'string' },
      'keep-headings': { type: 'boolean' },
      'report-json': { type: 'string' },
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const part = values.part === undefined ? undefined : Number(values.part);
    if (part !== undefined && !(Number.isInteger(part) && part >= 1)) {
      throw new UsageError(`--part must be a whole number from 1, not "${values.part}".`);
    }
    return runImport(oneFile('import', positionals, 'tietosuojaseloste.html'), {
      lang: choice('--lang', values.lang, LANGS),
      format: choice('--format', values.format, FORMATS),
      keepHeadings: values['keep-headings'] ?? false,
      part,
      reportJson: values['report-json'],
    });
  },
};
