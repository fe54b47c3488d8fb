// `seloste log` as a process, run from the sources (tsx), for the tests and the benchmark.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** The environment for a command: this one without colour settings, plus `env`. */
function environment(env: Record<string, string | undefined>) {
  const merged: Record<string, string | undefined> = { ...process.env, ...env };
  delete merged.FORCE_COLOR;
  delete merged.NO_COLOR;
  for (const key of Object.keys(env)) if (env[key] === undefined) delete merged[key];
  return merged as NodeJS.ProcessEnv;
}

const SOURCES = ['--import', 'tsx', 'src/cli/seloste.ts'];
/** The command as it ships (after `node scripts/build-cli.mjs`), for measuring. */
const BUILT = ['bin/seloste.mjs'];

/** Runs `seloste <args>` to the end. */
export function seloste(args: string[], env: Record<string, string | undefined> = {}) {
  const run = spawnSync(process.execPath, [...SOURCES, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: environment(env),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface ServeProcess {
  /** Where it listens. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it has written so far (standard output and error). */
  output(): string;
  /** Sends `signal` and resolves with the exit status once the process has ended. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/**
 * Starts `seloste log serve --port 0 <args>` and resolves once it listens. Rejects with its
 * output if it ends first. Runs the sources, or the built command when `built`.
 */
export function startServe(
  args: string[],
  env: Record<string, string | undefined> = {},
  { built = false } = {},
): Promise<ServeProcess> {
  const command = [...(built ? BUILT : SOURCES), 'log', 'serve', '--port', '0', ...args];
  const child = spawn(process.execPath, command, {
    cwd: root,
    env: environment(env),
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      child.stdout.off('data', onData);
      child.stdout.on('data', (more: Buffer) => (output += more.toString()));
      resolve({
        url,
        child,
        output: () => output,
        async stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((status) =>
      reject(new Error(`serve ended (${status}) before listening:\n${output}`)),
    );
  });
}
