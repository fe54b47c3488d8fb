/**
 * The consent record: what the widget sends to the consent log for each decision, and the
 * check the log service runs on it. Shared by the browser and the server, so it is plain
 * TypeScript with no Node or DOM imports, and small.
 *
 * The record holds no IP address and no user-agent string (data minimisation); a field that is
 * not listed here is refused, so none can be added by mistake.
 */

/** How the decision was made. */
export const LOG_METHODS = ['banner', 'settings', 'api', 'withdrawal', 'gpc'] as const;

/**
 * - `banner`: a button on the first layer (accept all, reject all).
 * - `settings`: saved from the settings dialog.
 * - `api`: the site called `window.seloste` (`setConsent`, `acceptAll`, …).
 * - `withdrawal`: consent withdrawn (a refusal after an earlier grant, from any place).
 * - `gpc`: applied from the browser's Global Privacy Control signal, without a click.
 */
export type LogMethod = (typeof LOG_METHODS)[number];

export const LOG_LANGS = ['fi', 'sv', 'en'] as const;

/** At most this many per-service choices in one record. */
export const MAX_SERVICES = 50;

/** One decision, as the widget sends it (`POST /v1/records`) and the log hands it back. */
export interface ConsentLogRecord {
  /** Random, made in the browser for this record (16–64 of `A–Z a–z 0–9 _ -`); names repeats. */
  recordId: string;
  /** The visitor's consent id, as in the consent cookie (8–64 of `A–Z a–z 0–9 _ -`). */
  consentId: string;
  /**
   * When the visitor decided, by the browser's clock: ISO 8601 in UTC as
   * `Date.prototype.toISOString()` writes it, e.g. `2026-11-22T10:15:00.123Z`.
   */
  decidedAt: string;
  /** The choice for each category; `necessary` is always true. */
  categories: { necessary: true; analytics: boolean; marketing: boolean };
  /** Per-service choices, when the site has them: service id (letters, digits, `-`, `_`; ≤ 40) → allowed. */
  services?: Record<string, boolean>;
  method: LogMethod;
  /** The site's configuration revision (`data-revision`), up to 200 characters; may be empty. */
  revision: string;
  /** The privacy notice's `updated` date (YYYY-MM-DD), when the site has a notice. */
  noticeVersion?: string;
  lang: (typeof LOG_LANGS)[number];
  /** A hash of the banner texts shown: 8–128 lowercase hex digits. */
  textHash?: string;
  /** The page's origin and path (`https://shop.example.fi/kassa`): no query, no fragment. */
  page: string;
  /** Whether the browser sent the Global Privacy Control signal. */
  gpc: boolean;
}

/** The result of checking a record: the record, or every problem found (never both). */
export type RecordCheck =
  { record: ConsentLogRecord; problems?: undefined } | { record?: undefined; problems: string[] };

const ID = /^[\w-]{16,64}$/;
const CONSENT_ID = /^[\w-]{8,64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HEX = /^[0-9a-f]{8,128}$/;
const SERVICE_ID = /^[a-zA-Z][\w-]{0,39}$/;
const MAX_REVISION = 200;
const MAX_PAGE = 2048;

const REQUIRED = [
  'recordId',
  'consentId',
  'decidedAt',
  'categories',
  'method',
  'revision',
  'lang',
  'page',
  'gpc',
] as const;
/** Every field, in the order of `ConsentLogRecord`. */
const FIELDS: readonly string[] = [
  'recordId',
  'consentId',
  'decidedAt',
  'categories',
  'services',
  'method',
  'revision',
  'noticeVersion',
  'lang',
  'textHash',
  'page',
  'gpc',
];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A calendar date or UTC time that exists (no 30 February), as written. */
function realTime(text: string): boolean {
  const time = Date.parse(text);
  if (Number.isNaN(time)) return false;
  // Date.parse rolls 2026-02-30 over to 2 March: compare the date it read with the one written.
  return new Date(time).toISOString().slice(0, 10) === text.slice(0, 10);
}

/**
 * Why `page` is not an origin and path, or `undefined` when it is.
 *
 * @example
 * pageProblem('https://shop.example.fi/kassa') // undefined
 * pageProblem('https://shop.example.fi/kassa?tilaus=42') // 'page must not have a query …'
 */
function pageProblem(page: string): string | undefined {
  if (page.includes('?')) return 'page must not have a query (?…): send the origin and path only';
  if (page.includes('#'))
    return 'page must not have a fragment (#…): send the origin and path only';
  if (page.length > MAX_PAGE) return `page is longer than ${MAX_PAGE} characters`;
  let url: URL;
  try {
    url = new URL(page);
  } catch {
    return 'page must be an absolute http(s) URL: origin and path';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'page must be an http(s) URL';
  }
  if (url.username || url.password) return 'page must not hold a user name or password';
  if (url.origin + url.pathname !== page) {
    return `page must be written as origin and path, e.g. ${url.origin}${url.pathname}`;
  }
  return undefined;
}

/** The problems with `categories`. */
function categoryProblems(value: unknown): string[] {
  if (!isObject(value)) {
    return ['categories must be an object: { necessary: true, analytics, marketing }'];
  }
  const problems = Object.keys(value)
    .filter((key) => !['necessary', 'analytics', 'marketing'].includes(key))
    .map((key) => `categories.${key} is not a category (necessary, analytics, marketing)`);
  if (value.necessary !== true) problems.push('categories.necessary must be true');
  for (const key of ['analytics', 'marketing']) {
    if (typeof value[key] !== 'boolean') problems.push(`categories.${key} must be true or false`);
  }
  return problems;
}

/** The problems with `services`. */
function serviceProblems(value: unknown): string[] {
  if (!isObject(value)) return ['services must be an object: { "service-id": true or false }'];
  const keys = Object.keys(value);
  if (keys.length > MAX_SERVICES) return [`services has more than ${MAX_SERVICES} entries`];
  return keys.flatMap((key) => {
    if (!SERVICE_ID.test(key)) {
      return [
        `services: "${key.slice(0, 50)}" is not a service id (a letter, then letters, digits, - and _; up to 40)`,
      ];
    }
    return typeof value[key] === 'boolean' ? [] : [`services.${key} must be true or false`];
  });
}

/** The problem with one field's value, if any. `services` and `categories` are checked apart. */
function fieldProblem(key: string, value: unknown): string | undefined {
  const text = typeof value === 'string' ? value : undefined;
  switch (key) {
    case 'recordId':
      return text !== undefined && ID.test(text)
        ? undefined
        : 'recordId must be 16–64 characters from A–Z a–z 0–9 _ -';
    case 'consentId':
      return text !== undefined && CONSENT_ID.test(text)
        ? undefined
        : 'consentId must be 8–64 characters from A–Z a–z 0–9 _ -';
    case 'decidedAt':
      return text !== undefined && ISO_UTC.test(text) && realTime(text)
        ? undefined
        : 'decidedAt must be an ISO 8601 time in UTC, e.g. 2026-11-22T10:15:00.123Z';
    case 'method':
      return text !== undefined && (LOG_METHODS as readonly string[]).includes(text)
        ? undefined
        : `method must be one of ${LOG_METHODS.join(', ')}`;
    case 'revision':
      return text !== undefined && text.length <= MAX_REVISION
        ? undefined
        : `revision must be a string of at most ${MAX_REVISION} characters`;
    case 'noticeVersion':
      return text !== undefined && DAY.test(text) && realTime(text)
        ? undefined
        : 'noticeVersion must be a date, YYYY-MM-DD';
    case 'lang':
      return text !== undefined && (LOG_LANGS as readonly string[]).includes(text)
        ? undefined
        : `lang must be one of ${LOG_LANGS.join(', ')}`;
    case 'textHash':
      return text !== undefined && HEX.test(text)
        ? undefined
        : 'textHash must be 8–128 lowercase hexadecimal digits';
    case 'page':
      return text === undefined ? 'page must be a string: origin and path' : pageProblem(text);
    case 'gpc':
      return typeof value === 'boolean' ? undefined : 'gpc must be true or false';
  }
  return undefined;
}

/**
 * Checks a parsed JSON body against the record format: every field's type and shape, no
 * missing and no unknown fields. Never throws.
 *
 * @example
 * const { record, problems } = checkRecord(JSON.parse(body));
 * if (problems) return { status: 400, problems };
 */
export function checkRecord(value: unknown): RecordCheck {
  if (!isObject(value)) return { problems: ['the record must be a JSON object'] };
  const problems: string[] = [];
  const unknown = Object.keys(value).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 5).map((key) => `"${key.slice(0, 40)}"`);
    problems.push(`unknown field${unknown.length > 1 ? 's' : ''} ${names.join(', ')}`);
  }
  // In the record's field order, so the problems read like the record.
  for (const key of FIELDS) {
    if (!Object.hasOwn(value, key)) {
      if ((REQUIRED as readonly string[]).includes(key)) problems.push(`${key} is missing`);
    } else if (key === 'categories') problems.push(...categoryProblems(value[key]));
    else if (key === 'services') problems.push(...serviceProblems(value[key]));
    else {
      const problem = fieldProblem(key, value[key]);
      if (problem) problems.push(problem);
    }
  }
  return problems.length > 0 ? { problems } : { record: value as unknown as ConsentLogRecord };
}
