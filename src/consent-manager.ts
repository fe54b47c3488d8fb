/**
 * The consent manager chunk: everything that changes a decision. The loader imports it on the
 * first decision, or together with the banner; returning visitors who decide nothing never
 * download it.
 */
import type { LoaderConfig, SelosteConfig } from './core/config.js';
import { applyChoice, changes, REJECT_ALL, toConsent } from './core/consent.js';
import { createConsentStore, type ConsentStore } from './core/store.js';
import type { Choice, Consent, ConsentRecord, OptionalCategory } from './core/types.js';
import { cookieStorage } from './cookies.js';
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

/** Deletes the cookies of these vendors (host-only and on each parent domain); names survivors. */
async function clearVendorCookies(withdrawn: readonly Integration[]) {
  // Only withdrawal needs these: not part of a first visit.
  const [{ VENDORS }, { clearCookies }] = await Promise.all([
    import('./core/vendors.js'),
    import('./clear-cookies.js'),
  ]);
  const patterns = VENDORS.filter((vendor) => withdrawn.some(({ id }) => id === vendor.id)).flatMap(
    (vendor) => vendor.patterns,
  );
  const left = clearCookies(patterns, location.hostname);
  if (left.length) {
    warn(`could not delete the cookies ${left.join(', ')} (HttpOnly, or set on another path).`);
  }
}

export function createManager(
  { initial, integrations, env, runSiteScripts }: Runtime,
  config: SelosteConfig,
): ConsentManager {
  const storage = cookieStorage(config.cookieDomain, location.protocol === 'https:');
  const store = createConsentStore(storage, config.consentDays, initial, warn);

  const decide = async (choice: Choice | null) => {
    const before = store.get();
    store.set(
      choice && applyChoice(before, choice, { now: Date.now(), revision: config.revision, newId }),
    );
    // Let the banner close and paint before vendor scripts are added (interaction latency).
    await new Promise((resolve) => setTimeout(resolve));
    const after = store.get();
    const { granted, revoked } = changes(before?.categories ?? null, after?.categories ?? null);
    // Withdrawals first: vendors hear "denied" before their cookies go.
    const withdrawn = integrations.filter((integration) => revoked.includes(integration.category));
    for (const integration of withdrawn) integration.revoke(env);
    if (withdrawn.length) await clearVendorCookies(withdrawn);
    for (const integration of integrations) {
      if (granted.includes(integration.category)) integration.grant(env);
    }
    runSiteScripts(after?.categories ?? null);
    const consent = after && toConsent(after);
    document.dispatchEvent(new SelosteChangeEvent(consent));
    if (revoked.length && config.reloadOnRevoke) location.reload();
    return consent;
  };

  document.addEventListener('seloste-choice', (e) => void decide(e.detail));

  return {
    store,
    decide,
    setConsent(choice) {
      const next = { ...(store.get()?.categories ?? REJECT_ALL) };
      for (const [category, value] of Object.entries(choice ?? {})) {
        if (category in next && typeof value === 'boolean')
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
