/**
 * The npm entry: classes, functions and types, for sites that bundle Seloste themselves.
 * Importing it defines no elements and touches no page; call `define()` for the elements.
 */
export type { SelosteApi } from './api.js';
export { parseConfig, type SelosteConfig, type Layout, type Theme } from './core/config.js';
export {
  ACCEPT_ALL,
  REJECT_ALL,
  applyChoice,
  changes,
  isCurrent,
  toConsent,
} from './core/consent.js';
export { decodeRecord, encodeRecord } from './core/codec.js';
export {
  createConsentStore,
  readDecision,
  type ConsentStorage,
  type ConsentStore,
} from './core/store.js';
export type * from './core/types.js';
export { VENDORS, type VendorInfo, type CookieInfo } from './core/vendors.js';
export * from './events.js';
export type { Texts, BannerTexts, DialogTexts, TextOverrides } from './i18n/texts.js';
export { SelosteBanner } from './ui/banner/banner.js';
export { SelostePreferences } from './ui/preferences/preferences.js';
export { SelosteNotice } from './ui/notice/notice.js';
export { define } from './ui/define.js';
