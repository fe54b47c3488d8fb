/** `seloste validate notice.json`: errors (exit status 1) and GDPR warnings. */
import { parseNotice, type NoticeIssue } from '../notice/notice-schema.js';
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

Checks a privacy notice: errors, with exit status 1, and warnings for what GDPR
expects but the notice leaves out. Use - to read standard input.`;

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

/** Prints the errors and warnings, and fails when there are errors. */
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

export const command: Command = {
  summary: 'Check a privacy notice: errors (exit status 1) and GDPR warnings.',
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
