import type { Choice, Consent } from './core/types.js';

/**
 * `window.seloste`, set by the script tag. The promises resolve once the decision is stored
 * and applied (decisions are applied one after another, in order). If the widget's own files
 * cannot be loaded, the failure is reported in the console and they resolve to the consent as
 * it was.
 */
export interface SelosteApi {
  /** The bundle's version. */
  readonly version: string;
  /** The current decision, or `null` before the visitor has decided. A fresh copy each call. */
  getConsent(): Consent | null;
  /** Grants analytics and marketing, as the banner's Accept all does. */
  acceptAll(): Promise<Consent | null>;
  /** Refuses analytics and marketing, as Reject all does. */
  rejectAll(): Promise<Consent | null>;
  /**
   * Sets some categories and services (`{ analytics: true, services: { hotjar: false } }`);
   * those left out keep their current value (refused before a decision). Allowing a service of a
   * refused category allows the category with that service alone in it.
   */
  setConsent(choice: Partial<Choice>): Promise<Consent | null>;
  /** Opens the preferences dialog. */
  openSettings(): Promise<void>;
  /** Opens the privacy notice. */
  openNotice(): Promise<void>;
  /** Forgets the decision (withdrawing what was granted) and shows the banner again. */
  reset(): Promise<void>;
}
