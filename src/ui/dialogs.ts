/**
 * The dialogs chunk: the preferences and the notice, created on first use with all the texts
 * of the page's language (the dialog texts are a chunk of their own, per language).
 */
import type { OpenTarget } from '../events.js';
import { resolveTexts } from '../i18n/index.js';
import type { TextOverrides, Texts } from '../i18n/texts.js';
import { warn } from '../log.js';
import type { UiContext } from './context.js';
import type { DialogElement } from './dialog.js';

let texts: Promise<Texts> | undefined;
const elements = new Map<OpenTarget, Promise<DialogElement>>();

const defineOnce = (tag: string, element: CustomElementConstructor) =>
  customElements.get(tag) ?? customElements.define(tag, element);

async function create(target: OpenTarget, context: UiContext, all: Texts): Promise<DialogElement> {
  const { config, store } = context;
  let element: DialogElement;
  if (target === 'settings') {
    const [{ SelostePreferences }, { VENDORS }] = await Promise.all([
      import('./preferences/preferences.js'),
      import('../core/vendors.js'),
    ]);
    defineOnce('seloste-preferences', SelostePreferences);
    element = Object.assign(new SelostePreferences(), {
      store,
      vendors: VENDORS.filter((vendor) => context.vendors.includes(vendor.id)),
      consentDays: config.consentDays,
    });
  } else {
    const { SelosteNotice } = await import('./notice/notice.js');
    defineOnce('seloste-notice', SelosteNotice);
    element = Object.assign(new SelosteNotice(), { src: config.notice ?? '' });
  }
  Object.assign(element, { texts: all, theme: config.theme, lang: config.lang });
  document.body.append(element);
  return element;
}

/**
 * Opens the preferences (`settings`) or the notice; focus returns to `trigger` on close.
 * `check` only loads the texts, which reports override keys Seloste does not have.
 */
export async function open(
  context: UiContext,
  overrides: TextOverrides | undefined,
  target: OpenTarget | 'check',
  trigger?: HTMLElement | null,
): Promise<void> {
  const { lang } = context.config;
  const all = await (texts ??= context
    .load(`dialogs-${lang}`)
    .then((dialogs) =>
      resolveTexts<Texts>({ ...context.texts, ...dialogs.default }, lang, overrides, warn, true),
    ));
  if (target === 'check') return;
  let element = elements.get(target);
  if (!element) elements.set(target, (element = create(target, context, all)));
  await (await element).show(trigger);
}
