/**
 * The dialogs chunk: the preferences and the notice, created on first use with all the texts
 * of the page's language (the dialog texts are a chunk of their own, per language).
 */
import { changes } from '../core/consent.js';
import { define } from '../define.js';
import type { OpenTarget } from '../events.js';
import { resolveTexts } from '../i18n/index.js';
import { reportTextOverrides } from '../i18n/report.js';
import type { DialogTexts, TextOverrides, Texts } from '../i18n/texts.js';
import type { Lang } from '../core/types.js';
import { gpcSignal } from '../gpc.js';
import { warn } from '../log.js';
import { safely } from '../cookies/read.js';
import type { UiContext } from './context.js';
import type { DialogElement } from './dialog.js';
import { announce, savedText } from './live.js';
import { RELOADED } from './reloaded.js';

/**
 * What `open` is asked for: a dialog; `check`, the texts alone (which reports the owner's
 * overrides Seloste lacks); `reloaded`, the words after a withdrawal has reloaded the page;
 * `warm`, the notice made ready (fetched and built, not shown) for a click that is coming.
 */
export type Target = OpenTarget | 'check' | 'reloaded' | 'warm';

const texts = new Map<Lang, Promise<Texts>>();
const elements = new Map<OpenTarget, Promise<DialogElement>>();

/** The dialog texts of `lang` (the notice may be shown in another language than the widget). */
const dialogTexts = (context: UiContext, overrides: TextOverrides | undefined, lang: Lang) => {
  let loading = texts.get(lang);
  if (!loading) {
    loading = context.load(`dialogs-${lang}`).then((dialogs) => {
      const all: Texts = { ...context.texts, ...dialogs.default };
      if (lang === context.config.lang) reportTextOverrides(all, lang, overrides, warn);
      return resolveTexts(all, overrides?.[lang]);
    });
    texts.set(lang, loading);
  }
  return loading;
};

async function create(
  target: OpenTarget,
  context: UiContext,
  overrides: TextOverrides | undefined,
): Promise<DialogElement> {
  const { config, store } = context;
  // The notice's JSON travels while the chunks do (the request load-notice.ts would make).
  const src = config.notice ?? '';
  const response =
    target === 'notice' && src
      ? fetch(src, { headers: { accept: 'application/json' } })
      : undefined;
  response?.catch(() => {});
  // The dialog's chunk comes with the texts, not after them (awaited, and reported, below).
  (target === 'settings'
    ? import('./preferences/preferences.js')
    : import('./notice/notice.js')
  ).catch(() => {});
  const [all, services] = await Promise.all([
    dialogTexts(context, overrides, config.lang),
    context.services.all(),
  ]);
  const common = {
    texts: all,
    theme: config.theme,
    lang: config.lang,
    store,
    services,
    consentDays: config.consentDays,
    consentCookie: config.cookieName,
  };
  let element: DialogElement;
  if (target === 'settings') {
    const { SelostePreferences } = await import('./preferences/preferences.js');
    define('seloste-preferences', SelostePreferences);
    element = Object.assign(new SelostePreferences(), common, {
      reloads: config.reloadOnRevoke,
      gpc: config.gpc && gpcSignal(),
    });
    // A withdrawal reloads the page (consent-manager.ts): the page after it says what was saved.
    element.addEventListener('seloste-choice', (e) => {
      const stored = store.get()?.categories ?? null;
      if (config.reloadOnRevoke && changes(stored, e.detail, services).revoked.length)
        safely(() => sessionStorage.setItem(RELOADED, '1'), undefined);
    });
  } else {
    const { SelosteNotice } = await import('./notice/notice.js');
    define('seloste-notice', SelosteNotice);
    element = Object.assign(new SelosteNotice(), common, {
      src,
      early: response && { src, response },
      hashes: config.noticeHash,
      loadTexts: (lang: Lang): Promise<DialogTexts> => dialogTexts(context, overrides, lang),
    });
  }
  document.body.append(element);
  return element;
}

/**
 * After a withdrawal has reloaded the page: says what is now saved, and puts focus back on
 * the page's link to the settings, where the visitor was.
 */
async function reloaded(context: UiContext, overrides: TextOverrides | undefined) {
  safely(() => sessionStorage.removeItem(RELOADED), undefined);
  const texts = await dialogTexts(context, overrides, context.config.lang);
  const record = context.store.get();
  document.querySelector<HTMLElement>('[data-seloste-open="settings"]')?.focus();
  if (record) announce(savedText(texts, record.categories), context.config.lang);
}

/**
 * Opens the preferences (`settings`) or the notice; focus returns to `trigger` on close (see
 * `Target` for the others). Never rejects: a file that failed to load is reported and fetched
 * again on the next try.
 */
export async function open(
  context: UiContext,
  overrides: TextOverrides | undefined,
  target: Target,
  trigger?: HTMLElement | null,
): Promise<void> {
  if (target === 'notice' && !context.config.notice) {
    warn('there is no notice to open: give the Seloste tag data-notice="/your-notice.json".');
    return;
  }
  try {
    if (target === 'check') {
      await dialogTexts(context, overrides, context.config.lang);
      return;
    }
    if (target === 'reloaded') {
      await reloaded(context, overrides);
      return;
    }
    const dialog = target === 'warm' ? 'notice' : target;
    let element = elements.get(dialog);
    if (!element) elements.set(dialog, (element = create(dialog, context, overrides)));
    if (target !== 'warm') await (await element).show(trigger);
    else await element;
  } catch (error) {
    elements.delete(target === 'warm' ? 'notice' : (target as OpenTarget));
    texts.clear();
    const what =
      target === 'notice' || target === 'settings'
        ? `open the ${target}`
        : target === 'warm'
          ? 'prepare the notice'
          : 'load its texts';
    warn(`could not ${what} (${error}).`);
  }
}
