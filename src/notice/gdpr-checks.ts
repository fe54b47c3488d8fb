/**
 * What GDPR Art. 13/14 expects a privacy notice to say, checked: missing or empty sections, no
 * way to contact the controller, dates out of order, languages missing, template placeholders
 * left in. For the `seloste` command and tools; the browser's notice modal needs none of it, only
 * the parser (notice-schema.ts) and localize.ts.
 */
import { LANGS, type Lang } from '../core/types.js';
import { noticeLanguages, noticeTexts, type TextSectionId } from './localize.js';
import { parseNotice, type NoticeIssue, type ParseResult } from './notice-schema.js';
import { fold, isBlank, isRecord, LANG_NAMES, localDate } from './text.js';
import { TOPICS } from './topics.js';
import { SECTION_IDS, type Localized, type Notice, type SectionId } from './types.js';

export interface CheckOptions {
  /**
   * Today's date, `YYYY-MM-DD`, to spot an `updated` date in the future.
   * @default the current local date
   */
  today?: string;
}

/** What `checkNotice` found: warnings to act on, and notes that need no change. */
export interface CheckResult {
  warnings: NoticeIssue[];
  /** Things worth knowing that are not wrong, e.g. a topic covered inside another section. */
  notes: NoticeIssue[];
}

/** `parseNotice`'s result with the checks' warnings added, and their notes. */
export type ValidateResult = ParseResult & { notes: NoticeIssue[] };

/** The sections GDPR asks for, and what each must tell: the warning when one is missing. */
const EXPECTED: Partial<Record<TextSectionId, string>> = {
  purposes: 'say what the personal data is used for (GDPR Art. 13(1)(c))',
  legalBasis:
    'give the legal basis of each purpose, e.g. contract, consent, legal obligation or legitimate interest (GDPR Art. 6 and 13(1)(c))',
  dataContent: 'list the personal data processed (GDPR Art. 14(1)(d))',
  retention: 'say how long the data is kept, or how that is decided (GDPR Art. 13(2)(a))',
  disclosures:
    'say who receives the data, processors such as payment and delivery partners included, or that no one does (GDPR Art. 13(1)(e))',
  transfers:
    'say whether data goes outside the EU/EEA and on what safeguards, or that it does not (GDPR Art. 13(1)(f))',
  rights:
    'tell readers they may access, rectify and erase their data, restrict and object to processing, take their data with them and withdraw consent (GDPR Art. 13(2)(b)-(c))',
  complaint:
    'tell readers they may complain to a supervisory authority, in Finland the Data Protection Ombudsman (tietosuojavaltuutettu) (GDPR Art. 13(2)(d))',
};

/**
 * Text left from a template: `<insert>`, `[NAME OF THE INITIATIVE]`, "laki (mikä)", XXX, lorem
 * ipsum.
 */
const PLACEHOLDER =
  /<\s*(?:insert|lisää|täytä|nimi|name|fill)[^>]{0,40}>|\[[\p{Lu}\d][\p{Lu}\d\s,.&/–-]{3,}\](?!\()|\((?:mikä|mitkä|mihin perustuu|kuka|mitä|what|which)\)|\b(?:XXX+|lorem ipsum|TODO|TBD)\b/u;

/** Whether a text has no content in any language. */
function isEmpty(value: Localized<string> | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return isBlank(value);
  return Object.values(value).every((text) => text === undefined || isBlank(text));
}

/** The day after a `YYYY-MM-DD` date: the latest `updated` that is not yet in the future anywhere. */
function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** Every text as one string, by language: what `coveredIn` searches. */
function textsOf(value: Localized<string>): string[] {
  return typeof value === 'string' ? [value] : Object.values(value).filter((text) => !!text);
}

/**
 * Where else the notice speaks of `topic`: the path of the first text that does, and the words
 * it uses, or undefined.
 *
 * @example coveredIn(notice, 'complaint') // { path: 'rights', words: 'valvontaviranomaiselle' }
 */
export function coveredIn(
  notice: Notice,
  topic: keyof typeof EXPECTED,
): { path: string; words: string } | undefined {
  for (const { path, value } of noticeTexts(notice)) {
    if (path === topic || path.endsWith('.name') || path.startsWith('headings.')) continue;
    for (const text of textsOf(value)) {
      const found = TOPICS[topic]?.exec(fold(text));
      if (found) return { path: path.replace(/\.text$/, ''), words: found[0] };
    }
  }
  return undefined;
}

/**
 * What the notice leaves out that GDPR Art. 13/14 expects, and what looks unfinished: missing or
 * empty sections, no way to contact the controller, dates out of order, languages missing,
 * placeholders left from a template. A topic without a section of its own that another section
 * covers is a note, not a warning. Expects a notice `parseNotice` accepted.
 *
 * @example checkNotice(notice, { today: '2026-11-22' }).warnings // [{ path: 'retention', message: '…' }]
 */
export function checkNotice(notice: Notice, options: CheckOptions = {}): CheckResult {
  const warnings: NoticeIssue[] = [];
  const notes: NoticeIssue[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });

  const { controller } = notice;
  if (!controller.email && !controller.phone && isEmpty(controller.address)) {
    warn(
      'controller',
      'No contact details: give an email address, phone number or postal address (GDPR Art. 13(1)(a)).',
    );
  }

  for (const [id, expected] of Object.entries(EXPECTED) as [keyof typeof EXPECTED, string][]) {
    const value = notice[id];
    if (value !== undefined && !isEmpty(value)) continue;
    const covered = coveredIn(notice, id);
    if (covered) {
      notes.push({
        path: id,
        message: `No section of its own, but ${covered.path} speaks of it ("${covered.words}"). Check that it is enough to ${expected}.`,
      });
    } else {
      warn(id, `${value === undefined ? 'Missing' : 'Empty'}: ${expected}.`);
    }
  }
  for (const { path, value } of noticeTexts(notice)) {
    if (isEmpty(value) && !Object.prototype.hasOwnProperty.call(EXPECTED, path)) {
      warn(path, 'Empty: write the text or leave the property out.');
    }
    for (const [lang, text] of Object.entries(typeof value === 'string' ? { '': value } : value)) {
      const placeholder = text ? PLACEHOLDER.exec(text) : null;
      if (placeholder) {
        warn(
          lang ? `${path}.${lang}` : path,
          `"${placeholder[0]}" looks like a placeholder left from a template: write the real text.`,
        );
      }
    }
  }

  const today = options.today ?? localDate(new Date());
  if (notice.updated > nextDay(today)) {
    warn('updated', `${notice.updated} is in the future.`);
  }
  if (notice.created && notice.created > notice.updated) {
    warn(
      'updated',
      `The notice was updated (${notice.updated}) before it was created (${notice.created}).`,
    );
  }

  for (const id of Object.keys(notice.headings ?? {}) as SectionId[]) {
    if (notice[id] === undefined) {
      warn(`headings.${id}`, `A heading for "${id}", but the notice has no such section.`);
    }
  }
  for (const [i, section] of (notice.extraSections ?? []).entries()) {
    const target = section.after as SectionId | undefined;
    if (
      target &&
      (SECTION_IDS as readonly string[]).includes(target) &&
      notice[target] === undefined
    ) {
      warn(
        `extraSections[${i}].after`,
        `The notice has no "${target}" section; this one goes where it would be.`,
      );
    }
  }

  for (const warning of checkLanguages(notice)) warnings.push(warning);
  return { warnings, notes };
}

/** Declared languages against those present, and texts missing a language. */
function checkLanguages(notice: Notice): NoticeIssue[] {
  const warnings: NoticeIssue[] = [];
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const present = new Set<Lang>();
  for (const { value } of noticeTexts(notice)) {
    if (isRecord(value)) for (const lang of LANGS) if (lang in value) present.add(lang);
  }
  const declared = notice.languages ?? [];
  if (declared.length > 0 && present.size > 0) {
    declared.forEach((lang, i) => {
      if (!present.has(lang)) {
        warn(`languages[${i}]`, `Declared, but no text is given in ${LANG_NAMES[lang]} (${lang}).`);
      }
    });
    for (const lang of LANGS.filter((lang) => present.has(lang) && !declared.includes(lang))) {
      warn(
        'languages',
        `Some texts are in ${LANG_NAMES[lang]} (${lang}), which is not declared: add "${lang}" or remove those texts.`,
      );
    }
  }

  const langs = noticeLanguages(notice);
  for (const { path, value, translatable } of noticeTexts(notice)) {
    if (isRecord(value)) {
      const fallback = langs.find((lang) => value[lang] !== undefined && !isBlank(value[lang]));
      for (const lang of langs.filter((lang) => value[lang] === undefined)) {
        const shown = fallback ? ` Readers of ${lang} see the ${LANG_NAMES[fallback]} text.` : '';
        warn(`${path}.${lang}`, `No ${LANG_NAMES[lang]} (${lang}) text.${shown}`);
      }
    } else if (translatable && langs.length > 1 && !isBlank(value)) {
      warn(
        path,
        `The same text in every language: give it per language, e.g. { ${langs.map((lang) => `"${lang}": "…"`).join(', ')} }.`,
      );
    }
  }
  return warnings;
}

/**
 * Parses a notice and, when it is usable, checks what GDPR expects of it: the parser's result
 * with the checks' warnings added after its own, and their notes. Never throws.
 *
 * @example
 * const { notice, errors, warnings, notes } = validateNotice(JSON.parse(text));
 */
export function validateNotice(json: unknown, options: CheckOptions = {}): ValidateResult {
  const parsed = parseNotice(json);
  if (!parsed.notice) return { ...parsed, notes: [] };
  const { warnings, notes } = checkNotice(parsed.notice, options);
  return { ...parsed, warnings: parsed.warnings.concat(warnings), notes };
}
