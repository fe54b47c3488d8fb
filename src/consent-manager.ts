/**
 * The consent manager chunk: everything that changes a decision. The loader imports it on the
 * first decision, or together with the banner; returning visitors who decide nothing never
 * download it.
 */
import type { LoaderConfig, SelosteConfig } from './core/config.js';
import { applyChoice, changes, REJECT_ALL, toConsent } from './core/consent.js';
import { createConsentStore, type ConsentStore } from './core/store.js';
import type { Choice, Consent, ConsentRecord, OptionalCategory } from './core/types.js';
import { cookieStorage } from './cookies/storage.js';
import { SelosteChangeEvent } from './events.js';
import type { Integration, VendorEnv } from './integrations/integration.js';
import { warn } from './log.js';

/** What the loader has set up on this page, handed over to the app chunk. */
export interface Runtime {
  readonly config: LoaderConfig;
  /** The Seloste tag's data attributes, for the options only the app chunk reads. */
  readonly dataset: Readonly<Record<string, string | undefined>>;
  /** The decision the page was loaded with. */
  readonly initial: ConsentRecord | null;
  readonly integrations: readonly Integration[];
  readonly env: VendorEnv;
  /** Runs the gated site scripts the current decision allows. */
  runSiteScripts(choice: Choice | null): void;
}

export interface ConsentManager {
  readonly store: ConsentStore;
  /** Records a decision (or forgets it) and brings vendors and site scripts in line. */
  decide(choice: Choice | null): Promise<Consent | null>;
  /** Sets the categories given; the others keep their value. */
  setConsent(choice: Partial<Choice>): Promise<Consent | null>;
}

/** 16 random bytes, base64url: a consent id. */
export const newId = (): string =>
  btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * Deletes the first-party cookies of these vendors, host-only and on each parent domain, and
 * names any that survive. The catalogue and the deleter are chunks of their own: only a
 * refusal needs them.
 */
async function clearVendorCookies(refused: readonly Integration[]) {
  try {
    const [{ VENDORS }, { clearCookies }] = await Promise.all([
      import('./core/vendors.js'),
      import('./cookies/clear.js'),
    ]);
    const patterns = VENDORS.filter((vendor) => refused.some(({ id }) => id === vendor.id)).flatMap(
      (vendor) => vendor.patterns,
    );
    const left = clearCookies(patterns, location.hostname);
    if (left.length)
      warn(`could not delete the cookies ${left.join(', ')} (HttpOnly, or set on another path).`);
  } catch (error) {
    warn(`could not delete the vendors' cookies (${error}).`);
  }
}

export function createManager(
  { initial, integrations, env, runSiteScripts }: Runtime,
  config: SelosteConfig,
): ConsentManager {
  const store = createConsentStore(
    cookieStorage(config.cookieDomain, location.protocol === 'https:'),
    config.consentDays,
    initial,
  );
  /** The choice the vendors and gated scripts on this page have been brought to. */
  let applied = initial?.categories ?? null;
  let queue: Promise<unknown> = Promise.resolve();

  const apply = async (choice: Choice | null) => {
    store.set(
      choice &&
        applyChoice(store.get(), choice, { now: Date.now(), revision: config.revision, newId }),
    );
    // Let the banner close and paint before vendor scripts are added (interaction latency).
    await new Promise((resolve) => setTimeout(resolve));
    const after = store.get()?.categories ?? null;
    const { granted, revoked } = changes(applied, after);
    applied = after;
    // Withdrawals first: vendors hear "denied" before their cookies go.
    for (const integration of integrations) {
      if (revoked.includes(integration.category)) integration.revoke(env);
    }
    // A refused category leaves no vendor cookie behind, whatever set it: this page, an earlier
    // one, or a decision that has since expired.
    const refused = integrations.filter((integration) => !after?.[integration.category]);
    if (refused.length) await clearVendorCookies(refused);
    for (const integration of integrations) {
      if (granted.includes(integration.category)) integration.grant(env);
    }
    runSiteScripts(after);
    const record = store.get();
    const consent = record && toConsent(record);
    document.dispatchEvent(new SelosteChangeEvent(consent));
    if (revoked.length && config.reloadOnRevoke) location.reload();
    return consent;
  };

  /** Decisions are applied one after another, each in full, in the order they were made. */
  const decide = (choice: Choice | null) => {
    const run = queue.then(() => apply(choice));
    queue = run.catch(() => undefined);
    return run;
  };

  document.addEventListener('seloste-choice', (e) => void decide(e.detail));

  return {
    store,
    decide,
    setConsent(choice) {
      const next = { ...(store.get()?.categories ?? REJECT_ALL) };
      for (const [category, value] of Object.entries(choice ?? {})) {
        if (Object.hasOwn(next, category) && typeof value === 'boolean')
          next[category as OptionalCategory] = value;
        else
          warn(
            `setConsent: ${category}: ${value} ignored; give analytics or marketing true or false.`,
          );
      }
      return decide(next);
    },
  };
}
