import type { OptionalCategory, VendorId } from '../core/types.js';

/** The globals vendor tags read and write. */
export interface VendorWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
  fbq?: FbqFunction;
  _fbq?: FbqFunction;
  uetq?: { push(...args: unknown[]): unknown };
  UET?: new (options: Record<string, unknown>) => { push(...args: unknown[]): unknown };
  [gaDisable: `ga-disable-${string}`]: boolean | undefined;
}

/** Meta's `fbq`: a function with a command queue until fbevents.js takes over. */
export interface FbqFunction {
  (...args: unknown[]): void;
  callMethod?: (...args: unknown[]) => void;
  queue: unknown[];
  push: FbqFunction;
  loaded: boolean;
  version: string;
}

/** What an integration may touch: everything goes through here, so tests can fake it. */
export interface VendorEnv {
  readonly window: VendorWindow;
  /**
   * Adds an async `<script>` carrying the page's CSP nonce. Resolves true once it has run, or
   * false (after a console message) when it could not load; never rejects.
   */
  loadScript(src: string): Promise<boolean>;
}

export interface Integration {
  /**
   * The service it stands for: a vendor, a catalogue service (`hotjar`…), or `googleConsent`
   * (Google's signals for a category alone).
   */
  readonly id: VendorId | 'googleConsent' | (string & {});
  readonly category: OptionalCategory;
  /** On every page, before any decision: vendor defaults to denied. No network. */
  init(env: VendorEnv): void;
  /** The category was granted (now, or earlier and stored): load or update. Safe to call twice. */
  grant(env: VendorEnv): void;
  /**
   * Consent withdrawn: tell the vendor at once. (Its cookies, listed in the catalogue in
   * core/vendors.ts, are deleted next by the consent manager.)
   */
  revoke(env: VendorEnv): void;
}
