/**
 * The privacy notice format's schema (version 1, see types.ts): `parseNotice` checks JSON against
 * the format and hands back a typed notice, or the errors that keep it from being used, each with
 * a JSON path and a message for the site owner. What GDPR expects a notice to say is checked
 * elsewhere (gdpr-checks.ts), so that the browser's notice chunk carries only this.
 *
 * Runs in the browser (the notice chunk) and in Node (the CLI): no DOM, no network, no
 * dependencies. schema/notice.schema.json describes the same format for editors; the two are kept
 * in step by test/node/schema-agreement.test.ts, which runs every fixture through both.
 */
import { LANGS } from '../core/types.js';
import { isBlank, isDate, isLang, isRecord, suggest, toSectionId } from './text.js';
import { TEXT_SECTIONS } from './localize.js';
import { SECTION_IDS, type ExtraSection, type Notice } from './types.js';

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

/**
 * What `parseNotice` found: the notice when it is usable, else the errors. Warnings are doubts
 * about the form of a value that do not stop the notice from being used (a Y-tunnus whose check
 * digit does not match). `omitted` counts the issues left out of the lists beyond `MAX_ISSUES`.
 */
export type ParseResult = (
  | { notice: Notice; errors: []; warnings: NoticeIssue[] }
  | { notice?: undefined; errors: NoticeIssue[]; warnings: NoticeIssue[] }
) & { omitted?: { errors: number; warnings: number } };

/**
 * At most this many errors and as many warnings are listed: a broken file can hold millions,
 * and the first ones are what the owner needs to see. The rest are only counted.
 */
export const MAX_ISSUES = 1000;

/**
 * The patterns the JSON Schema uses too, as strings so that both compile them alike (with the
 * `u` flag, as JSON Schema validators do).
 */
export const PATTERNS = {
  /** Any text with something besides white space in it. */
  text: '\\S',
  date: '^\\d{4}-\\d{2}-\\d{2}$',
  /**
   * An address and nothing else: letters, digits and `.!$'*+=^_{|}~-` before the `@`, labels of
   * letters, digits and `-` after it, with a dot in the domain. No spaces, quotes, brackets,
   * "mailto:", and none of `?&%#/`, which would add parameters (`?body=…`) to the mailto link the
   * notice shows.
   */
  email: "^[\\p{L}\\p{N}.!$'*+=^_{|}~-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$",
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

/** Language codes people write for fi, sv and en. */
const LANG_ALIASES: Record<string, string> = {
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

// ---------------------------------------------------------------------------------------------
// Structure: what the JSON Schema checks too

/** The issues found so far; beyond `MAX_ISSUES` of a kind, only counted. */
interface Issues {
  errors: NoticeIssue[];
  warnings: NoticeIssue[];
  omitted: { errors: number; warnings: number };
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

/** Adds an issue of `kind`, or counts it as omitted once that list is full. */
function report(issues: Issues, kind: 'errors' | 'warnings', path: string, message: string): void {
  if (issues[kind].length < MAX_ISSUES) issues[kind].push({ path, message });
  else issues.omitted[kind]++;
}

const error = (issues: Issues, path: string, message: string) =>
  report(issues, 'errors', path, message);

/** How many errors were found so far, listed or not. */
const errorCount = (issues: Issues) => issues.errors.length + issues.omitted.errors;

function checkObject(value: unknown, path: string, issues: Issues, shape: Shape): void {
  if (!isRecord(value)) {
    error(issues, path, `Expected ${shape.what}, got ${kindOf(value)}.`);
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
    // Beyond the listed errors, only count: a suggestion costs, and a file can hold millions.
    if (issues.errors.length >= MAX_ISSUES) {
      issues.omitted.errors++;
      continue;
    }
    const guess = suggest(key, allowed);
    const hint = guess
      ? ` Did you mean "${guess}"?`
      : allowed.length <= 8
        ? ` Allowed here: ${allowed.join(', ')}.`
        : '';
    error(issues, at(path, key), `Unknown property "${key}".${hint}`);
  }
  for (const [key, what] of Object.entries(shape.required ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || value[key] === undefined) {
      error(issues, at(path, key), `Missing: ${what}.`);
    }
  }
}

const anyText: Check = (value, path, issues) => {
  if (typeof value !== 'string') {
    error(issues, path, `Expected text, got ${kindOf(value)}.`);
  }
};

const filledText: Check = (value, path, issues) => {
  if (typeof value !== 'string') anyText(value, path, issues);
  else if (isBlank(value)) error(issues, path, 'Must not be empty.');
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
      error(
        issues,
        path,
        `Expected text, or text per language like { "fi": "…", "sv": "…" }, got ${kindOf(value)}.`,
      );
      return;
    }
    const keys = Object.keys(value);
    if (required && keys.length === 0) {
      error(issues, path, 'Give the text in at least one language, e.g. { "fi": "…" }.');
    }
    for (const key of keys) {
      if (!isLang(key)) error(issues, at(path, key), langKeyMessage(key));
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
    else if (!pattern.test(value)) error(issues, path, message(value));
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
  const before = errorCount(issues);
  date(value, path, issues);
  if (errorCount(issues) === before && !isDate(value as string)) {
    error(issues, path, `There is no such date as ${value as string}.`);
  }
};

const email = patterned(PATTERN_RE.email, (value) => {
  if (/^mailto:/i.test(value)) return 'Leave out "mailto:": write just the address.';
  if (/[?&]/.test(value)) {
    return `Write the address alone, without mailto parameters such as ?subject= or ?body=: "${value.split(/[?&]/)[0]}".`;
  }
  return `"${value}" is not an email address.`;
});

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
  const before = errorCount(issues);
  businessIdFormat(value, path, issues);
  if (errorCount(issues) > before) return;
  const problem = finnishBusinessIdProblem(value as string);
  if (problem) report(issues, 'warnings', path, problem);
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
    error(issues, path, `Unsupported format version ${value}: this Seloste reads version 1.`);
  } else {
    error(issues, path, `Expected the number 1, got ${kindOf(value)}.`);
  }
};

const languages: Check = (value, path, issues) => {
  if (!Array.isArray(value)) {
    error(issues, path, `Expected a list of languages like ["fi", "sv"], got ${kindOf(value)}.`);
    return;
  }
  if (value.length === 0) error(issues, path, 'List at least one language, e.g. ["fi"].');
  value.forEach((lang: unknown, i) => {
    if (typeof lang !== 'string') anyText(lang, at(path, i), issues);
    else if (!isLang(lang)) error(issues, at(path, i), langKeyMessage(lang));
    else if (value.indexOf(lang) !== i) {
      error(issues, at(path, i), `"${lang}" is listed twice.`);
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
    error(
      issues,
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
    error(
      issues,
      path,
      `Use lowercase letters a-z, digits and "-" in ids${better ? `, e.g. "${better}"` : ''}.`,
    );
  } else if ((SECTION_IDS as readonly string[]).includes(value)) {
    error(issues, path, `"${value}" is the id of a known section: choose another id.`);
  }
};

const after: Check = (value, path, issues) => {
  if (typeof value !== 'string') return anyText(value, path, issues);
  if (!PATTERN_RE.sectionId.test(value) && !(SECTION_IDS as readonly string[]).includes(value)) {
    const guess = suggest(value, SECTION_IDS);
    error(
      issues,
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
    error(issues, path, `Expected a list of sections, got ${kindOf(value)}.`);
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

/**
 * Rules across the notice that the schema cannot express: extra section ids are unique, and
 * `after` names a section that exists, without going round in a circle. Linear in the number of
 * sections.
 */
function checkReferences(sections: readonly ExtraSection[], issues: Issues): void {
  const byId = new Map<string, number>();
  sections.forEach(({ id }, i) => {
    const first = byId.get(id);
    if (first === undefined) byId.set(id, i);
    else
      error(
        issues,
        `extraSections[${i}].id`,
        `Same id as extraSections[${first}]: ids must be unique.`,
      );
  });
  const known = new Set<string>(SECTION_IDS);
  const inCircle = circles(sections, byId);
  sections.forEach((section, i) => {
    const path = `extraSections[${i}].after`;
    const { after } = section;
    if (after === undefined) return;
    if (after === section.id) {
      error(issues, path, 'A section cannot follow itself.');
    } else if (!known.has(after) && !byId.has(after)) {
      const guess = suggest(after, [...SECTION_IDS, ...byId.keys()].slice(0, 200));
      error(
        issues,
        path,
        `No section has the id "${after}".${guess ? ` Did you mean "${guess}"?` : ''}`,
      );
    } else if (inCircle.has(i)) {
      error(issues, path, `Sections follow each other in a circle through "${section.id}".`);
    }
  });
}

/**
 * The indexes of the extra sections whose `after` chain comes back to themselves. Each section
 * points to at most one other, so one walk per chain, marking what it visits, finds them all.
 */
function circles(
  sections: readonly ExtraSection[],
  byId: ReadonlyMap<string, number>,
): Set<number> {
  const state = new Uint8Array(sections.length); // 0 new, 1 on the current walk, 2 done
  const found = new Set<number>();
  for (let start = 0; start < sections.length; start++) {
    const walk: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      const after: string | undefined = sections[i].after;
      const next: number | undefined = after === undefined ? undefined : byId.get(after);
      i = next !== undefined && byId.get(sections[next].id) === next ? next : undefined;
    }
    if (i !== undefined && state[i] === 1) {
      for (let k = walk.indexOf(i); k < walk.length; k++) {
        if (sections[walk[k]].after !== sections[walk[k]].id) found.add(walk[k]);
      }
    }
    for (const visited of walk) state[visited] = 2;
  }
  return found;
}

/**
 * Reads a privacy notice: the typed notice, or the errors that keep it from being used, each
 * with a JSON path. Never throws. At most `MAX_ISSUES` errors and warnings are listed; `omitted`
 * counts the rest. (`validateNotice` in gdpr-checks.ts adds what GDPR expects the notice to say.)
 *
 * @example
 * const { notice, errors } = parseNotice(await response.json());
 * if (!notice) console.warn(errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
 */
export function parseNotice(json: unknown): ParseResult {
  const issues: Issues = { errors: [], warnings: [], omitted: { errors: 0, warnings: 0 } };
  checkObject(json, '', issues, NOTICE);
  if (errorCount(issues) === 0) {
    checkReferences((json as Notice).extraSections ?? [], issues);
  }
  const { errors, warnings, omitted } = issues;
  const more = omitted.errors + omitted.warnings > 0 ? { omitted } : {};
  if (errorCount(issues) > 0) return { errors, warnings, ...more };
  return { notice: json as Notice, errors: [], warnings, ...more };
}
