import { createConsentStore, type ConsentStore } from '../../src/core/store.js';
import type { ConsentRecord } from '../../src/core/types.js';
import fiBanner from '../../src/i18n/fi/banner.js';
import fiDialogs from '../../src/i18n/fi/dialogs.js';
import type { Texts } from '../../src/i18n/texts.js';

export const texts: Texts = { ...fiBanner, ...fiDialogs };

/** A store that keeps its decision in memory. */
export function memoryStore(initial: ConsentRecord | null = null): ConsentStore {
  return createConsentStore({ write() {}, clear() {} }, 365, initial);
}

/** The element inside `host`'s shadow root; throws when it is missing. */
export function part<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`${host.localName} has no ${selector}`);
  return found;
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
