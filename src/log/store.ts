/**
 * Where consent records are kept: one interface (`LogStore`) and one implementation over SQL
 * that PGlite (./pglite.ts, the embedded default) and PostgreSQL (./postgres.ts) both run. The
 * two drivers differ only in how they connect; the schema, the migrations and every query are
 * the same text.
 */
import type { ConsentLogRecord } from './record.js';
import { MIGRATIONS } from './migrations/index.js';

/** A record as the log hands it back: the record, and when the server received it. */
export interface StoredRecord extends ConsentLogRecord {
  /** The server's receipt time, ISO 8601 in UTC (a visitor's clock cannot move it). */
  receivedAt: string;
}

/** A span of receipt times: `from` inclusive, `to` exclusive; either may be left open. */
export interface TimeRange {
  from?: Date;
  to?: Date;
}

/** The consent log's storage. */
export interface LogStore {
  /** `pglite` or `postgres`, for messages. */
  readonly kind: string;
  /**
   * Stores a record, unless one with its record id is stored already. Resolves once the row is
   * committed: `created` for a new record, `repeat` for one already stored.
   */
  add(record: ConsentLogRecord): Promise<'created' | 'repeat'>;
  /** One consent id's records, in the order decided (at most `limit`). */
  history(consentId: string, limit: number): Promise<StoredRecord[]>;
  /** The records received in `range`, oldest first, a page at a time. */
  pages(range: TimeRange, pageSize?: number): AsyncGenerator<StoredRecord[]>;
  /** Deletes the records received before `before`; resolves to how many. */
  purge(before: Date): Promise<number>;
  /** Resolves when the database answers; rejects when it does not. */
  ping(): Promise<void>;
  /** Closes the database. */
  close(): Promise<void>;
}

/** What a driver gives the store: parameterised queries, transactions and closing. */
export interface SqlClient {
  readonly kind: string;
  query<Row>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
  /** Runs `work` in one transaction on one connection, committed when it resolves. */
  transaction<T>(work: (sql: Pick<SqlClient, 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Serialises migrations across service instances starting at once (an arbitrary number). */
const MIGRATION_LOCK = 7_419_031;

/**
 * Brings the schema up to date: runs the migrations not yet applied, in one transaction under
 * an advisory lock, so that several instances starting together apply each exactly once.
 */
export async function migrate(sql: SqlClient): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`create table if not exists seloste_log_migrations (
      id integer primary key,
      name text not null,
      applied_at timestamptz not null default now()
    )`);
    const { rows } = await tx.query<{ id: number }>('select id from seloste_log_migrations');
    const applied = new Set(rows.map((row) => Number(row.id)));
    const newest = Math.max(0, ...applied);
    const known = MIGRATIONS.at(-1)?.id ?? 0;
    if (newest > known) {
      throw new Error(
        `The database was set up by a newer Seloste (schema ${newest}; this one knows up to ${known}): upgrade Seloste.`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('insert into seloste_log_migrations (id, name) values ($1, $2)', [
        migration.id,
        migration.name,
      ]);
    }
  });
}

const INSERT = `
  insert into consent_records (record_id, consent_id, decided_at, analytics, marketing, services,
    method, revision, notice_version, lang, text_hash, page, gpc)
  select $1::text, $2::text, $3::timestamptz, $4::boolean, $5::boolean, $6::jsonb,
    $7::text, $8::text, $9::text, $10::text, $11::text, $12::text, $13::boolean
  where not exists (select 1 from consent_records where record_id = $1::text)
  on conflict (record_id, received_month) do nothing
  returning id`;

// `id` is handed out as text (a bigint may exceed a JS number), so ORDER BY names the table's
// column: the bare name would sort by the text, putting 10 before 9, and keyset paging (which
// compares the bigint) would then skip or repeat rows.
const COLUMNS = `record_id, consent_id, decided_at, received_at, analytics, marketing, services,
  method, revision, notice_version, lang, text_hash, page, gpc, id::text as id`;

const HISTORY = `select ${COLUMNS} from consent_records
  where consent_id = $1 order by decided_at, received_at, consent_records.id limit $2`;

const PAGE = `select ${COLUMNS} from consent_records
  where received_at >= $1::timestamptz and received_at < $2::timestamptz
    and (received_at, id) > ($3::timestamptz, $4::bigint)
  order by received_at, consent_records.id limit $5`;

const PURGE = `with gone as (delete from consent_records where received_at < $1::timestamptz
  returning 1) select count(*)::int as count from gone`;

interface Row {
  id: string;
  record_id: string;
  consent_id: string;
  decided_at: Date;
  received_at: Date;
  analytics: boolean;
  marketing: boolean;
  services: Record<string, boolean> | null;
  method: ConsentLogRecord['method'];
  revision: string;
  notice_version: string | null;
  lang: ConsentLogRecord['lang'];
  text_hash: string | null;
  page: string;
  gpc: boolean;
}

/** A row as the record it stores, in the record's field order. */
function fromRow(row: Row): StoredRecord {
  return {
    recordId: row.record_id,
    consentId: row.consent_id,
    decidedAt: row.decided_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    categories: { necessary: true, analytics: row.analytics, marketing: row.marketing },
    ...(row.services ? { services: row.services } : {}),
    method: row.method,
    revision: row.revision,
    ...(row.notice_version ? { noticeVersion: row.notice_version } : {}),
    lang: row.lang,
    ...(row.text_hash ? { textHash: row.text_hash } : {}),
    page: row.page,
    gpc: row.gpc,
  };
}

/** The one `LogStore`, over either driver. Run `migrate` first (`openStore` does). */
export class SqlStore implements LogStore {
  readonly kind: string;

  constructor(private readonly sql: SqlClient) {
    this.kind = sql.kind;
  }

  async add(record: ConsentLogRecord): Promise<'created' | 'repeat'> {
    const { rows } = await this.sql.query(INSERT, [
      record.recordId,
      record.consentId,
      record.decidedAt,
      record.categories.analytics,
      record.categories.marketing,
      record.services ? JSON.stringify(record.services) : null,
      record.method,
      record.revision,
      record.noticeVersion ?? null,
      record.lang,
      record.textHash ?? null,
      record.page,
      record.gpc,
    ]);
    return rows.length > 0 ? 'created' : 'repeat';
  }

  async history(consentId: string, limit: number): Promise<StoredRecord[]> {
    const { rows } = await this.sql.query<Row>(HISTORY, [consentId, limit]);
    return rows.map(fromRow);
  }

  async *pages(range: TimeRange, pageSize = 1000): AsyncGenerator<StoredRecord[]> {
    // Keyset paging: each page is a short query of its own, so an export never holds a
    // transaction open (on PGlite that would stall every insert) and never skips or repeats a
    // row. Receipt times are stored to the millisecond, so they pass through a JS Date intact.
    const from = range.from?.toISOString() ?? '-infinity';
    const to = range.to?.toISOString() ?? 'infinity';
    let after: [string, string] = ['-infinity', '0'];
    for (;;) {
      const { rows } = await this.sql.query<Row>(PAGE, [from, to, ...after, pageSize]);
      if (rows.length > 0) yield rows.map(fromRow);
      if (rows.length < pageSize) return;
      const last = rows.at(-1)!;
      after = [last.received_at.toISOString(), last.id];
    }
  }

  async purge(before: Date): Promise<number> {
    const { rows } = await this.sql.query<{ count: number }>(PURGE, [before.toISOString()]);
    return rows[0]?.count ?? 0;
  }

  async ping(): Promise<void> {
    await this.sql.query('select 1');
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

/** Where the records go: PostgreSQL at `databaseUrl` when given, else PGlite in `dataDir`. */
export interface StoreOptions {
  databaseUrl?: string;
  dataDir: string;
}

/**
 * Opens the store the options name and brings its schema up to date. The driver that is not
 * used is never loaded.
 *
 * @example
 * const store = await openStore({ databaseUrl: process.env.DATABASE_URL, dataDir: './seloste-log' });
 */
export async function openStore({ databaseUrl, dataDir }: StoreOptions): Promise<LogStore> {
  const sql = databaseUrl
    ? await (await import('./postgres.js')).openPostgres(databaseUrl)
    : await (await import('./pglite.js')).openPglite(dataDir);
  try {
    await migrate(sql);
  } catch (error) {
    await sql.close().catch(() => undefined);
    throw error;
  }
  return new SqlStore(sql);
}
