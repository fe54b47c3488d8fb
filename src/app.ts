/**
 * The app chunk, `<build>/app.js`: the consent manager and the UI (lit-html and the banner).
 * The loader imports it on a first visit to show the banner, and on any later request to
 * change the decision or open a dialog; a returning visitor who does neither never loads it.
 */
import { createManager, type ConsentManager, type Runtime } from './consent-manager.js';
import { parseAppConfig } from './core/config.js';
import { GATED_SCRIPTS } from './integrations/load-script.js';
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
  app.problems.forEach(warn);
  const config = { ...runtime.config, ...app.config };
  // A setup mistake, reported whenever the app chunk is loaded (a first visit always loads it).
  for (const el of document.querySelectorAll<HTMLElement>(GATED_SCRIPTS)) {
    const category = el.dataset.selosteCategory!;
    if (!['necessary', 'analytics', 'marketing'].includes(category)) {
      warn(`data-seloste-category="${category}" ignored: expected analytics | marketing.`);
    }
  }
  const manager = createManager(runtime, config);
  return {
    ...manager,
    mount: (texts) =>
      mount({
        store: manager.store,
        config,
        vendors: runtime.integrations.map((integration) => integration.id),
        texts,
        load: runtime.load,
      }),
  };
}
