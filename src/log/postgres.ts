/**
 * PostgreSQL, when `DATABASE_URL` is set: node-postgres (`pg`) with a pool of connections.
 * The store's SQL is the same as on PGlite (./store.ts).
 *
 * Durability is PostgreSQL's own: COMMIT returns once the WAL is flushed to disk (with the
 * default `synchronous_commit = on`), so an acknowledged record survives the service being
 * killed and the database server losing power.
 */
import pg from 'pg';
import type { SqlClient } from './store.js';

/** Connections per service instance. */
const POOL_SIZE = 10;

/** The URL with its password hidden, for messages. */
export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(DATABASE_URL is not a URL)';
  }
}

/** A connection error's reason: Node reports a refused dual-stack connect with no message. */
export function reason(error: unknown): string {
  const { message, code, errors } = error as {
    message?: string;
    code?: string;
    errors?: unknown[];
  };
  if (message) return message;
  if (errors?.length) return reason(errors[0]);
  return code ?? String(error);
}

/** Connects to PostgreSQL at `url`, or throws a clear error when it cannot. */
export async function openPostgres(url: string): Promise<SqlClient> {
  if (!/^postgres(ql)?:\/\/./.test(url)) {
    throw new Error(
      'DATABASE_URL must be a postgres:// URL, e.g. postgres://user:password@db.example.fi:5432/consents',
    );
  }
  let pool: pg.Pool;
  try {
    pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, connectionTimeoutMillis: 5000 });
  } catch (error) {
    throw new Error(`DATABASE_URL cannot be used: ${reason(error)}`);
  }
  // A connection that drops while idle must not end the process; the next query reconnects.
  pool.on('error', (error) => process.stderr.write(`seloste log: database: ${reason(error)}\n`));
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot reach PostgreSQL at ${redact(url)}: ${reason(error)}`);
  }
  return {
    kind: 'postgres',
    async query<Row>(text: string, params?: readonly unknown[]) {
      const result = await pool.query(text, params as unknown[]);
      return { rows: result.rows as Row[] };
    },
    async transaction(work) {
      const client = await pool.connect();
      let failure: Error | undefined;
      try {
        await client.query('begin');
        const result = await work({
          query: async <Row>(text: string, params?: readonly unknown[]) => ({
            rows: (await client.query(text, params as unknown[])).rows as Row[],
          }),
        });
        await client.query('commit');
        return result;
      } catch (error) {
        failure = error as Error;
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        // Given the error, the pool drops the connection rather than reuse a broken one.
        client.release(failure);
      }
    },
    close: () => pool.end(),
  };
}
