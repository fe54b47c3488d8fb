/** The three consent categories. `necessary` is always granted. */
export type Category = 'necessary' | 'analytics' | 'marketing';

/** The categories a visitor can grant or refuse. */
export type OptionalCategory = Exclude<Category, 'necessary'>;

export const OPTIONAL_CATEGORIES: readonly OptionalCategory[] = ['analytics', 'marketing'];

/** What the visitor picked for each optional category, and for the services in them. */
export interface Choice {
  analytics: boolean;
  marketing: boolean;
  /**
   * Each service the visitor was offered, allowed or not (`{ googleAds: false, hotjar: true }`).
   * A service not named follows its category; a refused category refuses all of its services.
   */
  services?: Readonly<Record<string, boolean>>;
}

/** A decision as it is stored in the consent cookie. */
export interface ConsentRecord {
  /** The visitor's choice. */
  readonly categories: Choice;
  /** A random id naming this consent, shown to the visitor as proof of the decision. */
  readonly id: string;
  /** When the visitor last decided (milliseconds since the epoch). */
  readonly updatedAt: number;
  /** The site's configuration revision the decision was made under. */
  readonly revision: string;
}

/** The consent as `window.seloste.getConsent()` and `seloste-change` hand it out. */
export interface Consent {
  necessary: true;
  analytics: boolean;
  marketing: boolean;
  /** Each service the decision named: see `Choice.services`. */
  services: Record<string, boolean>;
  /** Consent id (random, stored with the decision). */
  id: string;
  /** Decision time as an ISO 8601 string. */
  updatedAt: string;
  revision: string;
}

export type Lang = 'fi' | 'sv' | 'en';

export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The vendors Seloste knows how to gate. */
export type VendorId =
  'googleAnalytics' | 'googleAds' | 'googleTagManager' | 'metaPixel' | 'bingUet';
