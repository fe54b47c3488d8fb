// The consent log under load: sustained records per second and p50/p99 latency of
// POST /v1/records with 50 concurrent clients, on PGlite and on PostgreSQL. A benchmark, not a
// test: it asserts nothing about time. Run it with `npm run bench:log`; it writes
// bench/log-results.md.
//
//     node --import tsx bench/log-bench.ts [--seconds 20] [--clients 50] [--only pglite|postgres]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeRecord } from '../test/node/log-fixtures.js';
import { startPostgres } from '../test/node/log-postgres.js';
import { root, startServe } from '../test/node/log-process.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    clients: { type: 'string', default: '50' },
    only: { type: 'string' },
  },
});
const SECONDS = Number(values.seconds);
const WARMUP = Number(values.warmup);
const CLIENTS = Number(values.clients);
const TOKEN = 'benchmark-token-0123456789abcdef';
const ORIGIN = 'https://kahvipuoti.example';

interface Result {
  backend: string;
  records: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  /** CPU time of the service process per record, in ms (Linux only; not PostgreSQL's own). */
  cpu: number;
  stored: number;
}

/** CPU time a process has used so far, in ms, from /proc (Linux; NaN elsewhere). */
function cpuTime(pid: number | undefined): number {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return NaN;
  // utime and stime are fields 14 and 15, in clock ticks of 10 ms.
  const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The value below which `share` of the sorted `values` fall. */
const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;

/** `CLIENTS` clients posting records back to back: a warm-up, then `SECONDS` measured. */
async function load(url: string, pid?: number): Promise<Omit<Result, 'backend' | 'stored'>> {
  const latencies: number[] = [];
  let errors = 0;
  let measuring = false;
  let done = false;
  const client = async () => {
    while (!done) {
      const body = JSON.stringify(makeRecord());
      const start = performance.now();
      const response = await fetch(`${url}/v1/records`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: ORIGIN },
        body,
      });
      await response.arrayBuffer();
      if (!measuring) continue;
      if (response.status === 201) latencies.push(performance.now() - start);
      else errors++;
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);
  await new Promise((resolve) => setTimeout(resolve, WARMUP * 1000));
  measuring = true;
  const start = performance.now();
  const cpuStart = cpuTime(pid);
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
  measuring = false;
  const cpu = cpuTime(pid) - cpuStart;
  const elapsed = (performance.now() - start) / 1000;
  done = true;
  await Promise.all(clients);
  latencies.sort((a, b) => a - b);
  return {
    records: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? NaN,
    cpu: cpu / latencies.length,
  };
}

/** How many records the log holds, through the export. */
async function stored(url: string): Promise<number> {
  const response = await fetch(`${url}/v1/export?format=jsonl`, {
    headers: { Authorization: `Bearer ${TOKEN}` },
  });
  return (await response.text()).split('\n').filter(Boolean).length;
}

/** Runs the load against a service started with `args` and `env`. */
async function measure(backend: string, args: string[], env: Record<string, string | undefined>) {
  const service = await startServe(
    ['--origin', ORIGIN, '--rate-limit', '0', ...args],
    { SELOSTE_LOG_TOKEN: TOKEN, ...env },
    { built: true },
  );
  try {
    const result = await load(service.url, service.child.pid);
    return { backend, ...result, stored: await stored(service.url) };
  } finally {
    await service.stop('SIGTERM');
  }
}

// The command as it ships (dist/cli/), not through a TypeScript loader.
execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: root, stdio: 'ignore' });

const results: Result[] = [];
if (values.only !== 'postgres') {
  const folder = mkdtempSync(join(tmpdir(), 'seloste-log-bench-'));
  try {
    results.push(await measure('PGlite', ['--data', folder], { DATABASE_URL: undefined }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
if (values.only !== 'pglite') {
  const server = await startPostgres();
  try {
    results.push(await measure('PostgreSQL', [], { DATABASE_URL: server.url }));
  } finally {
    await server.stop();
  }
}

const ms = (value: number) => value.toFixed(1);
const table = [
  '| storage | records/s | p50 (ms) | p99 (ms) | max (ms) | service CPU per record (ms) | errors | rows stored |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (r) =>
      `| ${r.backend} | ${Math.round(r.perSecond)} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.cpu.toFixed(2)} | ${r.errors} | ${r.stored} |`,
  ),
].join('\n');
const report = `# Consent log benchmark

${new Date().toISOString()}: ${CLIENTS} concurrent clients posting records back to back for
${SECONDS} s after a ${WARMUP} s warm-up, service and clients on one machine
(${availableParallelism()} CPUs, ${cpus()[0]?.model ?? 'unknown'}; load average at the end
${loadavg()[0]!.toFixed(1)}), Node ${process.version}.
Rows stored include the warm-up's. Service CPU is the Node process's (PGlite runs inside it;
PostgreSQL's own processes are not counted).

${table}
`;
writeFileSync(new URL('log-results.md', import.meta.url), report);
console.log(report);
