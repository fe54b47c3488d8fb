/**
 * The app chunk, `<build>/app.js`: the consent manager and the UI (lit-html and the banner).
 * The loader imports it on a first visit to show the banner, and on any later request to
 * change the decision or open a dialog; a returning visitor who does neither never loads it.
 */
import { createManager, type ConsentManager, type Runtime } from './consent-manager.js';
import { parseAppConfig, parseVendorConfig, vendorIds } from './core/config.js';
import { GATED_SCRIPTS } from './integrations/gated.js';
import { warn } from './log.js';
import type { BannerTexts } from './i18n/texts.js';
import type { UiApp, UiContext } from './ui/context.js';
import { mount } from './ui/mount.js';

export interface App extends ConsentManager {
  /** Starts the UI with the banner texts of the page's language; call once. */
  mount(texts: BannerTexts): UiApp;
}

export function createApp(runtime: Runtime & Pick<UiContext, 'load'>): App {
  const app = parseAppConfig(runtime.dataset);
  const vendors = parseVendorConfig(runtime.dataset, location.href);
  void runtime.report([...vendors.problems, ...app.problems]);
  const config = { ...runtime.config, ...vendors.config, ...app.config };
  // Setup mistakes, reported whenever the app chunk is loaded (a first visit always loads it).
  for (const el of document.querySelectorAll<HTMLScriptElement>(GATED_SCRIPTS)) {
    const category = el.dataset.selosteCategory!;
    const name = `<script data-seloste-category="${category}"${el.src ? ` src="${el.src}"` : ''}>`;
    if (category === 'necessary') {
      warn(`${name} never runs: a necessary script needs no gating; drop its type="text/plain".`);
    } else if (category !== 'analytics' && category !== 'marketing') {
      warn(`${name} never runs: expected data-seloste-category="analytics | marketing".`);
    } else if (runtime.nonce && el.nonce !== runtime.nonce) {
      warn(`${name} never runs: on a page with a CSP nonce, a gated script needs the nonce too.`);
    }
  }
  let ui: UiApp | undefined;
  const manager = createManager({ ...runtime, shownTexts: () => ui?.shownTexts() }, config);
  return {
    ...manager,
    mount: (texts) =>
      (ui = mount({
        store: manager.store,
        config,
        vendors: vendorIds(config),
        texts,
        load: runtime.load,
      })),
  };
}
