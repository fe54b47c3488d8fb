/**
 * The consent manager chunk: everything that changes a decision. The loader imports it on the
 * first decision, or together with the banner; returning visitors who decide nothing never
 * download it.
 */
import {
  vendorIds,
  type LoaderConfig,
  type Problem,
  type SelosteConfig,
  type VendorConfig,
} from './core/config.js';
import { applyChoice, changes, REJECT_ALL, toConsent } from './core/consent.js';
import { createConsentStore, type ConsentStore } from './core/store.js';
import type { Choice, Consent, ConsentRecord, OptionalCategory } from './core/types.js';
import { cookieStorage } from './cookies/storage.js';
import { SelosteChangeEvent } from './events.js';
import { gpcSignal } from './gpc.js';
import { warn } from './log.js';
import type * as ConsentLog from './consent-log.js';
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
  /** Imports a chunk of the build by name (the consent-log chunk). */
  load(name: 'consent-log'): Promise<typeof ConsentLog>;
  /** The banner texts shown on this page, if the banner was (for the consent log). */
  shownTexts?(): object | undefined;
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
 * Deletes the first-party cookies of the configured vendors whose category `choice` refuses,
 * host-only and on each parent domain, and names any that survive. The catalogue and the
 * deleter are chunks of their own: only a refusal needs them.
 */
async function clearVendorCookies(config: VendorConfig, choice: Choice | null) {
  try {
    const [{ VENDORS }, { clearCookies }] = await Promise.all([
      import('./core/vendors.js'),
      import('./cookies/clear.js'),
    ]);
    const ids = vendorIds(config);
    const patterns = VENDORS.filter(
      (vendor) => ids.includes(vendor.id) && !choice?.[vendor.category],
    ).flatMap((vendor) => vendor.patterns);
    const left = patterns.length ? clearCookies(patterns, location.hostname) : [];
    if (left.length)
      warn(`could not delete the cookies ${left.join(', ')} (HttpOnly, or set on another path).`);
  } catch (error) {
    warn(`could not delete the vendors' cookies (${error}).`);
  }
}

export function createManager(
  { initial, readStored, announce, vendors, load, shownTexts }: Runtime,
  config: SelosteConfig,
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
    const change = changes(applied, after);
    const { granted, revoked } = change;
    applied = after;
    if (revoked.length || granted.length) {
      const loaded = await vendors();
      // Withdrawals first (vendors hear "denied" at once), then grants.
      loaded?.update(change, after);
      if (granted.length) loaded?.runSiteScripts(after);
    }
    // A refused category leaves no vendor cookie behind, whatever set it: this page, an earlier
    // one, or a decision that has since expired.
    if (vendorIds(config).length && !(after?.analytics && after.marketing))
      await clearVendorCookies(config, after);
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
  const log = (source: DecisionSource, before: Choice | null) => {
    const decision = store.get();
    if (!config.consentLog || !decision) return;
    const method = changes(before, decision.categories).revoked.length ? 'withdrawal' : source;
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
   * changed since this page read it), then applies it.
   */
  const decide = (pick: (stored: ConsentRecord | null) => Choice | null, source: DecisionSource) =>
    inTurn(() => {
      store.adopt(readStored());
      const before = store.get()?.categories ?? null;
      const choice = pick(store.get());
      store.set(
        choice &&
          applyChoice(store.get(), choice, { now: Date.now(), revision: config.revision, newId }),
      );
      announce();
      log(source, before);
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
    const source = (e.target as Element).localName === 'seloste-banner' ? 'banner' : 'settings';
    void decide(() => withGpc((e as CustomEvent<Choice>).detail, source), source);
  };
  document.addEventListener('seloste-choice', onChoice);

  return {
    store,
    decide: (choice, source = 'api') => decide(() => withGpc(choice, source), source),
    setConsent(choice) {
      const given: Partial<Choice> = {};
      for (const [category, value] of Object.entries(choice ?? {})) {
        if ((category === 'analytics' || category === 'marketing') && typeof value === 'boolean')
          given[category as OptionalCategory] = value;
        else
          warn(
            `setConsent: ${category}: ${value} ignored; give analytics or marketing true or false.`,
          );
      }
      return decide((stored) => ({ ...(stored?.categories ?? REJECT_ALL), ...given }), 'api');
    },
    follow: (record) =>
      inTurn(() => {
        store.adopt(record);
        return bringInLine();
      }),
  };
}
