/**
 * What every `seloste` command shares: exit statuses, the two kinds of expected failure, reading
 * input files, and terminal output helpers.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { decodeText } from '../notice/import/decode-text.js';

/** Exit statuses: 1 for a failed check or unreadable input, 2 for a wrong command line. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown for a command line that cannot run; the message says why. Exit status 2. */
export class UsageError extends Error {}

/** Thrown for input that cannot be read or used; the message says why. Exit status 1. */
export class InputError extends Error {}

/** One subcommand of `seloste`: its help text and what it does with its own arguments. */
export interface Command {
  /** One line for the command list in `seloste --help`. */
  readonly summary: string;
  /** The command's own help (`seloste <command> --help`). */
  readonly usage: string;
  /** Runs with the arguments after the command's name; returns the exit status. */
  run(args: string[]): Promise<number>;
}

/**
 * `parseArgs` for a command, with positionals allowed and a `--help` flag of its own.
 *
 * @example
 * const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' } });
 */
export function parseCommandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
) {
  return parseArgs({
    args,
    allowPositionals: true,
    options: { ...options, help: { type: 'boolean', short: 'h' } },
  });
}

/** An option's value when it is one of `allowed`. */
export function choice<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) {
    return value as T | undefined;
  }
  throw new UsageError(`${option} must be one of ${allowed.join(', ')}, not "${value}".`);
}

/** The one file a command works on, or a usage error that shows an example. */
export function oneFile(command: string, positionals: string[], example: string): string {
  const [file, ...extra] = positionals;
  if (!file)
    throw new UsageError(`Give the file to ${command}, e.g. seloste ${command} ${example}.`);
  if (extra.length > 0) {
    throw new UsageError(`One file at a time: ${[file, ...extra].join(', ')}.`);
  }
  return file;
}

/** A file's bytes, or standard input's for `-`. */
export async function readInput(file: string): Promise<Buffer> {
  try {
    if (file !== '-') return await readFile(file);
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** Why `file` could not be read, in words: no such file, a folder, no permission. */
export function cannotRead(file: string, error: unknown): InputError {
  const { code } = error as NodeJS.ErrnoException;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder'
        : code === 'EACCES'
          ? 'permission denied'
          : (error as Error).message;
  return new InputError(`Cannot read ${file}: ${why}.`);
}

/**
 * The text of a file (of standard input for `-`), what to call it in messages, and whether it
 * was read as Windows-1252.
 */
export async function readText(
  file: string,
): Promise<{ text: string; legacy: boolean; name: string }> {
  const decoded = decodeText(await readInput(file));
  if (!decoded) throw new InputError(`${file} is not a text file.`);
  return { ...decoded, name: file === '-' ? 'standard input' : file };
}

/** ANSI colours when writing to a terminal (and NO_COLOR is not set). */
export function painter(stream: NodeJS.WriteStream) {
  const on = stream.isTTY === true && !process.env.NO_COLOR;
  const paint = (code: number) => (text: string) => (on ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { red: paint(31), yellow: paint(33), green: paint(32), bold: paint(1) };
}

/** `3 errors`, `1 warning`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * Seloste's version from its package.json, found by walking up from this module (the same
 * from src/cli/ and from the chunks in dist/cli/); empty when it cannot be read.
 */
export async function packageVersion(): Promise<string> {
  for (const up of ['../../', '../../../', '../']) {
    try {
      const json = await readFile(new URL(`${up}package.json`, import.meta.url), 'utf8');
      const { name, version } = JSON.parse(json) as { name?: string; version?: string };
      if (name === 'seloste' && version) return version;
    } catch {
      // Not here: try the next folder up.
    }
  }
  return '';
}
