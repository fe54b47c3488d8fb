import type { Lang, VendorId } from '../core/types.js';

/** The banner's texts: the only ones a first visit downloads. */
export interface BannerTexts {
  bannerTitle: string;
  bannerText: string;
  acceptAll: string;
  rejectAll: string;
  settings: string;
  noticeLink: string;
  /** Said (by the live region) once a choice of all cookies is saved. */
  savedAll: string;
  /** Said once a choice of the necessary cookies alone is saved. */
  savedNecessary: string;
  /** Shown in the banner when the browser sends Global Privacy Control (and the site honours it). */
  gpcNote: string;
  /** Said once Accept all is saved without marketing, for Global Privacy Control. */
  savedGpc: string;
}

/** The dialogs' texts, fetched when a dialog first opens. */
export interface DialogTexts {
  settingsTitle: string;
  /** Shown under marketing in the settings when the browser sends Global Privacy Control. */
  gpcSettingsNote: string;
  settingsIntro: string;
  save: string;
  close: string;
  alwaysOn: string;
  necessary: string;
  necessaryText: string;
  analytics: string;
  analyticsText: string;
  marketing: string;
  marketingText: string;
  services: string;
  /** Beside a category switch whose services are not all allowed: `{on}` of `{all}`. */
  servicesOn: string;
  cookie: string;
  lifetime: string;
  session: string;
  consentId: string;
  consentDate: string;
  noticeTitle: string;
  noticeLoading: string;
  /** Said when the notice has loaded after a retry. */
  noticeLoaded: string;
  /** Said once a choice of the necessary and analytics cookies is saved. */
  savedAnalytics: string;
  /** Said once a choice of the necessary and marketing cookies is saved. */
  savedMarketing: string;
  /** Shown above the buttons of the settings while a change would withdraw consent. */
  reloadNote: string;
  /** What each vendor (and Seloste's own cookie) is for. */
  purposes: Record<VendorId | 'seloste', string>;
}

/** Every text the widget shows. A site owner can override any of them, per language. */
export type Texts = BannerTexts & DialogTexts;

/** Site-owner overrides: `{ "fi": { "bannerTitle": "…" } }`. */
export type TextOverrides = Partial<Record<Lang, Partial<Texts>>>;
