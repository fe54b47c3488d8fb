import { SelosteBanner } from './banner/banner.js';
import { SelosteNotice } from './notice/notice.js';
import { SelostePreferences } from './preferences/preferences.js';

export const ELEMENTS = {
  'seloste-banner': SelosteBanner,
  'seloste-preferences': SelostePreferences,
  'seloste-notice': SelosteNotice,
} as const;

/** Registers the elements; safe to call twice. */
export function define(): void {
  for (const [tag, element] of Object.entries(ELEMENTS)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seloste-banner': SelosteBanner;
    'seloste-preferences': SelostePreferences;
    'seloste-notice': SelosteNotice;
  }
}
