/**
 * Services the owner declares in `<script type="application/json" data-seloste-services>`
 * blocks, checked field by field (a chunk of its own, fetched only on a page with a block).
 * Nothing from a block becomes markup or script, except a `src` that is an https URL written in
 * full (or a path on this site; http only on a page served over http), and a `privacyUrl` of the
 * same kind, which becomes a link.
 */
import { safeUrl } from '../core/config.js';
import { SERVICE_ID } from '../core/services.js';
import { LANGS, type Lang, type OptionalCategory } from '../core/types.js';
import type { Integration } from '../integrations/integration.js';
import type { Declaration, DeclaredService } from './declare.js';

/** At most this many services in the page's blocks together. */
export const MAX_SERVICES = 50;

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
 * which script URLs count (`safeUrl`); `builtIn` holds the ids a custom service may not take.
 *
 * @example
 * parseCustomServices(
 *   [{ id: 'chat', name: 'Chat', provider: 'Chat Oy', category: 'ads', purpose: 'Help' }],
 *   new URL('https://shop.example.fi/'),
 *   BUILT_IN,
 * ).problems
 * // ['data-seloste-services: service "chat": category "ads" is not analytics or marketing; the service is left out.']
 */
export function parseCustomServices(
  entries: readonly unknown[],
  page: URL,
  builtIn: ReadonlySet<string>,
): Declaration {
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
    if (builtIn.has(id)) return `id ${show(id)} is a built-in service (name it in data-services)`;
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
 * A service the owner declared with its own scripts (`src` in a `data-seloste-services` block):
 * each loads once, in order, on grant. It has no consent API to tell on withdrawal.
 *
 * @example
 * scriptsIntegration('chat', 'marketing', ['https://chat.example/widget.js'])
 */
export function scriptsIntegration(
  id: string,
  category: OptionalCategory,
  srcs: readonly string[],
): Integration {
  let loaded = false;
  return {
    id,
    category,
    init() {},
    async grant(env) {
      if (loaded) return;
      loaded = true;
      for (const src of srcs) await env.loadScript(src);
    },
    revoke() {},
  };
}
