// The consent log's HTTP API on PGlite: records in, the owner's reads, CORS, limits, and a
// corpus of bad input that must each get its 4xx with nothing stored.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createLogApp, parseTime } from '../../src/log/http.js';
import { openPglite } from '../../src/log/pglite.js';
import { rateLimiter } from '../../src/log/rate-limit.js';
import { migrate, SqlStore, type SqlClient } from '../../src/log/store.js';
import { startService } from '../../src/log/server.js';
import { csvCell } from '../../src/log/export-format.js';
import type { ConsentLogRecord } from '../../src/log/record.js';
import type { LogStore } from '../../src/log/store.js';
import { makeRecord } from './log-fixtures.js';

const SHOP = 'https://kahvipuoti.example';
const TOKEN = 'owner-token-for-tests-0123456789';
const OWNER = { Authorization: `Bearer ${TOKEN}` };

/** A POST of `body` to /v1/records, from the shop unless `headers` say otherwise. */
function post(app: Hono, body: BodyInit, headers: Record<string, string> = {}) {
  return app.request('/v1/records', {
    method: 'POST',
    body,
    headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: SHOP, ...headers },
  });
}

describe('consent log HTTP API', () => {
  let sql: SqlClient;
  let store: SqlStore;
  let app: Hono;
  let lines: string[];

  /** How many records the store holds. */
  async function stored(): Promise<number> {
    const { rows } = await sql.query<{ n: number }>(
      'select count(*)::int as n from consent_records',
    );
    return rows[0]!.n;
  }

  before(async () => {
    sql = await openPglite('memory://');
    await migrate(sql);
    store = new SqlStore(sql);
  });
  after(() => store.close());
  beforeEach(async () => {
    await sql.query('delete from consent_records');
    lines = [];
    app = createLogApp({ store, origins: [SHOP], token: TOKEN, log: (line) => lines.push(line) });
  });

  it('stores a new record with 201 and answers a repeat with 200', async () => {
    const record = makeRecord();
    const first = await post(app, JSON.stringify(record));
    assert.equal(first.status, 201);
    assert.deepEqual(await first.json(), { recordId: record.recordId, status: 'created' });
    assert.equal(first.headers.get('access-control-allow-origin'), SHOP);
    const again = await post(app, JSON.stringify(record), { 'Content-Type': 'application/json' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { recordId: record.recordId, status: 'repeat' });
    assert.equal(await stored(), 1);
  });

  it('takes records from clients that send no Origin (curl, servers)', async () => {
    const response = await app.request('/v1/records', {
      method: 'POST',
      body: JSON.stringify(makeRecord()),
      headers: { 'Content-Type': 'application/json' },
    });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  it('answers a preflight from a configured origin, and refuses another', async () => {
    const preflight = (origin: string) =>
      app.request('/v1/records', {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
    const allowed = await preflight(SHOP);
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), SHOP);
    assert.equal(allowed.headers.get('access-control-allow-methods'), 'POST');
    assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /content-type/i);
    const foreign = await preflight('https://kahvipuoti.example.evil.example');
    assert.equal(foreign.status, 403);
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
  });

  it('logs one line per request, without the body or the query', async () => {
    const record = makeRecord();
    await post(app, JSON.stringify(record));
    await app.request(`/v1/records?consentId=${record.consentId}`, { headers: OWNER });
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^\S+Z POST \/v1\/records 201 [\d.]+ms$/);
    assert.match(lines[1]!, /^\S+Z GET \/v1\/records 200 [\d.]+ms$/);
    assert.ok(!lines.join().includes(record.consentId));
  });

  describe('bad input: each gets its 4xx, and nothing is stored', () => {
    const valid = () => JSON.stringify(makeRecord());
    const cases: [string, (app: Hono) => Response | Promise<Response>, number, RegExp][] = [
      ['not JSON', (a) => post(a, '{"recordId": '), 400, /not JSON/],
      ['a JSON array', (a) => post(a, '[]'), 400, /must be a JSON object/],
      [
        'wrong types',
        (a) => post(a, JSON.stringify({ ...makeRecord(), gpc: 'no', lang: 7 })),
        400,
        /lang must be one of.*gpc must be true or false/,
      ],
      [
        'an unknown field (an IP address)',
        (a) => post(a, JSON.stringify({ ...makeRecord(), ip: '203.0.113.7' })),
        400,
        /unknown field \\"ip\\"/,
      ],
      [
        'a missing field',
        (a) => post(a, JSON.stringify({ ...makeRecord(), page: undefined })),
        400,
        /page is missing/,
      ],
      [
        'a page with a query',
        (a) => post(a, JSON.stringify(makeRecord({ page: `${SHOP}/?email=a@b.example` }))),
        400,
        /must not have a query/,
      ],
      [
        'SQL in the consent id',
        (a) =>
          post(a, JSON.stringify(makeRecord({ consentId: "'; drop table consent_records; --" }))),
        400,
        /consentId must be/,
      ],
      [
        'invalid UTF-8',
        (a) =>
          post(a, new Uint8Array([...new TextEncoder().encode(valid()).slice(0, -2), 0xff, 0x7d])),
        400,
        /not valid UTF-8/,
      ],
      [
        'a huge body',
        (a) => post(a, JSON.stringify({ ...makeRecord(), revision: 'x'.repeat(9000) })),
        413,
        /larger than 8192 bytes/,
      ],
      [
        'a form instead of JSON',
        (a) => post(a, valid(), { 'Content-Type': 'application/x-www-form-urlencoded' }),
        415,
        /Content-Type: application\/json/,
      ],
      [
        'another character set',
        (a) => post(a, valid(), { 'Content-Type': 'text/plain; charset=iso-8859-1' }),
        415,
        /must be UTF-8/,
      ],
      [
        'a foreign origin',
        (a) => post(a, valid(), { Origin: 'https://evil.example' }),
        403,
        /may not send records/,
      ],
      [
        'the origin "null" (a sandboxed frame)',
        (a) => post(a, valid(), { Origin: 'null' }),
        403,
        /may not send records/,
      ],
      [
        'a GET with a consent id that looks like SQL',
        (a) => a.request("/v1/records?consentId=x'%20or%201=1--", { headers: OWNER }),
        400,
        /consentId must be/,
      ],
      [
        'a wrong token',
        (a) =>
          a.request('/v1/export', { headers: { Authorization: 'Bearer wrong-token-0123456789' } }),
        401,
        /owner token/,
      ],
      [
        'no token',
        (a) => a.request(`/v1/records?consentId=${makeRecord().consentId}`),
        401,
        /owner token/,
      ],
      [
        'an unknown export format',
        (a) => a.request('/v1/export?format=xlsx', { headers: OWNER }),
        400,
        /format must be jsonl or csv/,
      ],
      [
        'an export range that is not a time',
        (a) => a.request('/v1/export?from=yesterday', { headers: OWNER }),
        400,
        /from must be a date/,
      ],
      [
        'an unknown endpoint',
        (a) => a.request('/v1/delete-everything', { method: 'POST' }),
        404,
        /No such endpoint/,
      ],
    ];
    for (const [name, send, status, message] of cases) {
      it(name, async () => {
        const response = await send(app);
        assert.equal(response.status, status);
        assert.match(await response.text(), message);
        assert.equal(await stored(), 0);
      });
    }
  });

  it('says 429 with Retry-After when one client sends too fast', async () => {
    let now = 0;
    app = createLogApp({
      store,
      origins: [SHOP],
      limiter: rateLimiter(3, () => now),
      clientKey: (c) => c.req.header('x-test-client') ?? '',
    });
    const from = (client: string) =>
      post(app, JSON.stringify(makeRecord()), { 'x-test-client': client });
    for (let i = 0; i < 3; i++) assert.equal((await from('a')).status, 201);
    const refused = await from('a');
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '20');
    assert.equal((await from('b')).status, 201, 'another client is not held back');
    now += 20_000;
    assert.equal((await from('a')).status, 201, 'one request back after 20 s');
    assert.equal(await stored(), 5);
  });

  it('answers the owner endpoints with 503 when no token is set', async () => {
    app = createLogApp({ store, origins: [SHOP] });
    const response = await app.request('/v1/export', {
      headers: { Authorization: 'Bearer anything-at-all-here' },
    });
    assert.equal(response.status, 503);
    assert.match(await response.text(), /set SELOSTE_LOG_TOKEN/);
  });

  it("gives the owner one visitor's history", async () => {
    const consentId = 'visitor-with-history';
    await post(
      app,
      JSON.stringify(makeRecord({ consentId, decidedAt: '2026-11-02T08:00:00.000Z' })),
    );
    await post(
      app,
      JSON.stringify(
        makeRecord({ consentId, method: 'withdrawal', decidedAt: '2026-11-09T08:00:00.000Z' }),
      ),
    );
    await post(app, JSON.stringify(makeRecord()));
    const response = await app.request(`/v1/records?consentId=${consentId}`, {
      headers: { ...OWNER, Origin: SHOP },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('access-control-allow-origin'), null, 'no CORS grant');
    const body = (await response.json()) as { consentId: string; records: ConsentLogRecord[] };
    assert.equal(body.consentId, consentId);
    assert.deepEqual(
      body.records.map((record) => record.method),
      ['banner', 'withdrawal'],
    );
  });

  it('exports JSON Lines and CSV, quoted and safe for spreadsheets', async () => {
    const tricky = makeRecord({
      revision: '=HYPERLINK("https://evil.example","klikkaa"), "ja" rivi\nkaksi',
    });
    await post(app, JSON.stringify(tricky));
    await post(app, JSON.stringify(makeRecord({ services: { 'google-ads': false } })));

    const jsonl = await app.request('/v1/export?format=jsonl', { headers: OWNER });
    assert.equal(jsonl.status, 200);
    assert.match(jsonl.headers.get('content-type') ?? '', /^application\/jsonl/);
    const records = (await jsonl.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.equal(records.length, 2);
    assert.equal(records[0].revision, tricky.revision);

    const csv = await app.request('/v1/export?format=csv', { headers: OWNER });
    assert.match(
      csv.headers.get('content-disposition') ?? '',
      /^attachment; filename="consent-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf], 'a byte order mark');
    const text = new TextDecoder().decode(bytes);
    assert.ok(
      text.startsWith(
        'receivedAt,recordId,consentId,decidedAt,necessary,analytics,marketing,services,',
      ),
    );
    assert.ok(
      text.includes(`,"'=HYPERLINK(""https://evil.example"",""klikkaa""), ""ja"" rivi\nkaksi",`),
    );
    assert.ok(text.includes(',"{""google-ads"":false}",'));
    assert.equal(text.split('\r\n').length, 4, 'a header, two rows and the end');
  });

  it('filters the export by receipt time', async () => {
    await post(app, JSON.stringify(makeRecord()));
    const count = async (query: string) => {
      const response = await app.request(`/v1/export?format=jsonl&${query}`, { headers: OWNER });
      assert.equal(response.status, 200, query);
      return (await response.text()).split('\n').filter(Boolean).length;
    };
    const today = new Date().toISOString().slice(0, 10);
    assert.equal(await count(`from=${today}`), 1);
    assert.equal(await count(`to=${today}`), 0);
    assert.equal(await count('from=2020-01-01&to=2020-02-01T00:00:00Z'), 0);
    const backwards = await app.request('/v1/export?from=2026-02-01&to=2026-01-01', {
      headers: OWNER,
    });
    assert.equal(backwards.status, 400);
  });

  it('answers /healthz', async () => {
    const response = await app.request('/healthz');
    assert.deepEqual(await response.json(), { status: 'ok', storage: 'pglite' });
  });
});

describe('consent log helpers', () => {
  it('reads export times: dates, and times with a zone', () => {
    assert.equal(parseTime('2026-01-01')?.toISOString(), '2026-01-01T00:00:00.000Z');
    assert.equal(parseTime('2026-01-01T10:00+02:00')?.toISOString(), '2026-01-01T08:00:00.000Z');
    for (const text of ['2026-02-30', '2026-01-01T10:00', 'yesterday', '1767225600000']) {
      assert.equal(parseTime(text), undefined, text);
    }
  });

  it('makes CSV cells safe for spreadsheets', () => {
    assert.equal(csvCell('2026-11'), '2026-11');
    assert.equal(csvCell('-1+2'), "'-1+2");
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  });
});

describe('consent log with its database down', () => {
  it('answers 503, stores nothing, and says why in the error log', async () => {
    const errors: string[] = [];
    const down = new Error('connect ECONNREFUSED 127.0.0.1:5432');
    const store: LogStore = {
      kind: 'test',
      add: () => Promise.reject(down),
      history: () => Promise.reject(down),
      pages: async function* () {
        throw down;
      },
      purge: () => Promise.reject(down),
      ping: () => Promise.reject(down),
      close: async () => {},
    };
    const app = createLogApp({
      store,
      origins: [SHOP],
      token: TOKEN,
      logError: (line) => errors.push(line),
    });
    const response = await post(app, JSON.stringify(makeRecord()));
    assert.equal(response.status, 503);
    assert.match(await response.text(), /cannot reach its database; try again later/);
    assert.equal(
      response.headers.get('access-control-allow-origin'),
      SHOP,
      'the widget can read it',
    );
    assert.equal((await app.request('/healthz')).status, 503);
    assert.equal((await app.request('/v1/export', { headers: OWNER })).status, 503);
    assert.deepEqual(errors, [
      'POST /v1/records: connect ECONNREFUSED 127.0.0.1:5432',
      'GET /healthz: connect ECONNREFUSED 127.0.0.1:5432',
      'GET /v1/export: connect ECONNREFUSED 127.0.0.1:5432',
    ]);
  });
});

describe('consent log export when the database fails midway', () => {
  it('breaks the transfer rather than end it like a complete file', async () => {
    const errors: string[] = [];
    const store: LogStore = {
      kind: 'test',
      add: async () => 'created',
      history: async () => [],
      pages: async function* () {
        yield [{ ...makeRecord(), receivedAt: '2026-11-22T10:15:01.000Z' }];
        throw new Error('connection lost');
      },
      purge: async () => 0,
      ping: async () => {},
      close: async () => {},
    };
    const app = createLogApp({
      store,
      origins: [],
      token: TOKEN,
      logError: (line) => errors.push(line),
    });
    const response = await app.request('/v1/export?format=csv', { headers: OWNER });
    assert.equal(response.status, 200);
    await assert.rejects(response.text(), /connection lost/);
    assert.deepEqual(errors, ['GET /v1/export: stopped midway: connection lost']);
  });
});

describe('consent log graceful stop', () => {
  it('finishes the requests in flight, then closes the database', async () => {
    const events: string[] = [];
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: LogStore = {
      kind: 'test',
      async add() {
        events.push('add started');
        await gate;
        events.push('add committed');
        return 'created';
      },
      history: async () => [],
      pages: async function* () {},
      purge: async () => 0,
      ping: async () => {},
      close: async () => {
        events.push('database closed');
      },
    };
    const service = await startService({
      store: slow,
      port: 0,
      host: '127.0.0.1',
      origins: [],
      rateLimit: 0,
      trustProxy: false,
      log: () => {},
      logError: () => {},
    });
    const inFlight = fetch(`${service.url}/v1/records`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(makeRecord()),
    });
    while (!events.includes('add started')) await new Promise((resolve) => setTimeout(resolve, 5));
    const stopped = service.stop();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assert.rejects(fetch(`${service.url}/healthz`), 'a new connection is refused');
    assert.deepEqual(events, ['add started'], 'the database stays open while a request runs');
    release();
    assert.equal((await inFlight).status, 201);
    await stopped;
    assert.deepEqual(events, ['add started', 'add committed', 'database closed']);
  });
});
