/**
 * What a renderer needs of a parsed notice: the text for a language, the notice's languages, and
 * the order of its sections. No DOM, no network, no dependencies.
 */
import { LANGS, type Lang } from '../core/types.js';
import { isBlank, isLang, isRecord } from './text.js';
import {
  PARTY_IDS,
  SECTION_IDS,
  type Localized,
  type Notice,
  type Party,
  type RichText,
  type SectionId,
  type Security,
} from './types.js';

/** Known sections whose content is rich text. */
export type TextSectionId = Exclude<
  SectionId,
  (typeof PARTY_IDS)[number] | 'registerName' | 'security'
>;

export const TEXT_SECTIONS = SECTION_IDS.filter(
  (id): id is TextSectionId =>
    !(PARTY_IDS as readonly string[]).includes(id) && id !== 'registerName' && id !== 'security',
);

/** Whether security is split into manual and electronic parts (`{}` counts as empty text). */
export function isSecurityParts(
  security: Security,
): security is { manual?: RichText; electronic?: RichText } {
  return (
    isRecord(security) &&
    Object.keys(security).some((key) => key === 'manual' || key === 'electronic')
  );
}

/** Whether a localized value is given per language (rather than as one value for all). */
export function isPerLanguage<T>(value: Localized<T>): value is Partial<Record<Lang, T>> {
  return isRecord(value) && Object.keys(value).every(isLang);
}

/**
 * The text for `lang`, else for the first of `fallbacks` that has some. Blank text counts as
 * missing. A value given as one plain value is the same in every language.
 *
 * @example localize({ fi: 'Evästeet', en: 'Cookies' }, 'sv', ['fi']) // 'Evästeet'
 * @example localize('Kuura Oy', 'sv', []) // 'Kuura Oy'
 */
export function localize<T>(
  value: Localized<T> | undefined,
  lang: Lang,
  fallbacks: readonly Lang[],
): T | undefined {
  if (value === undefined || !isPerLanguage(value)) return value;
  for (const candidate of [lang, ...fallbacks]) {
    const text = value[candidate];
    if (text !== undefined && !isBlank(text)) return text;
  }
  return undefined;
}

/** A text of the notice: where it is, and whether it ought to be translated. */
export interface NoticeText {
  path: string;
  value: Localized<string>;
  /** Names, business ids and addresses read the same in every language; other texts do not. */
  translatable: boolean;
}

/** Every text in the notice, in document order. */
export function* noticeTexts(notice: Notice): Generator<NoticeText> {
  for (const key of PARTY_IDS) {
    const entry: Party | undefined = notice[key];
    if (!entry) continue;
    yield { path: `${key}.name`, value: entry.name, translatable: false };
    if (entry.role !== undefined) {
      yield { path: `${key}.role`, value: entry.role, translatable: true };
    }
    if (entry.address !== undefined) {
      yield { path: `${key}.address`, value: entry.address, translatable: false };
    }
  }
  if (notice.intro !== undefined) yield { path: 'intro', value: notice.intro, translatable: true };
  if (notice.registerName !== undefined) {
    yield { path: 'registerName', value: notice.registerName, translatable: true };
  }
  for (const id of TEXT_SECTIONS) {
    const value = notice[id];
    if (value !== undefined) yield { path: id, value, translatable: true };
  }
  const { security } = notice;
  if (security !== undefined && !isSecurityParts(security)) {
    yield { path: 'security', value: security, translatable: true };
  } else if (security !== undefined) {
    for (const part of ['manual', 'electronic'] as const) {
      const value = security[part];
      if (value !== undefined) yield { path: `security.${part}`, value, translatable: true };
    }
  }
  for (const [id, value] of Object.entries(notice.headings ?? {})) {
    yield { path: `headings.${id}`, value, translatable: true };
  }
  for (const [i, section] of (notice.extraSections ?? []).entries()) {
    yield { path: `extraSections[${i}].title`, value: section.title, translatable: true };
    yield { path: `extraSections[${i}].text`, value: section.text, translatable: true };
  }
}

/**
 * The notice's rich texts (Markdown or pasted HTML), each as given for all its languages: the
 * introduction, the text sections, the security parts and the extra sections' texts.
 */
export function* richTexts(notice: Notice): Generator<Localized<string>> {
  if (notice.intro !== undefined) yield notice.intro;
  for (const id of TEXT_SECTIONS) {
    const value = notice[id];
    if (value !== undefined) yield value;
  }
  const { security } = notice;
  if (security !== undefined && isSecurityParts(security)) {
    if (security.manual !== undefined) yield security.manual;
    if (security.electronic !== undefined) yield security.electronic;
  } else if (security !== undefined) {
    yield security;
  }
  for (const section of notice.extraSections ?? []) yield section.text;
}

/**
 * The notice's languages, main first: those it declares, else those its texts are given in, the
 * most used first. Empty when every text is one plain string for all languages.
 *
 * @example noticeLanguages({ ...notice, languages: ['fi', 'en'] }) // ['fi', 'en']
 */
export function noticeLanguages(notice: Notice): Lang[] {
  if (notice.languages?.length) return [...notice.languages];
  const counts = new Map<Lang, number>();
  for (const { value } of noticeTexts(notice)) {
    if (!isRecord(value)) continue;
    for (const lang of Object.keys(value)) {
      if (isLang(lang)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
    }
  }
  return LANGS.filter((lang) => counts.has(lang)).sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0),
  );
}

/**
 * The order of the notice's sections: every known section id in the standard order (whether
 * the notice has the section or not), each followed by the extra sections placed after it, in
 * the order of the list and each with its own followers right after it; extra sections without
 * `after` come last. A renderer shows the sections it has in this order, so an extra section
 * placed after a missing known section appears where that section would be. Extra sections
 * that follow one another in a circle, or follow an id no section has, are left out (the parser
 * refuses such a notice). Linear in the number of sections.
 *
 * @example sectionOrder({ ...notice, extraSections: [{ id: 'uutiskirje', after: 'cookies', … }] })
 * // ['controller', …, 'cookies', 'uutiskirje', 'changes']
 */
export function sectionOrder(notice: Notice): string[] {
  const followers = new Map<string | undefined, string[]>();
  for (const { id, after } of notice.extraSections ?? []) {
    const list = followers.get(after);
    if (list) list.push(id);
    else followers.set(after, [id]);
  }
  const order: string[] = [];
  const placed = new Set<string>();
  // Depth first without recursion, so that a long chain of `after`s cannot overflow the stack.
  const stack: string[] = [...(followers.get(undefined) ?? [])].reverse();
  stack.push(...[...SECTION_IDS].reverse());
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (placed.has(id)) continue;
    placed.add(id);
    order.push(id);
    const next = followers.get(id);
    if (next) for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return order;
}
