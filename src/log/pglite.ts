/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) with its files in a folder
 * on disk, so `seloste log serve` needs no set-up.
 *
 * Durability. PGlite writes its files through Node's `fs` as PostgreSQL runs, and PostgreSQL
 * writes a transaction's WAL to the file before COMMIT returns. So a record acknowledged with
 * 2xx is in the operating system's hands and survives the process being killed (SIGKILL, an
 * out-of-memory kill, a crash): PostgreSQL replays the WAL at the next start. The fault test
 * (test/node/log-fault.test.ts) checks exactly that. PGlite runs PostgreSQL with fsync off and
 * its Node file system has no fsync, so a power cut or kernel crash may lose the last few
 * seconds: for that guarantee, use PostgreSQL (docs/consent-log.md).
 *
 * One process at a time. PGlite takes no lock on its folder, and two processes writing one
 * folder corrupt it; so the store holds a lock file (`<folder>/lock`, with its process id) and a
 * second opener (another `serve`, or `purge` while `serve` runs) is refused with the reason.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SqlClient } from './store.js';

/** Whether a process with this id is running (and is not this one). */
function running(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock file, or throws naming the process that holds it. A lock left by a
 * process that is gone (killed, crashed) is taken over. Returns the release function.
 */
export function lockFolder(folder: string): () => void {
  const file = join(folder, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (running(holder)) {
        throw new Error(
          `The data folder ${folder} is in use by process ${holder} (a running seloste log serve?). ` +
            'Stop it first, or purge with serve --retention. If no such process is running, delete ' +
            `${file}.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Cannot take the lock ${file}: another process keeps taking it.`);
}

/**
 * Opens (creating when new) the PGlite database in `<dataDir>/pglite`, locked to this process.
 * `memory://` keeps it in memory instead, for tests.
 */
export async function openPglite(dataDir: string): Promise<SqlClient> {
  const { PGlite } = await import('@electric-sql/pglite');
  let release = () => {};
  let location = 'memory://';
  if (dataDir !== 'memory://') {
    const folder = resolve(dataDir);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new Error(`Cannot create the data folder ${folder}: ${(error as Error).message}`);
    }
    release = lockFolder(folder);
    location = join(folder, 'pglite');
  }
  let db;
  try {
    db = await PGlite.create(location);
  } catch (error) {
    release();
    throw new Error(`Cannot open the database in ${location}: ${(error as Error).message}`);
  }
  return {
    kind: 'pglite',
    query: (text, params) => db.query(text, params as unknown[]),
    transaction: (work) => db.transaction((tx) => work(tx)),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
