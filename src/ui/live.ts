import type { Choice } from '../core/types.js';
import type { BannerTexts, DialogTexts } from '../i18n/texts.js';

let region: HTMLElement | undefined;

/**
 * The widget's one polite live region (`role="status"`), at the end of the body and visually
 * hidden. Screen readers announce changes only to a region they already know, so it is made
 * when the UI starts, and `announce` fills it later. Its inline style is set through the
 * CSSOM (`style` forwards to `cssText`), which a strict CSP allows, and outranks page rules.
 */
export const liveRegion = (lang: string): HTMLElement =>
  (region ??= document.body.appendChild(
    Object.assign(document.createElement('div'), {
      role: 'status',
      lang,
      style: 'position:fixed;clip-path:inset(50%)',
    }),
  ));

/**
 * Says `text` through the live region: emptied first and filled a moment later, so the same
 * words said twice are heard twice, and a dialog that is closing is out of the way by then.
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
