/**
 * The running service: the HTTP app on a Node server, the daily retention purge, and a
 * graceful stop (stop accepting, finish the requests in flight, then close the database).
 */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogApp } from './http.js';
import { rateLimiter } from './rate-limit.js';
import { cutoff, describeAge, type Age } from './retention.js';
import type { LogStore } from './store.js';

export interface ServiceOptions {
  store: LogStore;
  port: number;
  host: string;
  origins: readonly string[];
  token?: string;
  /** Requests per minute per client; 0 turns the limit off. */
  rateLimit: number;
  /** Take the client's address from X-Forwarded-For (set by a reverse proxy in front). */
  trustProxy: boolean;
  /** Purge records older than this, at start and then daily. */
  retention?: Age;
  log: (line: string) => void;
  logError: (line: string) => void;
}

export interface RunningService {
  /** Where it listens, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  /** Stops gracefully; after `graceMs`, connections still open are cut. */
  stop(graceMs?: number): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The client's address for the rate limit: the TCP peer, or, behind a trusted reverse proxy,
 * the address the proxy appended last to X-Forwarded-For (earlier entries are the client's
 * own claim).
 */
function clientAddress(trustProxy: boolean) {
  return (c: Context): string => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
      if (forwarded) return forwarded;
    }
    try {
      return getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      return 'unknown';
    }
  };
}

/** Starts the service and resolves once it listens. */
export async function startService(options: ServiceOptions): Promise<RunningService> {
  const { store, retention, log, logError } = options;
  const app = createLogApp({
    store,
    origins: options.origins,
    token: options.token,
    limiter: options.rateLimit > 0 ? rateLimiter(options.rateLimit) : undefined,
    clientKey: clientAddress(options.trustProxy),
    log,
    logError,
  });

  // Requests whose handler is still running: the database closes only after they finish.
  let inFlight = 0;
  let drained: (() => void) | undefined;
  const fetch = async (request: Request, env: unknown) => {
    inFlight++;
    try {
      return await app.fetch(request, env);
    } finally {
      if (--inFlight === 0) drained?.();
    }
  };

  // The purge running now, if any: the database closes only after it.
  let purging: Promise<void> | undefined;
  const purge = () => {
    if (!retention || purging) return;
    purging = (async () => {
      const now = new Date();
      const before = cutoff(now, retention);
      try {
        const count = await store.purge(before);
        log(
          `${now.toISOString()} retention: purged ${count} records received before ${before.toISOString()} (older than ${describeAge(retention)})`,
        );
      } catch (error) {
        logError(`retention: the purge failed: ${(error as Error).message}`);
      } finally {
        purging = undefined;
      }
    })();
  };

  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve({ fetch, port: options.port, hostname: options.host }, () =>
      resolve(started as Server),
    ) as Server;
    started.once('error', reject);
  });
  // The first purge runs once the service is up, then one a day.
  const first = setTimeout(purge, 0);
  const timer = retention ? setInterval(purge, DAY_MS) : undefined;
  timer?.unref();

  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    async stop(graceMs = 10_000) {
      clearTimeout(first);
      clearInterval(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections with no request in flight close at once; the others as their
      // response ends; any left after the grace period are cut.
      server.closeIdleConnections();
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      await closed;
      clearInterval(idle);
      clearTimeout(cut);
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      await purging;
      await store.close();
    },
  };
}
