import type { Choice } from '../core/types.js';
import type { BannerTexts, DialogTexts } from '../i18n/texts.js';

let region: HTMLElement | undefined;

/**
 * The widget's one polite live region (`role="status"`), at the end of the body and visually
 * hidden. Screen readers announce changes only to a region they already know, so it is made
 * when the UI starts (`announce` fills it later). Inline styles, set through the CSSOM, are
 * allowed by a strict CSP and outrank the page's own rules.
 */
export function liveRegion(lang: string): HTMLElement {
  if (!region) {
    region = Object.assign(document.createElement('div'), { role: 'status', lang });
    region.style.cssText = 'position:fixed;clip-path:inset(50%);display:block!important';
    document.body.append(region);
  }
  return region;
}

/**
 * Says `text` through the live region: emptied first and filled a moment later, so the same
 * words said twice are heard twice, and so that a dialog that is closing is out of the way.
 */
export function announce(text: string | undefined, lang: string): void {
  const live = liveRegion(lang);
  live.textContent = '';
  setTimeout(() => (live.textContent = text ?? ''), 150);
}

/**
 * What the live region says once `choice` is saved. The banner's texts have the two choices
 * it offers (all, necessary only); the dialogs' texts have the other two.
 *
 * @example savedText(fiTexts, { analytics: false, marketing: false })
 * // 'Valintasi on tallennettu: vain välttämättömät evästeet.'
 */
export const savedText = (
  texts: BannerTexts & Partial<DialogTexts>,
  { analytics, marketing }: Choice,
): string | undefined =>
  analytics
    ? marketing
      ? texts.savedAll
      : texts.savedAnalytics
    : marketing
      ? texts.savedMarketing
      : texts.savedNecessary;
