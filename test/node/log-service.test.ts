// `seloste log serve` as an owner runs it, on PGlite and on PostgreSQL: records over real
// HTTP, a kill during a load of concurrent inserts (every acknowledged record must be there
// after a restart), the data folder's lock, a graceful stop on SIGTERM, and the purge.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { StoredRecord } from '../../src/log/store.js';
import { makeRecord } from './log-fixtures.js';
import { skipPostgres, startPostgres, type TestPostgres } from './log-postgres.js';
import { seloste, startServe, type ServeProcess } from './log-process.js';

const TOKEN = 'service-test-token-0123456789abcdef';
const SHOP = 'https://kahvipuoti.example';

/** Every record in the log, through the owner's export. */
async function exported(url: string): Promise<StoredRecord[]> {
  const response = await fetch(`${url}/v1/export?format=jsonl`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(response.status, 200);
  return (await response.text())
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StoredRecord);
}

/** POSTs a record as the widget does, and resolves with the status (0 when the request failed). */
async function send(url: string, body: string): Promise<number> {
  try {
    const response = await fetch(`${url}/v1/records`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: SHOP },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/**
 * The service, as one storage backend runs it. `start` starts it on the same database every
 * time; `purge` runs `seloste log purge` against that database.
 */
function serviceSuite(
  name: string,
  setUp: () => Promise<{
    args: string[];
    env: Record<string, string | undefined>;
    done(): Promise<void>;
  }>,
  { locked = false } = {},
) {
  describe(name, () => {
    let config: Awaited<ReturnType<typeof setUp>>;
    let service: ServeProcess | undefined;
    const start = () =>
      startServe(['--origin', SHOP, '--rate-limit', '0', ...config.args], {
        SELOSTE_LOG_TOKEN: TOKEN,
        ...config.env,
      });

    before(async () => {
      config = await setUp();
    });
    after(async () => {
      await service?.stop('SIGKILL');
      await config?.done();
    });

    it('stores records sent over HTTP, and refuses a body too large by its length', async () => {
      service = await start();
      const record = JSON.stringify(makeRecord());
      assert.equal(await send(service.url, record), 201);
      assert.equal(await send(service.url, record), 200);
      const huge = JSON.stringify(makeRecord({ revision: 'x'.repeat(9000) }));
      assert.equal(await send(service.url, huge), 413);
      assert.equal((await exported(service.url)).length, 1);
    });

    it('keeps every acknowledged record when killed during concurrent inserts', async () => {
      service ??= await start();
      const acknowledged = new Set<string>();
      let killed = false;
      const client = async () => {
        while (!killed) {
          const record = makeRecord();
          const status = await send(service!.url, JSON.stringify(record));
          if (status === 201 || status === 200) acknowledged.add(record.recordId);
          if (acknowledged.size >= 300 && !killed) {
            killed = true;
            // Clients keep sending while it dies: the kill lands mid-insert.
            await service!.stop('SIGKILL');
          }
          if (status === 0 && !killed) throw new Error(`a request failed:\n${service!.output()}`);
        }
      };
      await Promise.all(Array.from({ length: 25 }, client));

      service = await start();
      const ids = (await exported(service.url)).map((record) => record.recordId);
      const missing = [...acknowledged].filter((id) => !ids.includes(id));
      assert.deepEqual(
        missing,
        [],
        `${missing.length} of ${acknowledged.size} acknowledged records lost`,
      );
      assert.equal(new Set(ids).size, ids.length, 'no record stored twice');
    });

    if (locked) {
      it('refuses a purge while serve holds the data folder, naming the process', async () => {
        service ??= await start();
        const run = seloste(['log', 'purge', '--older-than', '36m', ...config.args], config.env);
        assert.equal(run.status, 1);
        assert.match(run.stderr, /is in use by process \d+ \(a running seloste log serve\?\)/);
      });
    }

    it('stops gracefully on SIGTERM', async () => {
      service ??= await start();
      const status = await service.stop('SIGTERM');
      assert.equal(status, 0, service.output());
      assert.match(service.output(), /SIGTERM: finishing the requests in flight[^]*stopped\n$/);
      service = undefined;
    });

    it('purges records older than an age', () => {
      const run = seloste(['log', 'purge', '--older-than', '1d', ...config.args], config.env);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^Purged 0 records received before \d{4}-\d{2}-\d{2}T/);
    });
  });
}

serviceSuite(
  'seloste log serve on PGlite',
  async () => {
    const folder = mkdtempSync(join(tmpdir(), 'seloste-log-'));
    return {
      args: ['--data', join(folder, 'log')],
      env: { DATABASE_URL: undefined },
      done: async () => rmSync(folder, { recursive: true, force: true }),
    };
  },
  { locked: true },
);

describe('seloste log serve on PostgreSQL', { skip: skipPostgres() }, () => {
  let server: TestPostgres;
  serviceSuite('the service', async () => {
    server = await startPostgres();
    return { args: [], env: { DATABASE_URL: server.url }, done: () => server.stop() };
  });
});
