/**
 * Records what happens in one browser context during a phase: requests to known services,
 * cookies and who set them, storage keys, frames, `dataLayer` and gated scripts; and knows
 * when the network has gone quiet. One recorder per context; `restart()` begins the next phase
 * in the same context (the withdrawal runs in the accepted context).
 */
import type { BrowserContext, Frame, Page, Request } from 'playwright-core';
import {
  trackerForCookie,
  trackerForStorageKey,
  trackerForUrl,
  type SiteSources,
} from './catalogue.js';
import {
  BINDING,
  TIMERS,
  readConsent,
  readDataLayer,
  readStorage,
  type ProbeEvent,
} from './probe.js';
import { firstParty } from './site.js';
import type {
  CookieRecord,
  DataLayerEntry,
  FrameRecord,
  GatedScript,
  RequestRecord,
  ScriptRecord,
  StorageRecord,
} from './types.js';

/** Most entries of each kind kept per phase: a hostile page cannot fill the memory. */
const LIMIT = 2000;

/** Resolves with `fallback` if `promise` takes longer than `ms`. */
export const within = <T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([
    promise.catch(() => fallback),
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref?.()),
  ]);

/** The cookie's name and `Domain` attribute from a `Set-Cookie` value or a `document.cookie` write. */
export function parseCookieWrite(text: string): { name: string; domain: string | null } {
  const [pair = '', ...attributes] = text.split(';');
  const domain = attributes
    .map((attribute) => /^\s*domain\s*=\s*(.+?)\s*$/i.exec(attribute)?.[1])
    .find(Boolean);
  return { name: pair.split('=')[0]!.trim(), domain: domain?.replace(/^\./, '') ?? null };
}

/**
 * The page's answer to "how long until your next pending timer, within `horizon` ms?", checked:
 * whole milliseconds, `null` for none, or `undefined` for anything else (no answer, a page that
 * took the reader away, a number that makes no sense), which the caller must not trust.
 *
 * @example
 * timerAnswer(412.6, 5000) // 413
 * timerAnswer(null, 5000) // null
 * timerAnswer('soon', 5000) // undefined
 */
export function timerAnswer(answer: unknown, horizon: number): number | null | undefined {
  if (answer === null) return null;
  if (typeof answer !== 'number' || !(answer >= 0) || answer > horizon) return undefined;
  return Math.ceil(answer);
}

/** What set a cookie, as far as the recorder saw. */
interface Setter {
  by: string;
  at: number;
  domain: string | null;
}

export interface RecorderOptions {
  /** The start URL: its registrable domain decides first or third party. */
  start: URL;
  /** Script URLs the site loads services from (self-hosted tags), by URL prefix. */
  sources?: SiteSources;
}

export class Recorder {
  private t0 = Date.now();
  private readonly pending = new Set<Request>();
  private lastActivity = Date.now();
  /** Every request of the phase; attributed when read, once the site's own sources are known. */
  private requests: { url: string; at: number; type: string }[] = [];
  private scripts: { url: string; at: number }[] = [];
  private readonly setters = new Map<string, Setter[]>();
  private gated = new Map<string, { category: string | null; ranAt: number | null }>();
  /** Messages of uncaught errors in the page's scripts, in order. */
  errors: string[] = [];
  sources: SiteSources;

  constructor(
    readonly context: BrowserContext,
    private readonly options: RecorderOptions,
  ) {
    this.sources = options.sources ?? {};
  }

  /** Milliseconds since the phase began. */
  now(): number {
    return Date.now() - this.t0;
  }

  /** Starts listening; call before the first page opens. */
  async attach(): Promise<void> {
    const { context } = this;
    await context.exposeBinding(BINDING, ({ frame }, event: unknown) => this.onProbe(frame, event));
    context.on('request', (request) => {
      this.pending.add(request);
      this.lastActivity = Date.now();
      if (this.requests.length < LIMIT * 5) {
        this.requests.push({ url: request.url(), at: this.now(), type: request.resourceType() });
      }
    });
    const done = (request: Request) => {
      this.pending.delete(request);
      this.lastActivity = Date.now();
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    context.on('response', async (response) => {
      try {
        for (const { name, value } of await response.headersArray()) {
          if (name.toLowerCase() === 'set-cookie') {
            for (const line of value.split('\n')) this.noteCookie(line, response.url());
          }
        }
      } catch {
        // The context closed while the headers were read.
      }
    });
    context.on('page', (page) => {
      page.on('pageerror', (error) => {
        if (this.errors.length < 20) this.errors.push(String(error.message).slice(0, 300));
      });
    });
  }

  /** Begins a new phase in the same context: time from now, requests and scripts anew. */
  restart(): void {
    this.t0 = Date.now();
    this.requests = [];
    this.scripts = [];
    this.errors = [];
    this.gated = new Map(
      [...this.gated].map(([label, { category }]) => [label, { category, ranAt: null }]),
    );
  }

  private noteCookie(text: string, by: string) {
    const { name, domain } = parseCookieWrite(text);
    if (!name) return;
    const list = this.setters.get(name) ?? [];
    if (list.length < 20 && this.setters.size < LIMIT) {
      list.push({ by: by.slice(0, 500), at: this.now(), domain });
      this.setters.set(name, list);
    }
  }

  /** An event from the page's init script; anything malformed is dropped. */
  private onProbe(frame: Frame, raw: unknown) {
    if (!raw || typeof raw !== 'object') return;
    const event = raw as ProbeEvent;
    const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 500) : null);
    if (event.type === 'cookie' && text(event.text)) {
      this.noteCookie(event.text, text(event.script) ?? frame.url());
    } else if (event.type === 'gated' && text(event.label) && this.gated.size < LIMIT) {
      if (!this.gated.has(event.label)) {
        this.gated.set(event.label, { category: text(event.category), ranAt: null });
      }
    } else if (event.type === 'script' && text(event.src) && this.scripts.length < LIMIT) {
      this.scripts.push({ url: event.src.slice(0, 2000), at: this.now() });
    } else if (event.type === 'gated-ran' && text(event.label)) {
      const script = this.gated.get(event.label);
      if (script && script.ranAt === null) script.ranAt = this.now();
    }
  }

  /**
   * Waits until no request has been open for `quiet` ms (true), or `max` ms have passed
   * (false: the page never settled). Quiet counts from `since` at the earliest (a timer that
   * just fired counts as activity).
   */
  async settle(quiet: number, max: number, since = 0): Promise<boolean> {
    const until = Date.now() + max;
    for (;;) {
      const last = Math.max(this.lastActivity, since);
      const idle = this.pending.size === 0 && Date.now() - last >= quiet;
      if (idle) return true;
      if (Date.now() >= until) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(50, quiet)));
    }
  }

  /**
   * Milliseconds until the page's soonest pending timer due within `horizon` ms (see
   * `watchTimers`), `null` when it has none, or `undefined` when the page gives no sensible
   * answer within a second.
   */
  async nextTimer(page: Page, horizon: number): Promise<number | null | undefined> {
    if (page.isClosed()) return undefined;
    const answer = await within(
      page.evaluate(
        ([name, ahead]) => {
          const read = (window as unknown as Record<string, unknown>)[name as string];
          return typeof read === 'function' ? (read(ahead) as unknown) : undefined;
        },
        [TIMERS, horizon] as const,
      ),
      1000,
      undefined,
    );
    return timerAnswer(answer, horizon);
  }

  /** What the phase leaves behind, read from the browser now. */
  async snapshot(page: Page): Promise<{
    requests: RequestRecord[];
    scripts: ScriptRecord[];
    cookies: CookieRecord[];
    storage: StorageRecord[];
    iframes: FrameRecord[];
    dataLayer: DataLayerEntry[];
    gated: GatedScript[];
    consent: Record<string, unknown> | null | undefined;
  }> {
    const { start } = this.options;
    const cookies = (await within(this.context.cookies(), 5000, []))
      .slice(0, LIMIT)
      .map((cookie): CookieRecord => {
        const vendor = trackerForCookie(cookie.name, cookie.domain);
        const domain = cookie.domain.replace(/^\./, '');
        const setter = (this.setters.get(cookie.name) ?? []).find(
          (candidate) => !candidate.domain || candidate.domain === domain,
        );
        return {
          name: cookie.name,
          domain: cookie.domain,
          path: cookie.path,
          expires: cookie.expires > 0 ? new Date(cookie.expires * 1000).toISOString() : null,
          party: firstParty(cookie.domain, start) ? 'first' : 'third',
          vendor: vendor?.id ?? null,
          category: vendor?.category ?? null,
          setBy: setter?.by ?? null,
          at: setter?.at ?? null,
        };
      });
    const frames = page.isClosed() ? [] : page.frames();
    const storage = (
      await Promise.all(frames.map((frame) => within(frame.evaluate(readStorage), 2000, null)))
    ).flatMap((found) =>
      found
        ? [
            ...found.local.map((key) => ['local', key] as const),
            ...found.session.map((key) => ['session', key] as const),
          ].map(([area, key]): StorageRecord => {
            const vendor = trackerForStorageKey(key);
            return {
              area,
              origin: found.origin,
              key,
              vendor: vendor?.id ?? null,
              category: vendor?.category ?? null,
            };
          })
        : [],
    );
    const iframes = frames
      .slice(1)
      .map((frame) => frame.url())
      .filter((url) => /^https?:/.test(url))
      .slice(0, 200)
      .map((url): FrameRecord => {
        const vendor = trackerForUrl(url, this.sources);
        return { url, vendor: vendor?.id ?? null, category: vendor?.category ?? null };
      });
    const main = frames[0];
    return {
      requests: this.requests.flatMap(({ url, at, type }): RequestRecord[] => {
        const vendor = trackerForUrl(url, this.sources);
        return vendor && vendor.category !== 'necessary'
          ? [{ url: url.slice(0, 2000), vendor: vendor.id, category: vendor.category, at, type }]
          : [];
      }),
      scripts: this.scripts.flatMap(({ url, at }): ScriptRecord[] => {
        const vendor = trackerForUrl(url, this.sources);
        return vendor && vendor.category !== 'necessary' ? [{ url, vendor: vendor.id, at }] : [];
      }),
      cookies,
      storage: dedupe(storage, (s) => `${s.area} ${s.origin} ${s.key}`),
      iframes,
      dataLayer: (main && (await within(main.evaluate(readDataLayer), 2000, null))) ?? [],
      gated: [...this.gated].map(([label, { category, ranAt }]) => ({ label, category, ranAt })),
      consent: main ? await within(main.evaluate(readConsent), 2000, undefined) : undefined,
    };
  }
}

/** Each item once, by key. */
const dedupe = <T>(items: T[], key: (item: T) => string): T[] => [
  ...new Map(items.map((item) => [key(item), item])).values(),
];
