/**
 * The `seloste` command for site owners: one subcommand per file in this folder, each loaded
 * only when it runs (so `validate` never loads a browser driver or a database).
 *
 *     seloste validate notice.json              errors (exit status 1) and GDPR warnings
 *     seloste import seloste.html > notice.json a published notice into the format
 *
 * Built into dist/cli/ by scripts/build-cli.mjs; bin/seloste.mjs runs it.
 */
import { readFile } from 'node:fs/promises';
import { EXIT, InputError, UsageError, type Command } from './common.js';

/** The subcommands, in the order `--help` lists them. Add one line per new command. */
const COMMANDS: Record<string, () => Promise<{ command: Command }>> = {
  validate: () => import('./validate.js'),
  import: () => import('./import.js'),
  preview: () => import('./preview.js'),
  scan: () => import('./scan.js'),
  log: () => import('./log.js'),
};

async function usage(): Promise<string> {
  const lines = await Promise.all(
    Object.entries(COMMANDS).map(
      async ([name, load]) => `  ${name.padEnd(10)} ${(await load()).command.summary}`,
    ),
  );
  return `Usage: seloste <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help               Show this help; seloste <command> --help shows a command's.
  -v, --version            Show Seloste's version.

Examples:
  npx seloste import tietosuojaseloste.html > notice.json
  npx seloste validate notice.json

The notice format is described in docs/notice-format.md in Seloste's repository.`;
}

async function packageVersion(): Promise<string> {
  // The same path from src/cli/ and from dist/cli/.
  const json = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(json) as { version: string }).version;
}

/** What is wrong with the command line, if `error` is about that. */
function usageProblem(error: unknown): string | undefined {
  if (error instanceof UsageError) return error.message;
  const { code, message } = error as { code?: unknown; message?: string };
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return undefined;
  // parseArgs adds advice on positionals that start with "-", which is beside the point here.
  return message?.replace(/\. To specify a positional argument.*$/s, '.');
}

/** Runs the command line `args` (without `node seloste`) and returns the exit status. */
async function main(args: string[]): Promise<number> {
  try {
    const [first, ...rest] = args;
    if (first === undefined) throw new UsageError('No command given.');
    if (first === '-h' || first === '--help' || first === 'help') {
      const load = rest[0] !== undefined ? COMMANDS[rest[0]] : undefined;
      process.stdout.write(`${load ? (await load()).command.usage : await usage()}\n`);
      return EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
      process.stdout.write(`${await packageVersion()}\n`);
      return EXIT.ok;
    }
    const load = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!load) {
      throw new UsageError(`Unknown command "${first}": use ${Object.keys(COMMANDS).join(', ')}.`);
    }
    return await (await load()).command.run(rest);
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

process.exitCode = await main(process.argv.slice(2));
