/**
 * The consent-log chunk, `<build>/consent-log.js` (built on its own, see vite.config.ts): turns
 * a decision into a record for the site owner's log (`data-consent-log`) and sends it, or sends
 * what earlier page views left waiting. See log/client.ts for how a record is kept until stored.
 */
import type { ConsentRecord, Lang } from './core/types.js';
import { gpcSignal } from './gpc.js';
import { logClient, type LogClient } from './log/client.js';
import type { ConsentLogRecord, LogMethod } from './log/record.js';

/** What a record says beyond the decision itself. */
export interface RecordContext {
  method: LogMethod;
  lang: Lang;
  /** The banner texts the visitor was shown on this page, if it was. */
  texts?: object;
}

/** 16 random bytes, base64url. */
const randomId = () =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** SHA-256 of the texts as JSON, in hex (`undefined` where the browser has no subtle crypto). */
async function hashTexts(texts: object): Promise<string | undefined> {
  try {
    const digest = await crypto.subtle.digest(
      'SHA-256',
      new TextEncoder().encode(JSON.stringify(texts)),
    );
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return undefined;
  }
}

/**
 * The record of `decision`: no IP address, no user agent, the page without query or fragment.
 *
 * @example
 * await toLogRecord(store.get()!, { method: 'banner', lang: 'fi' })
 */
export async function toLogRecord(
  decision: ConsentRecord,
  { method, lang, texts }: RecordContext,
): Promise<ConsentLogRecord> {
  const textHash = texts && (await hashTexts(texts));
  const services = { ...decision.categories.services };
  return {
    recordId: randomId(),
    consentId: decision.id,
    decidedAt: new Date(decision.updatedAt).toISOString(),
    categories: {
      necessary: true,
      analytics: decision.categories.analytics,
      marketing: decision.categories.marketing,
    },
    ...(Object.keys(services).length ? { services } : {}),
    method,
    revision: decision.revision,
    lang,
    ...(textHash ? { textHash } : {}),
    page: location.origin + location.pathname,
    gpc: gpcSignal(),
  };
}

let client: LogClient | undefined;

/**
 * The log's client for this page (one, whoever asks first): `notice` is the notice's URL, whose
 * `updated` date each record carries.
 */
export function consentLog(
  endpoint: string,
  notice: string | undefined,
  warn: (message: string) => void,
): LogClient {
  let storage: Storage | undefined;
  try {
    storage = localStorage;
  } catch {
    warn('localStorage is blocked: a consent record that cannot be sent now is not kept.');
  }
  let version: Promise<string | undefined> | undefined;
  const noticeVersion = () =>
    (version ??= notice
      ? fetch(notice)
          .then((response) => response.json())
          .then(({ updated }: { updated?: unknown }) =>
            typeof updated === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(updated)
              ? updated
              : undefined,
          )
          .catch(() => undefined)
      : Promise.resolve(undefined));
  return (client ??= logClient(endpoint, noticeVersion, storage, warn));
}
