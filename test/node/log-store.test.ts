// The consent log's store: one contract, run on PGlite and on a real PostgreSQL server.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { lockFolder, openPglite } from '../../src/log/pglite.js';
import { openPostgres } from '../../src/log/postgres.js';
import { migrate, SqlStore, type SqlClient, type StoredRecord } from '../../src/log/store.js';
import { makeRecord } from './log-fixtures.js';
import { skipPostgres, startPostgres, type TestPostgres } from './log-postgres.js';

/** Every record of the store, oldest first. */
async function all(store: SqlStore, pageSize?: number): Promise<StoredRecord[]> {
  const records: StoredRecord[] = [];
  for await (const page of store.pages({}, pageSize)) records.push(...page);
  return records;
}

/** The store contract, on the database `open` gives; hands the database to further tests. */
function contract(open: () => Promise<SqlClient>) {
  let sql: SqlClient;
  let store: SqlStore;

  before(async () => {
    sql = await open();
    await migrate(sql);
    store = new SqlStore(sql);
  });
  after(() => store.close());
  beforeEach(() => sql.query('delete from consent_records'));

  it('stores a record once: created, then repeat', async () => {
    const record = makeRecord();
    assert.equal(await store.add(record), 'created');
    assert.equal(await store.add(record), 'repeat');
    assert.equal(await store.add({ ...record, revision: 'other' }), 'repeat');
    assert.equal((await all(store)).length, 1);
  });

  it('hands a record back as it was sent, with the receipt time', async () => {
    const full = makeRecord({ services: { 'google-analytics': true, 'meta-pixel': false } });
    const bare = makeRecord({ method: 'api', gpc: true });
    delete bare.noticeVersion;
    delete bare.textHash;
    await store.add(full);
    await store.add(bare);
    const [first, second] = await all(store);
    const { receivedAt, ...stored } = first!;
    assert.deepEqual(stored, full);
    assert.ok(Math.abs(Date.parse(receivedAt) - Date.now()) < 60_000, receivedAt);
    assert.deepEqual({ ...second, receivedAt: undefined }, { ...bare, receivedAt: undefined });
    assert.equal('noticeVersion' in second!, false);
  });

  it('keeps a string that looks like SQL as text', async () => {
    const record = makeRecord({ revision: "x'); drop table consent_records; --" });
    await store.add(record);
    assert.equal((await all(store))[0]!.revision, record.revision);
  });

  it('gives one consent id history in the order decided', async () => {
    const consentId = 'history-of-one-visitor';
    await store.add(
      makeRecord({ consentId, decidedAt: '2026-11-22T12:00:00.000Z', method: 'withdrawal' }),
    );
    await store.add(makeRecord({ consentId, decidedAt: '2026-11-20T09:00:00.000Z' }));
    await store.add(makeRecord({ consentId: 'someone-else-entirely' }));
    const history = await store.history(consentId, 100);
    assert.deepEqual(
      history.map((record) => [record.decidedAt, record.method]),
      [
        ['2026-11-20T09:00:00.000Z', 'banner'],
        ['2026-11-22T12:00:00.000Z', 'withdrawal'],
      ],
    );
    assert.equal((await store.history(consentId, 1)).length, 1);
  });

  it('pages through every record exactly once, in receipt order', async () => {
    const sent = [];
    for (let i = 0; i < 11; i++) sent.push(makeRecord());
    // Added at once, so several share a receipt millisecond: the id breaks the tie.
    await Promise.all(sent.map((record) => store.add(record)));
    const ids = (await all(store, 3)).map((record) => record.recordId);
    assert.equal(ids.length, 11);
    assert.deepEqual(new Set(ids), new Set(sent.map((record) => record.recordId)));
  });

  it('pages by the id as a number when receipt times are equal (9 before 10)', async () => {
    const key = (i: number) => `same-ms-${String(i).padStart(8, '0')}`;
    for (let i = 0; i < 12; i++) {
      await sql.query(
        `insert into consent_records (record_id, consent_id, decided_at, received_at, analytics,
          marketing, method, revision, lang, page, gpc)
        values ($1, 'Kq3xVb7Tn2LmPz8RwY4sDa', now(), '2026-12-01T10:00:00.000Z', true, false,
          'banner', '2026-11', 'fi', 'https://kahvipuoti.example/', false)`,
        [key(i)],
      );
    }
    for (const size of [2, 3, 5]) {
      const ids = (await all(store, size)).map((record) => record.recordId);
      assert.deepEqual(
        ids,
        Array.from({ length: 12 }, (_, i) => key(i)),
      );
    }
  });

  it('filters the export by receipt time', async () => {
    await store.add(makeRecord());
    const now = Date.now();
    const count = async (from?: number, to?: number) => {
      let total = 0;
      const range = { from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined };
      for await (const page of store.pages(range)) total += page.length;
      return total;
    };
    assert.equal(await count(now - 60_000, now + 60_000), 1);
    assert.equal(await count(now + 60_000), 0);
    assert.equal(await count(undefined, now - 60_000), 0);
  });

  it('purges by receipt time, and only what is older', async () => {
    await store.add(makeRecord());
    await store.add(makeRecord());
    assert.equal(await store.purge(new Date(Date.now() - 60_000)), 0);
    assert.equal(await store.purge(new Date(Date.now() + 60_000)), 2);
    assert.equal((await all(store)).length, 0);
  });

  it('stores concurrent repeats of one record once', async () => {
    const record = makeRecord();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.add(record)));
    assert.equal(outcomes.filter((outcome) => outcome === 'created').length, 1);
    assert.equal((await all(store)).length, 1);
  });

  it('refuses to change a stored row', async () => {
    await store.add(makeRecord());
    await assert.rejects(
      sql.query("update consent_records set revision = 'forged'"),
      /append-only/,
    );
    await assert.rejects(sql.query('truncate consent_records'), /append-only/);
  });

  it('runs each migration once, and refuses a schema newer than it knows', async () => {
    await migrate(sql);
    const { rows } = await sql.query<{ count: number }>(
      'select count(*)::int as count from seloste_log_migrations',
    );
    assert.equal(rows[0]!.count, 1);
    await sql.query(
      "insert into seloste_log_migrations (id, name) values (999, 'from the future')",
    );
    try {
      await assert.rejects(migrate(sql), /newer Seloste \(schema 999/);
    } finally {
      await sql.query('delete from seloste_log_migrations where id = 999');
    }
  });

  it('catches a repeat whose first copy came in an earlier month', async () => {
    const record = makeRecord();
    await sql.query(
      `insert into consent_records (record_id, consent_id, decided_at, received_at, received_month,
        analytics, marketing, method, revision, lang, page, gpc)
      values ($1, $2, $3, now() - interval '40 days',
        date_trunc('month', now() - interval '40 days')::date, true, false, 'banner', '', 'fi',
        'https://kahvipuoti.example/', false)`,
      [record.recordId, record.consentId, record.decidedAt],
    );
    assert.equal(await store.add(record), 'repeat');
  });

  it('answers a ping', () => store.ping());

  return { sql: () => sql, store: () => store };
}

describe('consent log store on PGlite', () => {
  contract(() => openPglite('memory://'));
});

describe('consent log store on PostgreSQL', { skip: skipPostgres() }, () => {
  let server: TestPostgres | undefined;
  before(async () => {
    server = await startPostgres();
  });
  after(() => server?.stop());

  describe('one table', () => {
    contract(() => openPostgres(server!.url));
  });

  describe('partitioned by month (docs/consent-log-partitioning.sql)', () => {
    const db = contract(async () => {
      const admin = await openPostgres(server!.url);
      await admin.query('create database partitioned');
      await admin.close();
      const sql = await openPostgres(server!.url.replace(/\/postgres$/, '/partitioned'));
      await migrate(sql);
      const store = new SqlStore(sql);
      await store.add(makeRecord({ recordId: 'stored-before-partitioning' }));
      const script = readFileSync(
        new URL('../../docs/consent-log-partitioning.sql', import.meta.url),
        'utf8',
      );
      await sql.transaction((tx) => tx.query(script));
      const copied = await all(store);
      assert.deepEqual(
        copied.map((record) => record.recordId),
        ['stored-before-partitioning'],
      );
      return sql;
    });

    it('adds months ahead, and drops whole months past retention', async () => {
      const sql = db.sql();
      const partitions = async () =>
        (
          await sql.query<{ name: string }>(
            `select child.relname as name from pg_inherits
              join pg_class child on child.oid = inhrelid join pg_class parent on parent.oid = inhparent
            where parent.relname = 'consent_records' order by 1`,
          )
        ).rows.map((row) => row.name);
      await sql.query('select seloste_log_add_partitions(3)');
      const before = await partitions();
      await sql.query('select seloste_log_add_partitions(3)');
      assert.deepEqual(await partitions(), before, 'adding again changes nothing');
      assert.ok(before.length >= 5, before.join());

      await sql.query(
        `create table consent_records_2020_01 partition of consent_records
          for values from ('2020-01-01') to ('2020-02-01')`,
      );
      await sql.query(
        `insert into consent_records (record_id, consent_id, decided_at, received_at, received_month,
          analytics, marketing, method, revision, lang, page, gpc)
        values ('from-january-2020-0', 'old-visitor', '2020-01-15', '2020-01-15', '2020-01-01',
          false, false, 'banner', '', 'fi', 'https://kahvipuoti.example/', false)`,
      );
      const { rows } = await sql.query<{ dropped: number }>(
        "select seloste_log_drop_partitions('36 months') as dropped",
      );
      assert.equal(rows[0]!.dropped, 1);
      assert.deepEqual(await partitions(), before);
      assert.deepEqual(await db.store().history('old-visitor', 10), []);
    });
  });
});

describe('PGlite data folder lock', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'seloste-lock-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses a second opener while the first holds the folder', () => {
    // The parent process stands in for another running service.
    writeFileSync(join(folder, 'lock'), `${process.ppid}\n`);
    assert.throws(() => lockFolder(folder), /in use by process \d+/);
  });

  it('takes over a lock left by a process that is gone', () => {
    writeFileSync(join(folder, 'lock'), '2147483646\n');
    const release = lockFolder(folder);
    release();
    lockFolder(folder)();
  });
});
