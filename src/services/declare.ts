/**
 * What the owner declared: catalogue services named in `data-services`, and services of their
 * own in `<script type="application/json" data-seloste-services>` blocks. Each bad declaration
 * gives one message naming the service and the field, and that service is left out; the rest
 * work. Messages are returned, not printed, so the caller decides (`warn` in src/log.ts).
 *
 * Nothing from a block becomes markup or script, except a `src` that is an https URL written in
 * full (or a path on this site; http only on a page served over http), and a `privacyUrl` of the
 * same kind, which becomes a link. A block counts only on a page without a CSP nonce or when it
 * carries that nonce, as for gated scripts (integrations/gated.ts): markup injected into the page
 * cannot know the nonce.
 */
import { safeUrl } from '../core/config.js';
import { SERVICE_ID, type ServiceInfo } from '../core/services.js';
import { LANGS, type Lang } from '../core/types.js';
import { CATALOGUE, catalogueService } from './catalogue.js';
import { SNIPPETS } from './snippets.js';

/** A service the page declared: what the visitor is told, and what loads it. */
export interface DeclaredService extends ServiceInfo {
  /** `catalogue`: named in `data-services`; `custom`: declared in a JSON block. */
  readonly origin: 'catalogue' | 'custom';
  /** A scriptable catalogue service's account (`1234567` in `hotjar:1234567`). */
  readonly account?: string;
  /** A custom service's scripts, loaded in order on consent: absolute http(s) URLs. */
  readonly src: readonly string[];
}

export interface Declaration {
  services: DeclaredService[];
  problems: string[];
}

/** The blocks of custom services. */
export const SERVICES_BLOCK = 'script[type="application/json"][data-seloste-services]';
/** At most this many characters of JSON per block. */
export const MAX_JSON = 64 * 1024;
/** At most this many services in `data-services`, and in the blocks together. */
export const MAX_SERVICES = 50;

/** Short names for catalogue ids in `data-services`. */
const ALIASES: Readonly<Record<string, string>> = { maps: 'google-maps' };

/** Ids a custom service may not take: the catalogue's, the built-in vendors' and embeds'. */
const BUILT_IN = new Set([
  ...CATALOGUE.map(({ id }) => id),
  ...Object.keys(ALIASES),
  ...'ga4 google-ads gtm meta-pixel bing-uet spotify soundcloud embed'.split(' '),
]);

const FIELDS = new Set(
  'id name provider category purpose cookies transferTo country safeguards privacyUrl src'.split(
    ' ',
  ),
);

/** A value as it appears in a message: quoted, and cut short. */
const show = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `"${text.length > 60 ? text.slice(0, 59) + '…' : text}"`;
};

/**
 * The catalogue services named in `data-services`: space-separated ids, each with `:account`
 * where the service loads a script (`hotjar:1234567`); embeds take none (`youtube maps`).
 *
 * @example
 * parseServiceList('hotjar:1234567 youtube').services.map((s) => s.id) // ['hotjar', 'youtube']
 */
export function parseServiceList(value = ''): Declaration {
  const services: DeclaredService[] = [];
  const problems: string[] = [];
  const tokens = value.split(/[\s,]+/).filter(Boolean);
  if (tokens.length > MAX_SERVICES)
    problems.push(`data-services: more than ${MAX_SERVICES} services; the rest are left out.`);
  for (const token of tokens.slice(0, MAX_SERVICES)) {
    const colon = token.indexOf(':');
    const name = (colon < 0 ? token : token.slice(0, colon)).toLowerCase();
    const account = colon < 0 ? undefined : token.slice(colon + 1);
    const id = ALIASES[name] ?? name;
    const say = (what: string, outcome = 'the service is left out') =>
      void problems.push(`data-services: service ${show(name)}: ${what}; ${outcome}.`);
    const info = catalogueService(id);
    const snippet = SNIPPETS[id];
    if (!info) say(`is not in the catalogue (${CATALOGUE.map((s) => s.id).join(', ')})`);
    else if (services.some((service) => service.id === id))
      say('is named twice', 'the second is left out');
    else if (snippet && !account) say(`the account is missing: expected ${snippet.form}`);
    else if (snippet && !snippet.account.test(account!))
      say(`account ${show(account)} is not ${snippet.form}`);
    else {
      if (!snippet && account !== undefined)
        say('takes no account (its iframes load it)', `${show(':' + account)} is ignored`);
      services.push({ ...info, origin: 'catalogue', src: [], ...(snippet && { account }) });
    }
  }
  return { services, problems };
}

/**
 * The entries of the page's service blocks, in document order: only blocks that carry the
 * page's nonce when it has one, of at most `MAX_JSON` characters, holding a JSON array of
 * services or an object with one as `services`.
 */
export function readServiceBlocks(
  doc: Document,
  nonce: string,
): { entries: unknown[]; problems: string[] } {
  const entries: unknown[] = [];
  const problems: string[] = [];
  const say = (what: string) =>
    void problems.push(`data-seloste-services: ${what}; the block is left out.`);
  for (const block of doc.querySelectorAll<HTMLScriptElement>(SERVICES_BLOCK)) {
    if (nonce && block.nonce !== nonce) {
      say('a block without the page\'s CSP nonce (nonce="…") is not trusted');
      continue;
    }
    const text = block.text;
    if (text.length > MAX_JSON) {
      say(`a block of ${text.length} characters is more than ${MAX_JSON}`);
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      say(`not JSON (${(error as Error).message})`);
      continue;
    }
    const list = Array.isArray(json) ? json : (json as { services?: unknown } | null)?.services;
    if (Array.isArray(list)) entries.push(...list);
    else say('expected an array of services, or an object with one as "services"');
  }
  return { entries, problems };
}

/** A text per language from a string (the same in each) or `{ fi, sv, en }`, if valid. */
function texts(value: unknown): Partial<Record<Lang, string>> | undefined {
  if (typeof value === 'string')
    return value.trim() && value.length <= 2000
      ? Object.fromEntries(LANGS.map((lang) => [lang, value.trim()]))
      : undefined;
  if (!value || typeof value !== 'object') return undefined;
  const entries = Object.entries(value);
  const valid = entries.every(
    ([lang, text]) =>
      LANGS.includes(lang as Lang) &&
      typeof text === 'string' &&
      text.trim() &&
      text.length <= 2000,
  );
  return valid && entries.length ? Object.fromEntries(entries) : undefined;
}

/** A field's value is a non-empty string of at most `max` characters. */
const isText = (value: unknown, max = 200): value is string =>
  typeof value === 'string' && !!value.trim() && value.length <= max;

const TWICE = 'is declared twice';

/** RFC 6265 cookie-name characters; a final `*` makes a prefix pattern. */
const COOKIE_NAME = /^[!#$%&'+\-.^_`|~0-9A-Za-z]{1,100}\*?$/;

/**
 * Services declared in the page's JSON blocks (`entries`, from `readServiceBlocks`), checked
 * field by field: the first fault of an entry is named and the entry left out. `page` decides
 * which script URLs count (`safeUrl`).
 *
 * @example
 * parseCustomServices(
 *   [{ id: 'chat', name: 'Chat', provider: 'Chat Oy', category: 'ads', purpose: 'Help' }],
 *   new URL('https://shop.example.fi/'),
 * ).problems
 * // ['data-seloste-services: service "chat": category "ads" is not analytics or marketing; the service is left out.']
 */
export function parseCustomServices(entries: readonly unknown[], page: URL): Declaration {
  const services: DeclaredService[] = [];
  const problems: string[] = [];
  if (entries.length > MAX_SERVICES)
    problems.push(
      `data-seloste-services: more than ${MAX_SERVICES} services; the rest are left out.`,
    );
  /** A URL as `safeUrl` takes it, made absolute (so no `<base>` can move it later). */
  const url = (value: unknown) => {
    const safe = typeof value === 'string' ? safeUrl(value.trim(), page) : undefined;
    return safe && new URL(safe, page).href;
  };

  entries.slice(0, MAX_SERVICES).forEach((entry, index) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    const label = typeof e.id === 'string' ? show(e.id) : `#${index + 1}`;
    const fault = check(e);
    if (fault) {
      const left = fault === TWICE ? 'the second' : 'the service';
      problems.push(`data-seloste-services: service ${label}: ${fault}; ${left} is left out.`);
      return;
    }
    const unknown = Object.keys(e).filter((key) => !FIELDS.has(key));
    if (unknown.length)
      problems.push(
        `data-seloste-services: service ${label}: ${unknown.map((key) => show(key)).join(', ')} is not a field (${[...FIELDS].join(', ')}); it is ignored.`,
      );
    const cookies = ((e.cookies ?? []) as { name: string; days: number }[]).map(
      ({ name, days }) => ({ name, days }),
    );
    const transferTo = (e.transferTo ?? e.country) as string | undefined;
    const safeguards = texts(e.safeguards);
    const privacyUrl = url(e.privacyUrl);
    const src = e.src === undefined ? [] : [e.src].flat();
    services.push({
      id: e.id as string,
      category: e.category as 'analytics' | 'marketing',
      name: (e.name as string).trim(),
      provider: (e.provider as string).trim(),
      purpose: texts(e.purpose)!,
      ...(transferTo && { transferTo: transferTo.toUpperCase() }),
      ...(safeguards && { safeguards }),
      ...(privacyUrl && { privacyUrl }),
      cookies,
      patterns: cookies.map(({ name }) => name),
      origin: 'custom',
      src: src.map(url) as string[],
    });
  });
  return { services, problems };

  /** The first thing wrong with an entry, in words, or undefined. */
  function check(e: Record<string, unknown>): string | undefined {
    if (typeof e !== 'object' || Array.isArray(e)) return 'is not an object';
    const { id, category, cookies, src } = e;
    if (typeof id !== 'string' || !SERVICE_ID.test(id))
      return `id ${show(id)} is not lower-case letters, digits, "-" and "_", starting with a letter (at most 32)`;
    if (BUILT_IN.has(id)) return `id ${show(id)} is a built-in service (name it in data-services)`;
    if (services.some((service) => service.id === id)) return TWICE;
    if (!isText(e.name, 100)) return 'name is missing';
    if (!isText(e.provider)) return 'provider (the company the data goes to) is missing';
    if (category !== 'analytics' && category !== 'marketing')
      return `category ${show(category)} is not analytics or marketing`;
    if (!texts(e.purpose))
      return 'purpose is missing (a text, or one per language: {"fi": …, "sv": …, "en": …})';
    if (cookies !== undefined) {
      if (!Array.isArray(cookies) || cookies.length > 50)
        return 'cookies is not a list of {"name": …, "days": …} (at most 50)';
      for (const cookie of cookies as { name?: unknown; days?: unknown }[]) {
        if (typeof cookie?.name !== 'string' || !COOKIE_NAME.test(cookie.name))
          return `cookie name ${show(cookie?.name)} is not a cookie name (a "*" may end it)`;
        const { days } = cookie;
        if (typeof days !== 'number' || !(days >= 0 && days <= 3650))
          return `cookie ${show(cookie.name)}: days ${show(days)} is not a number of days (0 for the session)`;
      }
    }
    const transferTo = e.transferTo ?? e.country;
    if (
      transferTo !== undefined &&
      !(typeof transferTo === 'string' && /^[a-z]{2}$/i.test(transferTo))
    )
      return `transferTo ${show(transferTo)} is not a two-letter country code (ISO 3166, e.g. "US")`;
    if (e.safeguards !== undefined && !texts(e.safeguards))
      return 'safeguards is not a text (or one per language)';
    if (e.privacyUrl !== undefined && !url(e.privacyUrl))
      return `privacyUrl ${show(e.privacyUrl)} is not an https URL (or a page of this site)`;
    if (src !== undefined) {
      const list = [src].flat();
      if (!list.length || list.length > 10) return 'src is not one to ten script URLs';
      const bad = list.findIndex((value) => !url(value));
      if (bad >= 0) return `src ${show(list[bad])} is not an https URL (or a path on this site)`;
    }
    return undefined;
  }
}

/**
 * Everything the page declared: `data-services` on Seloste's tag, then the page's JSON blocks.
 *
 * @example
 * declareServices({ services: 'hotjar:1234567' }, document, '').services[0].account // '1234567'
 */
export function declareServices(
  dataset: Readonly<Record<string, string | undefined>>,
  doc: Document,
  nonce: string,
): Declaration {
  const listed = parseServiceList(dataset.services);
  const blocks = readServiceBlocks(doc, nonce);
  const custom = parseCustomServices(blocks.entries, new URL(doc.URL));
  return {
    services: [...listed.services, ...custom.services],
    problems: [...listed.problems, ...blocks.problems, ...custom.problems],
  };
}
