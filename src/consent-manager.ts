/**
 * The consent manager chunk: everything that changes a decision. The loader imports it on the
 * first decision, or together with the banner; returning visitors who decide nothing never
 * download it.
 */
import type { LoaderConfig, Problem, SelosteConfig } from './core/config.js';
import { allows, applyChoice, changes, REJECT_ALL, toConsent } from './core/consent.js';
import { complete, setServices, type ServiceRef } from './core/services.js';
import { createConsentStore, type ConsentStore } from './core/store.js';
import type { Choice, Consent, ConsentRecord, OptionalCategory } from './core/types.js';
import { cookieStorage } from './cookies/storage.js';
import type { Tag } from './define.js';
import { SelosteChangeEvent } from './events.js';
import { gpcSignal } from './gpc.js';
import { warn } from './log.js';
import type * as ConsentLog from './consent-log.js';
import type * as ServicesChunk from './services.js';
import type { PageServices } from './page-services.js';
import type { Vendors } from './vendors.js';

/** What the loader has set up on this page, handed over to the app chunk. */
export interface Runtime {
  readonly config: LoaderConfig;
  /** The Seloste tag's data attributes, for the options only the app chunk reads. */
  readonly dataset: Readonly<Record<string, string | undefined>>;
  /** The decision the page was loaded with. */
  readonly initial: ConsentRecord | null;
  /** The decision the consent cookie holds now (another tab may have made a newer one). */
  readStored(): ConsentRecord | null;
  /** Tells the site's other tabs that the decision changed. */
  announce(): void;
  /** The vendors chunk (loaded on first use; `undefined` if it could not be). */
  vendors(): Promise<Vendors | undefined>;
  /** The page's CSP nonce, or `''`. */
  readonly nonce: string;
  /** Names configuration mistakes in the console. */
  report(problems: readonly Problem[]): Promise<void>;
  /** Imports a chunk of the build by name (the consent-log and services chunks). */
  load(name: 'consent-log'): Promise<typeof ConsentLog>;
  load(name: 'services'): Promise<typeof ServicesChunk>;
  /** The banner texts shown on this page, if the banner was (for the consent log). */
  shownTexts?(): object | undefined;
  /** When aborted, the manager stops listening to the page (tests). */
  readonly signal?: AbortSignal;
}

/** Where a decision came from, as the consent log records it. */
export type DecisionSource = 'banner' | 'settings' | 'api';

export interface ConsentManager {
  readonly store: ConsentStore;
  /**
   * Records a decision (or forgets it) and brings vendors and site scripts in line. With the
   * Global Privacy Control signal honoured, accepting all from the banner or the API accepts
   * all but marketing; the settings, and `setConsent`, take what the visitor set.
   */
  decide(choice: Choice | null, source?: DecisionSource): Promise<Consent | null>;
  /** Sets the categories given; the others keep their value. */
  setConsent(choice: Partial<Choice>): Promise<Consent | null>;
  /** Brings this page in line with `record`, a decision already stored (by another tab). */
  follow(record: ConsentRecord | null): Promise<Consent | null>;
}

/** 16 random bytes, base64url: a consent id. */
export const newId = (): string =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * @param services the services on the page (page-services.ts): every decision names each one,
 *   and those refused lose their cookies
 */
export function createManager(
  { initial, readStored, announce, vendors, load, shownTexts, signal }: Runtime,
  config: SelosteConfig,
  services: PageServices,
): ConsentManager {
  const store = createConsentStore(
    cookieStorage(config.cookieName, config.cookieDomain, location.protocol === 'https:'),
    config.consentDays,
    initial,
  );
  /** The choice the vendors and gated scripts on this page have been brought to. */
  let applied = initial?.categories ?? null;
  let queue: Promise<unknown> = Promise.resolve();

  /** Brings vendors and gated scripts on this page in line with the stored decision. */
  const bringInLine = async () => {
    // Let the banner close and paint before vendor scripts are added (interaction latency).
    await new Promise((resolve) => setTimeout(resolve));
    const after = store.get()?.categories ?? null;
    const before = applied;
    const onPage = await services.refs();
    const { granted, revoked } = changes(before, after, onPage);
    applied = after;
    if (revoked.length || granted.length) {
      const loaded = await vendors();
      // Withdrawals first (vendors hear "denied" at once), then grants.
      loaded?.update(before, after);
      if (granted.length) loaded?.runSiteScripts(after);
    }
    // A refused service leaves no cookie behind, whatever set it: this page, an earlier one, or
    // a decision that has since expired.
    if ((await services.refs()).some(({ id, category }) => !allows(after, category, id)))
      await import('./cookies/clear.js')
        .then(async ({ clearRefused }) => clearRefused(await services.all(), after))
        .catch((error) => warn(`could not delete the services' cookies (${error}).`));
    const record = store.get();
    const consent = record && toConsent(record);
    document.dispatchEvent(new SelosteChangeEvent(consent));
    if (revoked.length && config.reloadOnRevoke) location.reload();
    return consent;
  };

  /** Runs `step` after every earlier one, each in full, in the order they were asked for. */
  const inTurn = (step: () => Promise<Consent | null>) => {
    const run = queue.then(step);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Sends the decision just stored to the site owner's consent log, in the background. */
  const log = (source: DecisionSource, before: Choice | null, onPage: readonly ServiceRef[]) => {
    const decision = store.get();
    if (!config.consentLog || !decision) return;
    const method = changes(before, decision.categories, onPage).revoked.length
      ? 'withdrawal'
      : source;
    void load('consent-log')
      .then(async ({ consentLog, toLogRecord }) =>
        consentLog(config.consentLog!, config.notice, warn).send(
          await toLogRecord(decision, { method, lang: config.lang, texts: shownTexts?.() }),
        ),
      )
      .catch((error) => warn(`could not send the decision to the consent log (${error}).`));
  };

  /**
   * Records the choice `pick` makes from the decision stored now (which another tab may have
   * changed since this page read it), completed for the page's services, then applies it.
   */
  const decide = (
    pick: (stored: ConsentRecord | null, onPage: readonly ServiceRef[]) => Choice | null,
    source: DecisionSource,
  ) =>
    inTurn(async () => {
      const onPage = await services.refs();
      store.adopt(readStored());
      const before = store.get()?.categories ?? null;
      const choice = pick(store.get(), onPage);
      store.set(
        choice &&
          applyChoice(store.get(), complete(choice, onPage), {
            now: Date.now(),
            revision: config.revision,
            newId,
          }),
      );
      announce();
      log(source, before, onPage);
      return bringInLine();
    });

  /** Accepting all leaves marketing out when the browser asks so (and the site honours it). */
  const withGpc = (choice: Choice | null, source: DecisionSource) =>
    choice &&
    source !== 'settings' &&
    choice.marketing &&
    choice.analytics &&
    config.gpc &&
    gpcSignal()
      ? { ...choice, marketing: false }
      : choice;

  const onChoice = (e: Event) => {
    const source =
      (e.target as Element).localName === ('seloste-banner' satisfies Tag) ? 'banner' : 'settings';
    void decide(() => withGpc((e as CustomEvent<Choice>).detail, source), source);
  };
  document.addEventListener('seloste-choice', onChoice, { signal });

  return {
    store,
    decide: (choice, source = 'api') => decide(() => withGpc(choice, source), source),
    setConsent(choice) {
      const given: Partial<Record<OptionalCategory, boolean>> = {};
      const named: Record<string, boolean> = {};
      for (const [key, value] of Object.entries(choice ?? {})) {
        if ((key === 'analytics' || key === 'marketing') && typeof value === 'boolean')
          given[key] = value;
        else if (key !== 'services')
          warn(`setConsent: ${key}: ${value} ignored; give analytics or marketing true or false.`);
      }
      for (const [id, value] of Object.entries(choice?.services ?? {})) {
        if (typeof value === 'boolean') named[id] = value;
        else warn(`setConsent: services.${id}: ${value} ignored; give true or false.`);
      }
      return decide(
        (stored, onPage) => setServices(stored?.categories ?? REJECT_ALL, given, named, onPage),
        'api',
      );
    },
    follow: (record) =>
      inTurn(() => {
        store.adopt(record);
        return bringInLine();
      }),
  };
}
