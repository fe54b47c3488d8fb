/**
 * The consent log's HTTP API (Hono). Routes stay thin: they check the input at the edge, with a
 * clear 4xx, and hand it to the store.
 *
 *     POST /v1/records                  a record from the widget: 201 new, 200 repeat
 *     GET  /v1/records?consentId=…      owner: one visitor's history (JSON)
 *     GET  /v1/export?format=csv|jsonl  owner: every record, or from=…&to=…, streamed
 *     GET  /healthz                     200 when the database answers
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { checkRecord } from './record.js';
import type { LogStore, TimeRange } from './store.js';
import { EXPORT_FORMATS, exportHeader, exportLines, exportType } from './export-format.js';
import type { RateLimiter } from './rate-limit.js';

/** The largest record body accepted; a real record is well under 1 KB. */
export const MAX_BODY = 8 * 1024;

/** At most this many records in one history answer. */
export const MAX_HISTORY = 10_000;

export interface LogAppOptions {
  store: LogStore;
  /** The sites' origins allowed to send records from browsers (`https://shop.example.fi`). */
  origins: readonly string[];
  /** The owner's bearer token; without one the owner endpoints answer 503. */
  token?: string;
  /** Requests per client; none means no limit. */
  limiter?: RateLimiter;
  /** The client's key for the rate limit (its IP address). */
  clientKey?: (c: Context) => string;
  /** Where the one line per request goes. */
  log?: (line: string) => void;
  /** Where errors go (a database that fails). */
  logError?: (line: string) => void;
}

/** A JSON error answer: `{ "error": "…" }` plus any details. */
function problem(
  c: Context,
  status: 400 | 401 | 403 | 404 | 413 | 415 | 429 | 503,
  error: string,
  extra = {},
) {
  return c.json({ error: error, ...extra }, status);
}

/**
 * Whether two secrets are equal, in time that does not depend on where they differ. Hashing
 * first gives both the same length, which `timingSafeEqual` needs.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * The problem with a record request's Content-Type, if any. JSON comes as `application/json`,
 * or as `text/plain` (what `navigator.sendBeacon` sends for a string: a CORS-safelisted type,
 * so no preflight); in UTF-8 either way.
 */
function contentTypeProblem(header: string | undefined): string | undefined {
  const [type = '', ...params] = (header ?? '')
    .toLowerCase()
    .split(';')
    .map((part) => part.trim());
  if (type !== 'application/json' && type !== 'text/plain') {
    return `send the record as JSON with Content-Type: application/json (or text/plain), not ${header ? `"${header.slice(0, 60)}"` : 'without one'}`;
  }
  const charset = params
    .find((param) => param.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  return charset && charset !== 'utf-8'
    ? `the record must be UTF-8, not ${charset.slice(0, 30)}`
    : undefined;
}

/**
 * A time filter: a date (`2026-01-01`, midnight UTC) or an ISO 8601 time with its zone.
 *
 * @example
 * parseTime('2026-01-01') // 2026-01-01T00:00:00.000Z
 * parseTime('yesterday') // undefined
 */
export function parseTime(text: string): Date | undefined {
  const match = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(
    text,
  );
  if (!match) return undefined;
  const time = new Date(match[1] ? text : `${text}T00:00:00Z`);
  if (Number.isNaN(time.getTime())) return undefined;
  // A day that does not exist (2026-02-30) rolls over to another: refuse it.
  return match[1] || time.toISOString().slice(0, 10) === text ? time : undefined;
}

/** The export's time range from `from` and `to`, or the problem with them. */
function exportRange(from?: string, to?: string): TimeRange | string {
  const range: TimeRange = {};
  for (const [name, text] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (text === undefined) continue;
    const time = parseTime(text);
    if (!time) return `${name} must be a date (2026-01-01) or an ISO 8601 time with its zone`;
    range[name] = time;
  }
  if (range.from && range.to && range.from >= range.to) return 'from must be before to';
  return range;
}

/**
 * A streamed export: a page of records at a time, read only as fast as the client takes them.
 * If the database fails midway the stream errors, so the client sees a broken transfer rather
 * than a file that looks complete.
 */
function exportBody(
  store: LogStore,
  format: (typeof EXPORT_FORMATS)[number],
  range: TimeRange,
  onError: (error: Error) => void,
) {
  const encoder = new TextEncoder();
  const pages = store.pages(range);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        const header = exportHeader(format);
        if (header) return controller.enqueue(encoder.encode(header));
      }
      let next;
      try {
        next = await pages.next();
      } catch (error) {
        onError(error as Error);
        return controller.error(error);
      }
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(exportLines(format, next.value)));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/**
 * The consent log's Hono app.
 *
 * @example
 * const app = createLogApp({ store, origins: ['https://shop.example.fi'], token });
 * serve({ fetch: app.fetch, port: 8787 });
 */
export function createLogApp(options: LogAppOptions): Hono {
  const { store, origins, token, limiter, log = () => {}, logError = () => {} } = options;
  const clientKey = options.clientKey ?? (() => 'unknown');
  const app = new Hono();

  // One line per request: time, method, path (without the query, which may hold a consent
  // id), status and duration. Never a body, an IP address or a header.
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    const ms = (performance.now() - start).toFixed(1);
    const path = c.req.path.slice(0, 200);
    log(`${new Date().toISOString()} ${c.req.method} ${path} ${c.res.status} ${ms}ms`);
  });

  app.onError((error, c) => {
    logError(`${c.req.method} ${c.req.path.slice(0, 200)}: ${error.message}`);
    return problem(c, 503, 'The consent log cannot reach its database; try again later.');
  });
  app.notFound((c) => problem(c, 404, `No such endpoint: ${c.req.method} ${c.req.path}`));

  const limit: MiddlewareHandler = async (c, next) => {
    const wait = limiter?.take(clientKey(c)) ?? 0;
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return problem(c, 429, `Too many requests from this client: wait ${wait} s.`);
    }
    await next();
  };

  // Browsers send Origin with every cross-origin request and every POST. One from a site not
  // configured gets no CORS grant and is refused; a client that is not a browser sends none.
  const allowedOrigin: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && !origins.includes(origin)) {
      return problem(
        c,
        403,
        `Origin ${origin.slice(0, 100)} may not send records: start the log with --origin ${origin.slice(0, 100)} to allow it.`,
      );
    }
    await next();
  };

  const owner: MiddlewareHandler = async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (!token) {
      return problem(
        c,
        503,
        'The owner endpoints are off: set SELOSTE_LOG_TOKEN when starting the log.',
      );
    }
    const given = /^Bearer +(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!given || !sameSecret(given, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="seloste-log"');
      return problem(c, 401, 'Give the owner token: Authorization: Bearer <SELOSTE_LOG_TOKEN>.');
    }
    await next();
  };

  // For the widget's POST and its preflight only: the owner's GET gets no CORS grant.
  app.on(
    ['POST', 'OPTIONS'],
    '/v1/records',
    allowedOrigin,
    cors({
      origin: (origin) => (origins.includes(origin) ? origin : null),
      allowMethods: ['POST'],
      allowHeaders: ['Content-Type'],
      maxAge: 86_400,
      // sendBeacon always sends credentials, so a preflighted beacon (a JSON Blob) needs this
      // grant to go out at all. The service sets no cookies and reads none.
      credentials: true,
    }),
  );

  app.post(
    '/v1/records',
    limit,
    bodyLimit({
      maxSize: MAX_BODY,
      onError: (c) => problem(c, 413, `The record is larger than ${MAX_BODY} bytes.`),
    }),
    async (c) => {
      const typeProblem = contentTypeProblem(c.req.header('content-type'));
      if (typeProblem) return problem(c, 415, `Unsupported body: ${typeProblem}.`);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
      } catch {
        return problem(c, 400, 'The body is not valid UTF-8.');
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        return problem(c, 400, 'The body is not JSON.');
      }
      const { record, problems } = checkRecord(json);
      if (problems) return problem(c, 400, 'Not a valid consent record.', { problems });
      const origin = c.req.header('origin');
      if (origin !== undefined && !record.page.startsWith(`${origin}/`)) {
        return problem(c, 400, 'Not a valid consent record.', {
          problems: [`page must be on the origin that sent the record, ${origin}`],
        });
      }
      const outcome = await store.add(record);
      return c.json(
        { recordId: record.recordId, status: outcome },
        outcome === 'created' ? 201 : 200,
      );
    },
  );

  app.get('/v1/records', limit, owner, async (c) => {
    const consentId = c.req.query('consentId');
    if (consentId === undefined) {
      return problem(c, 400, 'Give consentId=… (GET /v1/export gives every record).');
    }
    if (!/^[\w-]{8,64}$/.test(consentId)) {
      return problem(c, 400, 'consentId must be 8–64 characters from A–Z a–z 0–9 _ -.');
    }
    const records = await store.history(consentId, MAX_HISTORY + 1);
    return c.json({
      consentId,
      records: records.slice(0, MAX_HISTORY),
      ...(records.length > MAX_HISTORY ? { truncated: true } : {}),
    });
  });

  app.get('/v1/export', limit, owner, async (c) => {
    const format = c.req.query('format') ?? 'jsonl';
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      return problem(c, 400, `format must be ${EXPORT_FORMATS.join(' or ')}.`);
    }
    const range = exportRange(c.req.query('from'), c.req.query('to'));
    if (typeof range === 'string') return problem(c, 400, `${range}.`);
    // Fail now, with a status, rather than midway through a 200.
    await store.ping();
    const kind = format as (typeof EXPORT_FORMATS)[number];
    const day = new Date().toISOString().slice(0, 10);
    const failed = (error: Error) => logError(`GET /v1/export: stopped midway: ${error.message}`);
    return c.body(exportBody(store, kind, range, failed), 200, {
      'Content-Type': exportType(kind),
      'Content-Disposition': `attachment; filename="consent-log-${day}.${kind}"`,
    });
  });

  app.get('/healthz', async (c) => {
    await store.ping();
    return c.json({ status: 'ok', storage: store.kind });
  });

  return app;
}
