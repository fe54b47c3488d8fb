// A throwaway PostgreSQL server for the consent log's tests and benchmark: Debian's
// `postgresql` package, a temporary data folder, a free port, stopped and deleted after.
//
// PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user in a
// folder it owns. Without PostgreSQL the tests that need it are skipped with a message, except
// in CI (CI=true), where they fail: .ci/run installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string;
  stop(): Promise<void>;
}

/** The folder holding initdb and pg_ctl: Debian's newest version, else the ones on PATH. */
function binFolder(): string | undefined {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return join(root, versions[0], 'bin');
  const found = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const bin = found.status === 0 ? found.stdout.trim() : '';
  return bin && existsSync(join(bin, 'initdb')) ? bin : undefined;
}

const MISSING =
  'PostgreSQL is not installed (no initdb in /usr/lib/postgresql/*/bin or from pg_config): ' +
  'install it (apt-get install -y postgresql) to run these tests';

/**
 * Why the PostgreSQL tests cannot run here, for `describe(…, { skip })`; `false` when they can.
 * In CI the tests always run, so that a missing server fails them instead of hiding them.
 */
export function skipPostgres(): string | false {
  if (binFolder() || process.env.CI === 'true') return false;
  return MISSING;
}

/** A TCP port that is free right now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a fresh PostgreSQL server; throws with the reason when it cannot. */
export async function startPostgres(): Promise<TestPostgres> {
  const bin = binFolder();
  if (!bin) throw new Error(MISSING);
  const root = process.getuid?.() === 0;
  const folder = mkdtempSync(join(tmpdir(), 'seloste-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(folder, uid, gid);
  }
  const run = (program: string, args: string[]) => {
    const [command, ...rest] = root
      ? ['runuser', '-u', 'postgres', '--', join(bin, program), ...args]
      : [join(bin, program), ...args];
    const result = spawnSync(command!, rest, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${program} failed: ${result.stderr || result.stdout || result.error}`);
    }
  };
  const data = join(folder, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
    run('pg_ctl', ['-D', data, '-o', options, '-l', join(folder, 'log'), '-w', 'start']);
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
