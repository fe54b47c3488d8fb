/**
 * The UI's start, in the app chunk: the banner, shown on a first visit. The dialogs, and the
 * texts they need, are a chunk of their own, fetched when one is first opened; so is the code
 * that reads the owner's text overrides, fetched only when the page has some.
 */
import type { TextOverrides } from '../i18n/texts.js';
import { warn } from '../log.js';
import { define, type Tag } from '../define.js';
import { SelosteBanner } from './banner/banner.js';
import type { UiApp, UiContext } from './context.js';
import type * as Dialogs from './dialogs.js';
import { focusPage } from './focus.js';
import { announce, liveRegion, savedText } from './live.js';
import { resolveScheme } from './scheme.js';
import { gpcSignal } from '../gpc.js';

export type { UiApp, UiContext };

export function mount(context: UiContext): UiApp {
  const { store, config } = context;
  // Every listener on the document: they go when `context.signal` is aborted (tests).
  const listening = { signal: context.signal };
  const i18n = document.querySelector('[data-seloste-texts]')
    ? import('../i18n/index.js')
    : undefined;
  const overrides: Promise<TextOverrides | undefined> = i18n
    ? i18n.then(
        ({ readTextOverrides }) => readTextOverrides(document, warn),
        (error) => void warn(`could not read the text overrides (${error}).`),
      )
    : Promise.resolve(undefined);
  let banner: SelosteBanner | undefined;
  let shown: object | undefined;
  let dialogs: Promise<typeof Dialogs> | undefined;

  /** Never rejects: dialogs.ts reports its own failures; a failed import is reported and retried. */
  const open = (target: Dialogs.Target, trigger?: HTMLElement | null) =>
    (dialogs ??= import('./dialogs.js')).then(
      async (module) => module.open(context, await overrides, target, trigger),
      (error) => {
        dialogs = undefined;
        warn(`could not load the dialogs (${error}).`);
      },
    );

  // Made now, so that screen readers know the region before anything is said in it.
  liveRegion(config.lang);
  store.subscribe((record) => {
    if (record && banner) {
      // Focus in the banner would drop to <body>: it goes on into the page instead.
      const focused = document.activeElement === banner;
      banner.remove();
      banner = undefined;
      if (focused) focusPage();
    }
  });
  // A choice made in the banner or the settings is confirmed in words.
  const gpc = config.gpc && gpcSignal();
  document.addEventListener(
    'seloste-choice',
    (e) => {
      const { texts, localName } = e.target as Partial<SelosteBanner> & Element;
      if (!texts) return;
      // Accept all from the banner leaves marketing out for the signal (consent-manager.ts).
      const gpcAll = gpc && localName === ('seloste-banner' satisfies Tag) && e.detail.marketing;
      announce(gpcAll ? texts.savedGpc : savedText(texts, e.detail), config.lang);
    },
    listening,
  );
  // The page has just reloaded after a withdrawal in the settings: say so.
  if (context.reloaded) void open('reloaded');
  // Requests from inside the widget (the banner's controls); the event comes from the control.
  document.addEventListener(
    'seloste-open',
    (e) => void open(e.detail, e.composedPath()[0] as HTMLElement),
    listening,
  );
  // The pointer or focus reaching a link to the notice: it is fetched and built for the click.
  const warm = (e: Event) =>
    config.notice &&
    (e.target as Element).closest?.('[data-seloste-open="notice"]') &&
    void open('warm');
  document.addEventListener('pointerover', warm, listening);
  document.addEventListener('focusin', warm, listening);
  // Override keys Seloste lacks are reported once all texts are at hand: check them soon.
  if (i18n) setTimeout(() => open('check'), 1000);

  return {
    async showBanner() {
      const own = (await overrides)?.[config.lang];
      const texts = own ? (await i18n!).resolveTexts(context.texts, own) : context.texts;
      if (banner || store.get()) return;
      define('seloste-banner', SelosteBanner);
      shown = texts;
      banner = Object.assign(new SelosteBanner(), {
        texts,
        scheme: resolveScheme(config.theme),
        lang: config.lang,
        layout: config.layout,
        gpc,
        noticeLink: config.notice ? `#${config.noticeHash[0] ?? ''}` : '',
      });
      // First in the body, so keyboard and screen reader users meet it first.
      document.body.prepend(banner);
    },
    shownTexts: () => shown,
    openSettings: (trigger) => open('settings', trigger),
    openNotice: (trigger) => open('notice', trigger),
  };
}
