/**
 * The app chunk, `<build>/app.js`: the consent manager and the UI (lit-html and the banner).
 * The loader imports it on a first visit to show the banner, and on any later request to
 * change the decision or open a dialog; a returning visitor who does neither never loads it.
 */
import { createManager, type ConsentManager, type Runtime } from './consent-manager.js';
import { parseAppConfig, parseVendorConfig } from './core/config.js';
import { GATED_SCRIPTS } from './integrations/gated.js';
import type { BannerTexts } from './i18n/texts.js';
import type { UiApp, UiContext } from './ui/context.js';
import { mount } from './ui/mount.js';
import { pageServices } from './page-services.js';

export interface App extends ConsentManager {
  /** Starts the UI with the banner texts of the page's language; call once. */
  mount(texts: BannerTexts): UiApp;
}

export function createApp(runtime: Runtime & Pick<UiContext, 'load' | 'reloaded'>): App {
  const app = parseAppConfig(runtime.dataset);
  const vendors = parseVendorConfig(runtime.dataset, location.href);
  const problems = [...vendors.problems, ...app.problems];
  const config = { ...runtime.config, ...vendors.config, ...app.config };
  // Setup mistakes, reported whenever the app chunk is loaded (a first visit always loads it);
  // their words are in the problems chunk (core/explain.ts).
  for (const el of document.querySelectorAll<HTMLScriptElement>(GATED_SCRIPTS)) {
    const category = el.dataset.selosteCategory!;
    const why =
      category === 'necessary'
        ? category
        : !/^(analytics|marketing)$/.test(category)
          ? 'category'
          : runtime.nonce && el.nonce !== runtime.nonce && 'nonce';
    if (why)
      problems.push([
        '!gated',
        `<script data-seloste-category="${category}"${el.src ? ` src="${el.src}"` : ''}>`,
        why,
      ]);
  }
  void runtime.report(problems);
  let ui: UiApp | undefined;
  const services = pageServices(config, { ...runtime, lang: config.lang });
  // Found now, so a decision need not wait for the services chunk (none on most pages).
  void services.refs();
  const manager = createManager(
    { ...runtime, shownTexts: () => ui?.shownTexts() },
    config,
    services,
  );
  return {
    ...manager,
    mount: (texts) =>
      (ui = mount({
        store: manager.store,
        config,
        services,
        texts,
        load: runtime.load,
        reloaded: runtime.reloaded,
      })),
  };
}
