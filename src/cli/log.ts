/**
 * `seloste log serve|purge`: the consent log service, and its retention purge.
 * The service itself is in ../log/ (docs/consent-log.md explains it).
 */
import { startService } from '../log/server.js';
import { openStore, type LogStore } from '../log/store.js';
import { cutoff, describeAge, parseAge, type Age } from '../log/retention.js';
import { EXIT, InputError, UsageError, parseCommandArgs, type Command } from './common.js';

const USAGE = `Usage: seloste log serve [options]
       seloste log purge --older-than <age> [--data <folder>]

serve   Runs the consent log: the widget's data-consent-log sends each decision
        to POST /v1/records; the owner reads them back with the token.
  --port <n>           port to listen on (default 8787)
  --host <address>     address to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --data <folder>      the embedded database's folder (default ./seloste-log)
  --origin <origin>    a site allowed to send records, e.g. https://shop.example.fi
                       (repeat for each site)
  --retention <age>    purge records older than this at start and daily, e.g. 36m
  --rate-limit <n>     requests per minute per client address (default 120; 0 = off)
  --trust-proxy        take the client address from X-Forwarded-For (behind a proxy)

purge   Deletes the records received longer ago than --older-than, e.g. 36m.

Ages: a number and d (days), w (weeks), m (months) or y (years).

Environment:
  SELOSTE_LOG_TOKEN    the owner's bearer token for GET /v1/records and /v1/export
                       (at least 16 characters; without it those answer 503)
  DATABASE_URL         use PostgreSQL (postgres://user:password@host/db) instead of
                       the embedded database

Example:
  SELOSTE_LOG_TOKEN=$(openssl rand -hex 32) npx seloste log serve --origin https://shop.example.fi

The record format, the endpoints and how to grow past one machine are in
docs/consent-log.md in Seloste's repository.`;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  origin: { type: 'string', multiple: true },
  retention: { type: 'string' },
  'rate-limit': { type: 'string' },
  'trust-proxy': { type: 'boolean' },
  'older-than': { type: 'string' },
} as const;

/** An age option's value, or a usage error that shows the form. */
function age(option: string, text: string | undefined): Age | undefined {
  if (text === undefined) return undefined;
  const parsed = parseAge(text);
  if (!parsed) {
    throw new UsageError(`${option} must be a number and d, w, m or y (e.g. 36m), not "${text}".`);
  }
  return parsed;
}

/** A whole number option within bounds. */
function whole(option: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) > max) {
    throw new UsageError(`${option} must be a whole number from 0 to ${max}, not "${text}".`);
  }
  return Number(text);
}

/**
 * The `--origin` values, each an origin as browsers send it.
 *
 * @example
 * origins(['https://shop.example.fi']) // ['https://shop.example.fi']
 * origins(['https://shop.example.fi/']) // throws: no path
 */
function origins(values: readonly string[] = []): string[] {
  return values.map((value) => {
    let origin: string | undefined;
    try {
      origin = new URL(value).origin;
    } catch {
      origin = undefined;
    }
    if (origin !== value || !/^https?:/.test(value)) {
      const hint = origin && origin !== 'null' ? `: ${origin}` : ', e.g. https://shop.example.fi';
      throw new UsageError(
        `--origin must be a site's origin, scheme and host only${hint} (not "${value}").`,
      );
    }
    return origin;
  });
}

/** The owner token from the environment, refused when too short to be a secret. */
function ownerToken(): string | undefined {
  const token = process.env.SELOSTE_LOG_TOKEN?.trim();
  if (!token) return undefined;
  if (token.length < 16) {
    throw new UsageError(
      `SELOSTE_LOG_TOKEN is too short (${token.length} characters): use at least 16 random ones, e.g. $(openssl rand -hex 32).`,
    );
  }
  return token;
}

/** Opens the store the environment names; a failure is the user's to fix, so it is an InputError. */
async function open(dataDir: string): Promise<LogStore> {
  try {
    return await openStore({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const complain = (line: string) => process.stderr.write(`seloste log: ${line}\n`);

/** Runs the service until SIGTERM or SIGINT, then stops it gracefully. */
async function serve(
  values: Record<string, string | boolean | string[] | undefined>,
): Promise<number> {
  const allowed = origins(values.origin as string[] | undefined);
  const token = ownerToken();
  const retention = age('--retention', values.retention as string | undefined);
  const port = whole('--port', values.port as string | undefined, 8787, 65_535);
  const rateLimit = whole(
    '--rate-limit',
    values['rate-limit'] as string | undefined,
    120,
    1_000_000,
  );
  const dataDir = (values.data as string | undefined) ?? './seloste-log';
  const store = await open(dataDir);
  let service;
  try {
    service = await startService({
      store,
      port,
      host: (values.host as string | undefined) ?? '127.0.0.1',
      origins: allowed,
      token,
      rateLimit,
      trustProxy: values['trust-proxy'] === true,
      retention,
      log: say,
      logError: complain,
    });
  } catch (error) {
    await store.close();
    throw new InputError(`Cannot listen on port ${port}: ${(error as Error).message}`);
  }
  const storage = store.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${dataDir}`;
  say(`seloste log: listening on ${service.url} (storage: ${storage})`);
  if (allowed.length === 0) {
    complain('no --origin given: browsers cannot send records (only clients that send no Origin).');
  }
  if (!token) complain('SELOSTE_LOG_TOKEN is not set: the owner endpoints answer 503.');
  if (retention) say(`seloste log: keeping records for ${describeAge(retention)}, purged daily`);

  const signal = await new Promise<string>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  say(`seloste log: ${signal}: finishing the requests in flight, then closing the database…`);
  const now = (second: string) => {
    complain(`${second} during the shutdown: stopping at once.`);
    process.exit(EXIT.failed);
  };
  process.once('SIGTERM', now).once('SIGINT', now);
  await service.stop();
  say('seloste log: stopped');
  return EXIT.ok;
}

/** Deletes the records older than `--older-than`. */
async function purge(
  values: Record<string, string | boolean | string[] | undefined>,
): Promise<number> {
  const older = age('--older-than', values['older-than'] as string | undefined);
  if (!older) throw new UsageError('Say how old a record must be to go, e.g. --older-than 36m.');
  const store = await open((values.data as string | undefined) ?? './seloste-log');
  try {
    const before = cutoff(new Date(), older);
    const count = await store.purge(before);
    say(`Purged ${count} record${count === 1 ? '' : 's'} received before ${before.toISOString()}.`);
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

export const command: Command = {
  summary: 'Run the consent log service (serve), or purge old records (purge).',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return EXIT.ok;
    }
    const [action, ...extra] = positionals;
    if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}".`);
    if (action === 'serve') {
      if (values['older-than'] !== undefined)
        throw new UsageError('--older-than is for purge; serve takes --retention.');
      return serve(values);
    }
    if (action === 'purge') {
      const wrong = ['port', 'host', 'origin', 'retention', 'rate-limit', 'trust-proxy'].find(
        (name) => Object.hasOwn(values, name),
      );
      if (wrong) throw new UsageError(`--${wrong} is for serve, not purge.`);
      return purge(values);
    }
    throw new UsageError(
      action === undefined
        ? 'Say what to do: seloste log serve, or seloste log purge --older-than 36m.'
        : `Unknown action "${action}": use serve or purge.`,
    );
  },
};
