/** `seloste validate notice.json`: errors (exit status 1), GDPR warnings and notes. */
import { validateNotice } from '../notice/gdpr-checks.js';
import type { NoticeIssue } from '../notice/notice-schema.js';
import {
  EXIT,
  InputError,
  UsageError,
  oneFile,
  painter,
  parseCommandArgs,
  plural,
  readText,
  type Command,
} from './common.js';

const USAGE = `Usage: seloste validate <notice.json>

Checks a privacy notice: errors, with exit status 1, warnings for what GDPR
expects but the notice leaves out, and notes. Use - to read standard input.`;

/** At most this many issues of each kind are printed; the rest are counted. */
export const SHOWN_ISSUES = 50;

/** Where a JSON parse error is, as line and column, when the message gives a position. */
function jsonErrorMessage(error: Error, text: string): string {
  const position = /at position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/s, '')} (line ${line}, column ${column})`;
}

/** An issue's path, or a name for the notice as a whole. */
function displayPath(issue: NoticeIssue): string {
  return issue.path || '(notice)';
}

/** Prints the errors, warnings and notes, and fails when there are errors. */
async function validate(file: string): Promise<number> {
  const { text, name } = await readText(file);
  let json: unknown;
  try {
    // TextDecoder has taken off the byte order mark; this takes off a second one, should an
    // editor have added its own.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why =
      error instanceof RangeError
        ? 'it is nested too deeply'
        : jsonErrorMessage(error as Error, text);
    throw new InputError(`${name} is not valid JSON: ${why}.`);
  }
  const { errors, warnings, notes, omitted } = validateNotice(json);
  const errorCount = errors.length + (omitted?.errors ?? 0);
  const warningCount = warnings.length + (omitted?.warnings ?? 0);
  const colour = painter(process.stdout);
  const kinds = [
    { label: colour.red('error  '), issues: errors, total: errorCount, word: 'error' },
    { label: colour.yellow('warning'), issues: warnings, total: warningCount, word: 'warning' },
    { label: 'note   ', issues: notes, total: notes.length, word: 'note' },
  ];
  let width = 0;
  for (const { issues } of kinds) {
    for (const issue of issues.slice(0, SHOWN_ISSUES))
      width = Math.max(width, displayPath(issue).length);
  }
  width = Math.min(30, width);
  const lines: string[] = [];
  for (const { label, issues, total, word } of kinds) {
    for (const issue of issues.slice(0, SHOWN_ISSUES)) {
      lines.push(`  ${label}  ${colour.bold(displayPath(issue).padEnd(width))}  ${issue.message}`);
    }
    if (total > SHOWN_ISSUES) {
      lines.push(
        `  … and ${plural(total - SHOWN_ISSUES, `more ${word}`)}, not listed: fix the ones above first.`,
      );
    }
  }
  const counts = [plural(errorCount, 'error'), plural(warningCount, 'warning')].join(', ');
  const summary =
    errorCount > 0
      ? colour.red(`✗ ${name}: ${counts}`)
      : colour.green(`✓ ${name} is a valid notice`) +
        (warningCount > 0 ? ` (${plural(warningCount, 'warning')})` : '');
  process.stdout.write([...lines, ...(lines.length > 0 ? [''] : []), summary, ''].join('\n'));
  return errorCount > 0 ? EXIT.failed : EXIT.ok;
}

export const command: Command = {
  summary: 'Check a privacy notice: errors (exit status 1), GDPR warnings and notes.',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {});
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    if (positionals.length === 0) {
      throw new UsageError('Give the file to validate, e.g. seloste validate notice.json.');
    }
    return validate(oneFile('validate', positionals, 'notice.json'));
  },
};
