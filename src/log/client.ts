/**
 * The widget's side of the consent log (`data-consent-log`): each decision is sent as one
 * record (see record.ts) to the site owner's log service. A chunk of its own
 * (`<build>/consent-log.js`): the app chunk fetches it after a decision, and the loader only on
 * a page view that finds a record still waiting to be sent.
 *
 * Every record is first kept in localStorage, then sent with `fetch(…, { keepalive: true })`,
 * which outlives the page (a withdrawal reloads it at once) and, unlike `sendBeacon`, tells
 * whether the service stored it: `sendBeacon` only says a request was queued, so it could never
 * let a record go. Only a 2xx answer removes it; a network failure, 429 or 5xx leaves it for a
 * later page view, up to `MAX_ATTEMPTS` times; the service drops repeats by record id, so a
 * record that was stored although its answer was lost does no harm. (A browser without
 * `keepalive` loses a send cut short by a reload; the record then goes on the next page view.)
 *
 * The body is JSON sent as `text/plain`, which needs no CORS preflight; no cookies go with it.
 */
import type { ConsentLogRecord } from './record.js';

/** The localStorage key of the records waiting to be sent. */
export const PENDING_KEY = 'seloste_log';

/** Records kept waiting at most; an older one is dropped (and named) for a newer. */
export const MAX_PENDING = 20;

/** Page views on which a record is tried before it is given up (and named). */
export const MAX_ATTEMPTS = 10;

interface Pending {
  record: ConsentLogRecord;
  attempts: number;
}

export interface LogClient {
  /** Keeps `record` and sends it; resolves once this page's try is over. Never rejects. */
  send(record: ConsentLogRecord): Promise<void>;
  /** Sends the records earlier page views left waiting. Never rejects. */
  retry(): Promise<void>;
}

/**
 * @param endpoint the service's `POST /v1/records` URL (`data-consent-log`)
 * @param noticeVersion resolves to the notice's `updated` date, for records that lack it
 * @param storage localStorage, or `undefined` where it is blocked (records are then sent once)
 *
 * @example
 * logClient('https://consent.example.fi/v1/records', async () => '2026-10-15', localStorage, warn)
 */
export function logClient(
  endpoint: string,
  noticeVersion: () => Promise<string | undefined>,
  storage: Storage | undefined,
  warn: (message: string) => void,
): LogClient {
  const read = (): Pending[] => {
    try {
      const parsed: unknown = JSON.parse(storage?.getItem(PENDING_KEY) ?? '[]');
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  };
  const write = (pending: Pending[]) => {
    try {
      if (pending.length) storage?.setItem(PENDING_KEY, JSON.stringify(pending));
      else storage?.removeItem(PENDING_KEY);
    } catch {
      // Full or blocked: the records still go out on this page.
    }
  };
  /** Applies `change` to the stored list as it is now (another tab may have changed it). */
  const update = (change: (pending: Pending[]) => Pending[]) => write(change(read()));

  /** One try: true when the service stored it (or refused it for good), false to try again. */
  async function attempt({ record }: Pending): Promise<boolean> {
    if (!record.noticeVersion) {
      const version = await noticeVersion().catch(() => undefined);
      if (version) record.noticeVersion = version;
    }
    const body = JSON.stringify(record);
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/plain;charset=UTF-8' },
        keepalive: true,
        credentials: 'omit',
        mode: 'cors',
      });
    } catch {
      return false;
    }
    if (response.ok) return true;
    if (response.status === 429 || response.status >= 500) return false;
    // 400, 413, 415: the record itself is refused; trying again cannot help.
    warn(
      `the consent log refused record ${record.recordId} (${response.status}): ${(await response.text().catch(() => '')).slice(0, 200)}`,
    );
    return true;
  }

  /** Tries each of `entries`, then keeps those that are still to be sent. */
  async function flush(entries: Pending[]) {
    const done = await Promise.all(entries.map(attempt));
    const sent = new Set(entries.filter((_, i) => done[i]).map(({ record }) => record.recordId));
    update((pending) =>
      pending.flatMap((entry) => {
        if (sent.has(entry.record.recordId)) return [];
        if (!entries.some(({ record }) => record.recordId === entry.record.recordId))
          return [entry];
        const attempts = entry.attempts + 1;
        if (attempts < MAX_ATTEMPTS) return [{ ...entry, attempts }];
        warn(
          `gave up sending record ${entry.record.recordId} to the consent log ${endpoint} after ${attempts} tries.`,
        );
        return [];
      }),
    );
  }

  return {
    async send(record) {
      const entry = { record, attempts: 0 };
      update((pending) => {
        const kept = [...pending, entry];
        for (const dropped of kept.splice(0, Math.max(0, kept.length - MAX_PENDING)))
          warn(`dropped record ${dropped.record.recordId}: too many waiting for the consent log.`);
        return kept;
      });
      await flush([entry]);
    },
    retry: () => flush(read()),
  };
}
