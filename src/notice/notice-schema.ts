/**
 * Reading a privacy notice (format version 1, see types.ts): `parseNotice` checks JSON against
 * the format and hands back a typed notice or errors with JSON paths; `checkNotice` lists what
 * GDPR Art. 13/14 expects but the notice leaves out. `localize` and `noticeLanguages` serve the
 * renderer.
 *
 * Runs in the browser (the notice chunk) and in Node (the CLI): no DOM, no network, no
 * dependencies. schema/notice.schema.json describes the same format for editors; keep the two in
 * step (test/node/schema-agreement.test.ts runs every fixture through both).
 */
import { LANGS, type Lang } from '../core/types.js';
import {
  isPartyId,
  PARTY_IDS,
  SECTION_IDS,
  type ExtraSection,
  type Localized,
  type Notice,
  type Party,
  type PartyId,
  type RichText,
  type SectionId,
  type Security,
} from './types.js';

/** A problem found in a notice. */
export interface NoticeIssue {
  /**
   * Where: a JSON path such as `controller.email` or `extraSections[2].title.sv`; empty for the
   * notice as a whole.
   */
  path: string;
  /** What is wrong and how to put it right, in English, for the site owner. */
  message: string;
}

/** What `parseNotice` found: the notice when it is usable, else the errors; warnings either way. */
export type ParseResult =
  | { notice: Notice; errors: []; warnings: NoticeIssue[] }
  | { notice?: undefined; errors: NoticeIssue[]; warnings: NoticeIssue[] };

export interface CheckOptions {
  /**
   * Today's date, `YYYY-MM-DD`, to spot an `updated` date in the future.
   * @default the current local date
   */
  today?: string;
}

/**
 * The patterns the JSON Schema uses too, as strings so that both compile them alike (with the
 * `u` flag, as JSON Schema validators do).
 */
export const PATTERNS = {
  /** Any text with something besides white space in it. */
  text: '\\S',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  /** No spaces, quotes, brackets or "mailto:"; a dot in the domain. */
  email: '^[^\\s@:<>()\\[\\],;"]+@[^\\s@:<>()\\[\\],;".]+(\\.[^\\s@:<>()\\[\\],;".]+)+$',
  /** At least five digits, with spaces, brackets, dots, slashes or dashes between them. */
  phone: '^\\+?[ ()./-]*(\\d[ ()./-]*){5,}$',
  website: '^https?://[^\\s/?#@]+([/?#]\\S*)?$',
  businessId: '^[0-9A-Za-z][0-9A-Za-z ./-]{1,39}$',
  sectionId: '^[a-z0-9-]+$',
} as const;

/** `PATTERNS`, compiled. */
export const PATTERN_RE = Object.fromEntries(
  Object.entries(PATTERNS).map(([name, pattern]) => [name, new RegExp(pattern, 'u')]),
) as Record<keyof typeof PATTERNS, RegExp>;

export const LANG_NAMES: Record<Lang, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

/** Language codes people write for fi, sv and en. */
const LANG_ALIASES: Record<string, Lang> = {
  se: 'sv',
  swe: 'sv',
  sve: 'sv',
  fin: 'fi',
  suomi: 'fi',
  eng: 'en',
  gb: 'en',
  uk: 'en',
  us: 'en',
};

/** Known sections whose content is rich text. */
type TextSectionId = Exclude<SectionId, PartyId | 'registerName' | 'security'>;
const TEXT_SECTIONS = SECTION_IDS.filter(
  (id): id is TextSectionId => !isPartyId(id) && id !== 'registerName' && id !== 'security',
);

// ---------------------------------------------------------------------------------------------
// Small helpers, also used by the importer

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example isDate('2024-02-29') // true
 * @example isDate('2023-02-29') // false
 */
export function isDate(value: string): boolean {
  if (!PATTERN_RE.date.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * The number of single-character edits (insert, delete, replace, swap two neighbours) between
 * two strings: the optimal string alignment distance. With `max`, it stops early and returns
 * `max + 1` once the distance is sure to exceed `max`.
 *
 * @example editDistance('retension', 'retention') // 1
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, before[j - 2] + 1);
      }
      row.push(distance);
      smallest = Math.min(smallest, distance);
    }
    if (smallest > max) return max + 1;
    [before, previous] = [previous, row];
  }
  return previous[b.length];
}

/**
 * The candidate `word` was most likely meant to be, or undefined when none is close. Case,
 * spaces, `-` and `_` do not count.
 *
 * @example suggest('retension', ['purposes', 'retention']) // 'retention'
 * @example suggest('legal_basis', ['legalBasis']) // 'legalBasis'
 */
function suggest(word: string, candidates: readonly string[]): string | undefined {
  // Not `fold`: accents and other punctuation count here.
  const compact = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
  const compacted = compact(word);
  const limit = compacted.length <= 4 ? 1 : compacted.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(compacted, compact(candidate), limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Lowercase, without accents (ä → a, å → a) or punctuation, single spaces: the form headings are
 * compared in.
 *
 * @example fold('Tietojen siirto EU:n ulkopuolelle') // 'tietojen siirto eu n ulkopuolelle'
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A section id made of a heading: lowercase ASCII letters, digits and `-`.
 *
 * @example toSectionId('Uutiskirje ja markkinointi') // 'uutiskirje-ja-markkinointi'
 * @example toSectionId('Säilytys & Poisto') // 'sailytys-poisto'
 */
export function toSectionId(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The check digit of a Finnish business id (Y-tunnus) with these seven digits, or undefined when
 * no valid id can have them.
 *
 * @example yTunnusCheckDigit('1618033') // 3
 */
function yTunnusCheckDigit(digits: string): number | undefined {
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...digits].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  const remainder = sum % 11;
  if (remainder === 1) return undefined;
  return remainder === 0 ? 0 : 11 - remainder;
}

function isLang(key: string): key is Lang {
  return (LANGS as readonly string[]).includes(key);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
function isPerLanguage<T>(value: Localized<T>): value is Partial<Record<Lang, T>> {
  return isRecord(value) && Object.keys(value).every(isLang);
}

function isBlank(value: unknown): boolean {
  return typeof value === 'string' && !PATTERN_RE.text.test(value);
}

// ---------------------------------------------------------------------------------------------
// The renderer's helpers

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

/**
 * The notice's languages, main first: those it declares, else those its texts are given in, the
 * most used first. Empty when every text is one plain string for all languages.
 *
 * @example noticeLanguages({ ...notice, languages: ['fi', 'en'] }) // ['fi', 'en']
 */
export function noticeLanguages(notice: Notice): Lang[] {
  if (notice.languages?.length) return [...notice.languages];
  const counts = new Map<Lang, number>();
  for (const { value } of texts(notice)) {
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
 * placed after a missing known section appears where that section would be.
 *
 * @example sectionOrder({ ...notice, extraSections: [{ id: 'uutiskirje', after: 'cookies', … }] })
 * // ['controller', …, 'cookies', 'uutiskirje', 'changes']
 */
export function sectionOrder(notice: Notice): string[] {
  const extras = notice.extraSections ?? [];
  const order: string[] = [];
  const placed = new Set<string>();
  const place = (id: string) => {
    if (placed.has(id)) return;
    placed.add(id);
    order.push(id);
    for (const extra of extras) if (extra.after === id) place(extra.id);
  };
  for (const id of SECTION_IDS) place(id);
  for (const extra of extras) if (extra.after === undefined) place(extra.id);
  return order;
}

// ---------------------------------------------------------------------------------------------
// Structure: what the JSON Schema checks too

interface Issues {
  errors: NoticeIssue[];
  warnings: NoticeIssue[];
}

/** Checks one value at `path`, adding what is wrong to `issues`. */
type Check = (value: unknown, path: string, issues: Issues) => void;

/** An object's allowed properties, which of them are required, and what it is, for messages. */
interface Shape {
  what: string;
  fields: Record<string, Check>;
  required?: Record<string, string>;
}

/**
 * The path of `key` inside `path`.
 *
 * @example at('controller', 'email') // 'controller.email'
 * @example at('extraSections', 2) // 'extraSections[2]'
 * @example at('', 'säilytys aika') // '["säilytys aika"]'
 */
function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** Names a value for a message: "the number 3", "a list", "empty text". */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return isBlank(value) ? 'empty text' : 'text';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value} (not JSON)`;
}

function report(list: NoticeIssue[], path: string, message: string): void {
  list.push({ path, message });
}

function checkObject(value: unknown, path: string, issues: Issues, shape: Shape): void {
  if (!isRecord(value)) {
    report(issues.errors, path, `Expected ${shape.what}, got ${kindOf(value)}.`);
    return;
  }
  const allowed = Object.keys(shape.fields);
  for (const [key, item] of Object.entries(value)) {
    // Left out, as JSON.stringify would leave it out.
    if (item === undefined) continue;
    if (Object.prototype.hasOwnProperty.call(shape.fields, key)) {
      shape.fields[key](item, at(path, key), issues);
      continue;
    }
    const guess = suggest(key, allowed);
    const hint = guess
      ? ` Did you mean "${guess}"?`
      : allowed.length <= 8
        ? ` Allowed here: ${allowed.join(', ')}.`
        : '';
    report(issues.errors, at(path, key), `Unknown property "${key}".${hint}`);
  }
  for (const [key, what] of Object.entries(shape.required ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || value[key] === undefined) {
      report(issues.errors, at(path, key), `Missing: ${what}.`);
    }
  }
}

const anyText: Check = (value, path, issues) => {
  if (typeof value !== 'string') {
    report(issues.errors, path, `Expected text, got ${kindOf(value)}.`);
  }
};

const filledText: Check = (value, path, issues) => {
  if (typeof value !== 'string') anyText(value, path, issues);
  else if (isBlank(value)) report(issues.errors, path, 'Must not be empty.');
};

function langKeyMessage(key: string): string {
  const alias = LANG_ALIASES[key.toLowerCase()] ?? /^(fi|sv|en)[-_]/i.exec(key)?.[1]?.toLowerCase();
  const guess = alias ?? suggest(key, LANGS);
  return `"${key}" is not a language Seloste knows: use fi, sv or en.${guess ? ` Did you mean "${guess}"?` : ''}`;
}

/**
 * Checks text given as one value for all languages or per language (`{ "fi": …, "sv": … }`).
 * `required` texts need at least one language.
 */
function localized(inner: Check, required: boolean): Check {
  return (value, path, issues) => {
    if (typeof value === 'string') return inner(value, path, issues);
    if (!isRecord(value)) {
      report(
        issues.errors,
        path,
        `Expected text, or text per language like { "fi": "…", "sv": "…" }, got ${kindOf(value)}.`,
      );
      return;
    }
    const keys = Object.keys(value);
    if (required && keys.length === 0) {
      report(issues.errors, path, 'Give the text in at least one language, e.g. { "fi": "…" }.');
    }
    for (const key of keys) {
      if (!isLang(key)) report(issues.errors, at(path, key), langKeyMessage(key));
      else if (value[key] !== undefined) inner(value[key], at(path, key), issues);
    }
  };
}

/** A name, title or address: never empty. */
const name = localized(filledText, true);
/** Rich text: may be empty (`checkNotice` warns). */
const richText = localized(anyText, false);

function patterned(pattern: RegExp, message: (value: string) => string): Check {
  return (value, path, issues) => {
    if (typeof value !== 'string') anyText(value, path, issues);
    else if (!pattern.test(value)) report(issues.errors, path, message(value));
  };
}

const date = patterned(PATTERN_RE.date, (value) => {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
  if (finnish) {
    const [, day, month, year] = finnish;
    return `Write dates as YYYY-MM-DD: "${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}", not "${value}".`;
  }
  return `"${value}" is not a date in the form YYYY-MM-DD.`;
});

const realDate: Check = (value, path, issues) => {
  const before = issues.errors.length;
  date(value, path, issues);
  if (issues.errors.length === before && !isDate(value as string)) {
    report(issues.errors, path, `There is no such date as ${value as string}.`);
  }
};

const email = patterned(PATTERN_RE.email, (value) =>
  value.startsWith('mailto:')
    ? `Leave out "mailto:": write just the address.`
    : `"${value}" is not an email address.`,
);

const phone = patterned(
  PATTERN_RE.phone,
  (value) => `"${value}" is not a phone number: use digits, spaces and an optional leading +.`,
);

const website = patterned(PATTERN_RE.website, (value) => {
  if (/^www\./i.test(value)) return `Start the address with https://, e.g. "https://${value}".`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/.test(value)) {
    return `Only http and https addresses are allowed, not "${value}".`;
  }
  return `"${value}" is not a web address like https://example.fi.`;
});

const businessIdFormat = patterned(
  PATTERN_RE.businessId,
  (text) => `"${text}" is not a business id: use letters, digits, spaces, ".", "/" and "-".`,
);

const businessId: Check = (value, path, issues) => {
  const before = issues.errors.length;
  businessIdFormat(value, path, issues);
  if (issues.errors.length > before) return;
  const problem = finnishBusinessIdProblem(value as string);
  if (problem) report(issues.warnings, path, problem);
};

/**
 * What is wrong with a business id that looks Finnish (a Y-tunnus, `1234567-8`), if anything.
 *
 * @example finnishBusinessIdProblem('1618033-4') // 'The check digit of Y-tunnus 1618033-4 …'
 */
export function finnishBusinessIdProblem(id: string): string | undefined {
  const compact = id.replace(/\s/g, '');
  const vat = /^FI(\d{7})(\d)$/i.exec(compact);
  if (vat) return `"${id}" looks like a VAT number; the business id is ${vat[1]}-${vat[2]}.`;
  const parts = /^(\d{6,7})-?(\d)$/.exec(compact);
  if (!parts) return undefined;
  const digits = parts[1].padStart(7, '0');
  const expected = yTunnusCheckDigit(digits);
  const written = `${digits}-${parts[2]}`;
  if (expected === undefined) return `${written} is not a valid Y-tunnus: check the number.`;
  if (expected !== Number(parts[2])) {
    return `The check digit of Y-tunnus ${written} does not match its digits (it would be ${expected}): check the number.`;
  }
  if (written !== compact) return `Write the Y-tunnus as ${written}.`;
  return undefined;
}

const version: Check = (value, path, issues) => {
  if (value === 1) return;
  if (typeof value === 'number') {
    report(
      issues.errors,
      path,
      `Unsupported format version ${value}: this Seloste reads version 1.`,
    );
  } else {
    report(issues.errors, path, `Expected the number 1, got ${kindOf(value)}.`);
  }
};

const languages: Check = (value, path, issues) => {
  if (!Array.isArray(value)) {
    report(
      issues.errors,
      path,
      `Expected a list of languages like ["fi", "sv"], got ${kindOf(value)}.`,
    );
    return;
  }
  if (value.length === 0) report(issues.errors, path, 'List at least one language, e.g. ["fi"].');
  value.forEach((lang: unknown, i) => {
    if (typeof lang !== 'string') anyText(lang, at(path, i), issues);
    else if (!isLang(lang)) report(issues.errors, at(path, i), langKeyMessage(lang));
    else if (value.indexOf(lang) !== i) {
      report(issues.errors, at(path, i), `"${lang}" is listed twice.`);
    }
  });
};

const party = (what: string): Check => {
  const shape: Shape = {
    what,
    fields: { name, businessId, role: name, address: name, phone, email, website },
    required: { name: 'a name' },
  };
  return (value, path, issues) => checkObject(value, path, issues, shape);
};

const SECURITY_PARTS: Shape = {
  what: 'security as text, or as { "manual": …, "electronic": … }',
  fields: { manual: richText, electronic: richText },
};

/** Security: rich text, or split into manual and electronic parts (never both at one level). */
const security: Check = (value, path, issues) => {
  if (!isRecord(value)) return richText(value, path, issues);
  const keys = Object.keys(value);
  const byLanguage = keys.some(isLang);
  const byPart = keys.some((key) => key === 'manual' || key === 'electronic');
  if (byLanguage && byPart) {
    report(
      issues.errors,
      path,
      'Give security either per language or as "manual" and "electronic" parts (each of which may have languages), not both at once.',
    );
  } else if (byLanguage || keys.length === 0) {
    richText(value, path, issues);
  } else {
    checkObject(value, path, issues, SECURITY_PARTS);
  }
};

const SECTION_HEADINGS: Shape = {
  what: 'an object of headings by section, like { "purposes": { "fi": "…" } }',
  fields: Object.fromEntries(SECTION_IDS.map((id) => [id, name])),
};

const headings: Check = (value, path, issues) => checkObject(value, path, issues, SECTION_HEADINGS);

const sectionId: Check = (value, path, issues) => {
  if (typeof value !== 'string') return anyText(value, path, issues);
  if (!PATTERN_RE.sectionId.test(value)) {
    const better = toSectionId(value);
    report(
      issues.errors,
      path,
      `Use lowercase letters a-z, digits and "-" in ids${better ? `, e.g. "${better}"` : ''}.`,
    );
  } else if ((SECTION_IDS as readonly string[]).includes(value)) {
    report(issues.errors, path, `"${value}" is the id of a known section: choose another id.`);
  }
};

const after: Check = (value, path, issues) => {
  if (typeof value !== 'string') return anyText(value, path, issues);
  if (!PATTERN_RE.sectionId.test(value) && !(SECTION_IDS as readonly string[]).includes(value)) {
    const guess = suggest(value, SECTION_IDS);
    report(
      issues.errors,
      path,
      `"${value}" is not a section id.${guess ? ` Did you mean "${guess}"?` : ''}`,
    );
  }
};

const EXTRA_SECTION: Shape = {
  what: 'a section like { "id": "newsletter", "title": …, "text": … }',
  fields: { id: sectionId, title: name, text: richText, after },
  required: { id: 'an id for the section, e.g. "newsletter"', title: 'a title', text: 'the text' },
};

const extraSections: Check = (value, path, issues) => {
  if (!Array.isArray(value)) {
    report(issues.errors, path, `Expected a list of sections, got ${kindOf(value)}.`);
    return;
  }
  value.forEach((item: unknown, i) => checkObject(item, at(path, i), issues, EXTRA_SECTION));
};

const NOTICE: Shape = {
  what: 'a privacy notice: an object like { "version": 1, "updated": …, "controller": … }',
  fields: {
    $schema: anyText,
    version,
    languages,
    created: realDate,
    updated: realDate,
    intro: richText,
    controller: party('the controller (rekisterinpitäjä): { "name": …, "email": … }'),
    contact: party('a contact person: { "name": …, "email": … }'),
    dpo: party('the data protection officer: { "name": …, "email": … }'),
    registerName: name,
    ...Object.fromEntries(TEXT_SECTIONS.map((id) => [id, richText])),
    security,
    headings,
    extraSections,
  },
  required: {
    version: 'the format version, "version": 1',
    updated: 'the date of the latest change, "updated": "YYYY-MM-DD"',
    controller: 'the controller (rekisterinpitäjä), "controller": { "name": … }',
  },
};

/** Rules across the notice that the schema cannot express: extra section ids and `after`. */
function checkReferences(sections: readonly ExtraSection[], issues: Issues): void {
  const firstIndex = new Map<string, number>();
  sections.forEach(({ id }, i) => {
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, i);
    } else {
      const message = `Same id as extraSections[${first}]: ids must be unique.`;
      report(issues.errors, `extraSections[${i}].id`, message);
    }
  });
  const ids = [...SECTION_IDS, ...firstIndex.keys()];
  sections.forEach((section, i) => {
    const path = `extraSections[${i}].after`;
    if (section.after === undefined) return;
    if (section.after === section.id) {
      report(issues.errors, path, 'A section cannot follow itself.');
    } else if (!ids.includes(section.after)) {
      const guess = suggest(section.after, ids);
      report(
        issues.errors,
        path,
        `No section has the id "${section.after}".${guess ? ` Did you mean "${guess}"?` : ''}`,
      );
    } else if (followsInCircle(section, sections)) {
      report(
        issues.errors,
        path,
        `Sections follow each other in a circle through "${section.id}".`,
      );
    }
  });
}

/** Whether following `after` from `start` through extra sections leads back to `start`. */
function followsInCircle(start: ExtraSection, sections: readonly ExtraSection[]): boolean {
  const seen = new Set<string>();
  let current: ExtraSection | undefined = start;
  while (current?.after !== undefined && !seen.has(current.id)) {
    seen.add(current.id);
    const next: string = current.after;
    if (next === start.id) return true;
    current = sections.find((section) => section.id === next);
  }
  return false;
}

/**
 * Reads a privacy notice: the typed notice, or the errors that keep it from being used, each
 * with a JSON path. Warnings (see `checkNotice`) come either way. Never throws.
 *
 * @example
 * const { notice, errors, warnings } = parseNotice(await response.json());
 * if (!notice) console.warn(errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
 */
export function parseNotice(json: unknown, options: CheckOptions = {}): ParseResult {
  const issues: Issues = { errors: [], warnings: [] };
  checkObject(json, '', issues, NOTICE);
  if (issues.errors.length === 0) {
    checkReferences((json as Notice).extraSections ?? [], issues);
  }
  if (issues.errors.length > 0) return issues;
  const notice = json as Notice;
  return { notice, errors: [], warnings: [...issues.warnings, ...checkNotice(notice, options)] };
}

// ---------------------------------------------------------------------------------------------
// Completeness: what GDPR expects the notice to say

/** A text of the notice: where it is, and whether it ought to be translated. */
interface NoticeText {
  path: string;
  value: Localized<string>;
  /** Names, business ids and addresses read the same in every language; other texts do not. */
  translatable: boolean;
}

/** Every text in the notice, in document order. */
function* texts(notice: Notice): Generator<NoticeText> {
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

/** Whether a text has no content in any language. */
function isEmpty(value: Localized<string> | undefined): boolean {
  if (value === undefined) return true;
  if (typeof value === 'string') return isBlank(value);
  return Object.values(value).every((text) => text === undefined || isBlank(text));
}

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

/** A date as `YYYY-MM-DD` in local time. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day after a `YYYY-MM-DD` date: the latest `updated` that is not yet in the future anywhere. */
function nextDay(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * What the notice leaves out that GDPR Art. 13/14 expects, and what looks unfinished: missing or
 * empty sections, no way to contact the controller, dates out of order, languages missing.
 * Expects a notice `parseNotice` accepted.
 *
 * @example checkNotice(notice, { today: '2026-11-22' }) // [{ path: 'retention', message: '…' }]
 */
export function checkNotice(notice: Notice, options: CheckOptions = {}): NoticeIssue[] {
  const warnings: NoticeIssue[] = [];
  const warn = (path: string, message: string) => report(warnings, path, message);

  const { controller } = notice;
  if (!controller.email && !controller.phone && isEmpty(controller.address)) {
    warn(
      'controller',
      'No contact details: give an email address, phone number or postal address (GDPR Art. 13(1)(a)).',
    );
  }

  for (const [id, expected] of Object.entries(EXPECTED) as [TextSectionId, string][]) {
    const value = notice[id];
    if (value === undefined) warn(id, `Missing: ${expected}.`);
    else if (isEmpty(value)) warn(id, `Empty: ${expected}.`);
  }
  for (const { path, value } of texts(notice)) {
    if (isEmpty(value) && !Object.prototype.hasOwnProperty.call(EXPECTED, path)) {
      warn(path, 'Empty: write the text or leave the property out.');
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

  warnings.push(...checkLanguages(notice));
  return warnings;
}

/** Declared languages against those present, and texts missing a language. */
function checkLanguages(notice: Notice): NoticeIssue[] {
  const warnings: NoticeIssue[] = [];
  const all = [...texts(notice)];
  const present = new Set(
    all.flatMap(({ value }) => (isRecord(value) ? Object.keys(value).filter(isLang) : [])),
  );
  const declared = notice.languages ?? [];
  if (declared.length > 0 && present.size > 0) {
    declared.forEach((lang, i) => {
      if (!present.has(lang)) {
        report(
          warnings,
          `languages[${i}]`,
          `Declared, but no text is given in ${LANG_NAMES[lang]} (${lang}).`,
        );
      }
    });
    for (const lang of LANGS.filter((lang) => present.has(lang) && !declared.includes(lang))) {
      report(
        warnings,
        'languages',
        `Some texts are in ${LANG_NAMES[lang]} (${lang}), which is not declared: add "${lang}" or remove those texts.`,
      );
    }
  }

  const langs = noticeLanguages(notice);
  for (const { path, value, translatable } of all) {
    if (isRecord(value)) {
      const fallback = langs.find((lang) => value[lang] !== undefined && !isBlank(value[lang]));
      for (const lang of langs.filter((lang) => value[lang] === undefined)) {
        const shown = fallback ? ` Readers of ${lang} see the ${LANG_NAMES[fallback]} text.` : '';
        report(warnings, at(path, lang), `No ${LANG_NAMES[lang]} (${lang}) text.${shown}`);
      }
    } else if (translatable && langs.length > 1 && !isBlank(value)) {
      report(
        warnings,
        path,
        `The same text in every language: give it per language, e.g. { ${langs.map((lang) => `"${lang}": "…"`).join(', ')} }.`,
      );
    }
  }
  return warnings;
}
