/**
 * The `seloste` command for site owners:
 *
 *     seloste validate notice.json            errors (exit status 1) and GDPR warnings
 *     seloste import seloste.html > notice.json   a published notice into the format
 *
 * Built into dist/cli/seloste.mjs by scripts/build-cli.mjs; bin/seloste.mjs runs it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../core/types.js';
import {
  importNotice,
  type ImportFormat,
  type ImportOptions,
  type ImportResult,
} from '../notice/import/index.js';
import { localDate, parseNotice, type NoticeIssue } from '../notice/notice-schema.js';

const USAGE = `Usage: seloste <command> [options]

Commands:
  validate <notice.json>   Check a privacy notice: errors, with exit status 1, and
                           warnings for what GDPR expects but the notice leaves out.
  import <file>            Turn a published notice (.txt, .md or .html) into the
                           notice format: JSON on stdout, a report on stderr.
                           Use - to read standard input.

Options for import:
  --lang fi|sv|en          The document's language (default: detected).
  --format text|markdown|html
                           How the document is written (default: by its extension).
  --keep-headings          Keep the document's own headings where they differ from
                           Seloste's standard ones.

  -h, --help               Show this help.
  -v, --version            Show Seloste's version.

Examples:
  npx seloste import tietosuojaseloste.html > notice.json
  npx seloste validate notice.json

The notice format is described in docs/notice-format.md in Seloste's repository.`;

/** Exit statuses: 1 for an invalid notice or unreadable input, 2 for a wrong command line. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown for a command line that cannot run; the message says why. */
class UsageError extends Error {}

/** Thrown for input that cannot be read; the message says why. */
class InputError extends Error {}

const FORMATS: readonly ImportFormat[] = ['text', 'markdown', 'html'];

/** Runs the command line `args` (without `node seloste`) and returns the exit status. */
async function main(args: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        lang: { type: 'string' },
        format: { type: 'string' },
        'keep-headings': { type: 'boolean' },
      },
    });
    if (values.help || positionals[0] === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (values.version) {
      process.stdout.write(`${await packageVersion()}\n`);
      return EXIT.ok;
    }
    const [command, file, ...extra] = positionals;
    if (!command) throw new UsageError('No command given.');
    if (command !== 'validate' && command !== 'import') {
      throw new UsageError(`Unknown command "${command}": use validate or import.`);
    }
    if (!file) {
      const example = command === 'validate' ? 'notice.json' : 'tietosuojaseloste.html';
      throw new UsageError(`Give the file to ${command}, e.g. seloste ${command} ${example}.`);
    }
    if (extra.length > 0) {
      throw new UsageError(`One file at a time: ${[file, ...extra].join(', ')}.`);
    }
    if (command === 'validate') {
      if (values.lang || values.format || values['keep-headings']) {
        throw new UsageError('--lang, --format and --keep-headings are options of import.');
      }
      return await validate(file);
    }
    return await runImport(file, {
      lang: choice('--lang', values.lang, LANGS),
      format: choice('--format', values.format, FORMATS),
      keepHeadings: values['keep-headings'] ?? false,
    });
  } catch (error) {
    if (error instanceof InputError) {
      process.stderr.write(`seloste: ${error.message}\n`);
      return EXIT.failed;
    }
    const message = usageProblem(error);
    if (message === undefined) throw error;
    process.stderr.write(`seloste: ${message}\nRun seloste --help for usage.\n`);
    return EXIT.usage;
  }
}

/** What is wrong with the command line, if `error` is about that. */
function usageProblem(error: unknown): string | undefined {
  if (error instanceof UsageError) return error.message;
  const { code, message } = error as { code?: unknown; message?: string };
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  // parseArgs adds advice on positionals that start with "-", which is beside the point here.
  return message?.replace(/\. To specify a positional argument.*$/s, '.');
}

/** An option's value when it is one of `allowed`. */
function choice<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) {
    return value as T | undefined;
  }
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}".`);
}

async function packageVersion(): Promise<string> {
  // The same path from src/cli/ and from dist/cli/.
  const json = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(json) as { version: string }).version;
}

/** A file's bytes, or standard input's for `-`. */
async function readInput(file: string): Promise<Buffer> {
  try {
    if (file !== '-') return await readFile(file);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new InputError(`Cannot read ${file}: ${why}.`);
  }
}

/**
 * Text from bytes: UTF-8, UTF-16 with a byte order mark (Windows Notepad's "Unicode"), or
 * Windows-1252 as older Finnish pages were saved; `undefined` for binary data.
 */
function decode(bytes: Buffer): { text: string; legacy: boolean } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), legacy: false };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), legacy: false };
  }
  if (bytes.includes(0)) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), legacy: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), legacy: true };
  }
}

/**
 * The text of a file (of standard input for `-`), what to call it in messages, and whether it
 * was read as Windows-1252.
 */
async function readText(file: string): Promise<{ text: string; legacy: boolean; name: string }> {
  const decoded = decode(await readInput(file));
  if (!decoded) throw new InputError(`${file} is not a text file.`);
  return { ...decoded, name: file === '-' ? 'standard input' : file };
}

/** ANSI colours when writing to a terminal (and NO_COLOR is not set). */
function painter(stream: NodeJS.WriteStream) {
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  const paint = (code: number) => (text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { red: paint(31), yellow: paint(33), green: paint(32), bold: paint(1) };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Where a JSON parse error is, as line and column, when the message gives a position. */
function jsonErrorMessage(error: Error, text: string): string {
  const position = /at position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/s, '')} (line ${line}, column ${column})`;
}

/** `seloste validate`: prints the errors and warnings, and fails when there are errors. */
async function validate(file: string): Promise<number> {
  const { text, name } = await readText(file);
  let json: unknown;
  try {
    // TextDecoder has taken off the byte order mark; this takes off a second one, should an
    // editor have added its own.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${name} is not valid JSON: ${jsonErrorMessage(error as Error, text)}.`);
  }
  const { errors, warnings } = parseNotice(json);
  const colour = painter(process.stdout);
  const rows = [
    ...errors.map((issue) => ['error', issue] as const),
    ...warnings.map((issue) => ['warning', issue] as const),
  ];
  const width = Math.min(30, Math.max(0, ...rows.map(([, issue]) => displayPath(issue).length)));
  const lines = rows.map(([severity, issue]) => {
    const label = severity === 'error' ? colour.red('error  ') : colour.yellow('warning');
    return `  ${label}  ${colour.bold(displayPath(issue).padEnd(width))}  ${issue.message}`;
  });
  const counts = [plural(errors.length, 'error'), plural(warnings.length, 'warning')].join(', ');
  const summary =
    errors.length > 0
      ? colour.red(`✗ ${name}: ${counts}`)
      : colour.green(`✓ ${name} is a valid notice`) +
        (warnings.length > 0 ? ` (${plural(warnings.length, 'warning')})` : '');
  process.stdout.write([...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n'));
  return errors.length > 0 ? EXIT.failed : EXIT.ok;
}

/** An issue's path, or a name for the notice as a whole. */
function displayPath(issue: NoticeIssue): string {
  return issue.path || '(notice)';
}

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

/** `seloste import`: the notice as JSON on stdout, the report on stderr. */
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

process.exitCode = await main(process.argv.slice(2));
