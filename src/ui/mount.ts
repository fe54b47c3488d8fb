/**
 * The UI's start, in the app chunk: the banner, shown on a first visit. The dialogs, and the
 * texts they need, are a chunk of their own, fetched when one is first opened.
 */
import { readTextOverrides, resolveTexts } from '../i18n/index.js';
import { warn } from '../log.js';
import { SelosteBanner } from './banner/banner.js';
import type { UiApp, UiContext } from './context.js';
import type { OpenTarget } from '../events.js';
import type * as Dialogs from './dialogs.js';

export type { UiApp, UiContext };

export function mount(context: UiContext): UiApp {
  const { store, config } = context;
  const overrides = readTextOverrides(document, warn);
  let banner: SelosteBanner | undefined;
  let dialogs: Promise<typeof Dialogs> | undefined;

  const open = async (target: OpenTarget | 'check', trigger?: HTMLElement | null) =>
    (await (dialogs ??= import('./dialogs.js'))).open(context, overrides, target, trigger);

  store.subscribe((record) => {
    if (record) {
      banner?.remove();
      banner = undefined;
    }
  });
  // Requests from inside the widget (the banner's controls); the event comes from the control.
  document.addEventListener(
    'seloste-open',
    (e) => void open(e.detail, e.composedPath()[0] as HTMLElement),
  );
  // Override keys Seloste lacks are reported once all texts are at hand: check them soon.
  if (overrides) setTimeout(() => open('check'), 1000);

  return {
    showBanner() {
      if (banner || store.get()) return;
      if (!customElements.get('seloste-banner'))
        customElements.define('seloste-banner', SelosteBanner);
      banner = Object.assign(new SelosteBanner(), {
        texts: resolveTexts(context.texts, overrides?.[config.lang]),
        theme: config.theme,
        lang: config.lang,
        layout: config.layout,
        noticeLink: !!config.notice,
      });
      // First in the body, so keyboard and screen reader users meet it first.
      document.body.prepend(banner);
    },
    openSettings: (trigger) => open('settings', trigger),
    openNotice: (trigger) => open('notice', trigger),
  };
}
