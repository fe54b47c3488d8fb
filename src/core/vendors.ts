import type { CookiePattern } from './cookie-names.js';
import type { OptionalCategory, VendorId } from './types.js';

export interface CookieInfo {
  /** Name as the visitor sees it; `<id>` stands for the site's tag id. */
  readonly name: string;
  /** Nominal lifetime in days (`0` for the session). Chrome caps script cookies at 400 days. */
  readonly days: number;
}

/** What the visitor is told about a vendor: in the preferences and the notice's cookie table. */
export interface VendorInfo {
  readonly id: VendorId;
  readonly category: OptionalCategory;
  readonly name: string;
  /** The company the visitor's data goes to in the EU. */
  readonly provider: string;
  /** Country outside the EU/EEA the data may be transferred to (the provider's parent). */
  readonly transferTo: string;
  readonly privacyUrl: string;
  readonly cookies: readonly CookieInfo[];
  /**
   * First-party cookies to delete when consent is withdrawn: those above, and the names older
   * versions of the vendor's tag left behind.
   */
  readonly patterns: readonly CookiePattern[];
}

/** The vendors in the order the visitor sees them. */
export const VENDORS: readonly VendorInfo[] = [
  {
    id: 'googleAnalytics',
    category: 'analytics',
    name: 'Google Analytics 4',
    provider: 'Google Ireland Limited',
    transferTo: 'US',
    privacyUrl: 'https://policies.google.com/privacy',
    cookies: [
      { name: '_ga', days: 730 },
      { name: '_ga_<id>', days: 730 },
    ],
    patterns: ['_ga', '_ga_*', '_gid', '_gat*', '_dc_gtm_*'],
  },
  {
    id: 'googleAds',
    category: 'marketing',
    name: 'Google Ads',
    provider: 'Google Ireland Limited',
    transferTo: 'US',
    privacyUrl: 'https://policies.google.com/technologies/ads',
    cookies: [
      { name: '_gcl_au', days: 90 },
      { name: '_gcl_aw', days: 90 },
    ],
    patterns: ['_gcl_*', '_gac_*'],
  },
  {
    id: 'googleTagManager',
    // The category is the site's (`data-gtm-category`); the UI puts it there.
    category: 'analytics',
    name: 'Google Tag Manager',
    provider: 'Google Ireland Limited',
    transferTo: 'US',
    privacyUrl: 'https://policies.google.com/privacy',
    // The container sets no cookie of its own; the tags in it are the site's to declare.
    cookies: [],
    patterns: [],
  },
  {
    id: 'metaPixel',
    category: 'marketing',
    name: 'Meta Pixel',
    provider: 'Meta Platforms Ireland Limited',
    transferTo: 'US',
    privacyUrl: 'https://www.facebook.com/privacy/policy/',
    cookies: [
      { name: '_fbp', days: 90 },
      { name: '_fbc', days: 90 },
    ],
    patterns: ['_fbp', '_fbc'],
  },
  {
    id: 'bingUet',
    category: 'marketing',
    name: 'Microsoft Advertising (UET)',
    provider: 'Microsoft Ireland Operations Limited',
    transferTo: 'US',
    privacyUrl: 'https://privacy.microsoft.com/privacystatement',
    cookies: [
      { name: '_uetsid', days: 1 },
      { name: '_uetvid', days: 390 },
      { name: '_uetmsclkid', days: 90 },
    ],
    patterns: ['_uet*'],
  },
];
