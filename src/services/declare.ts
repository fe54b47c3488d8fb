/**
 * What the owner declared: catalogue services named in `data-services`, and services of their
 * own in `<script type="application/json" data-seloste-services>` blocks (checked in
 * `custom.ts`). Each bad declaration gives one message naming the service and the field, and
 * that service is left out; the rest work. Messages are returned, not printed, so the caller
 * decides (`warn` in src/log.ts).
 *
 * A block counts only on a page without a CSP nonce or when it carries that nonce, as for gated
 * scripts (integrations/gated.ts): markup injected into the page cannot know the nonce.
 */
import type { ServiceInfo } from '../core/services.js';
import { CATALOGUE } from './catalogue.js';

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
import { SERVICES_BLOCK } from '../core/services.js';

export { SERVICES_BLOCK };
/** At most this many characters of JSON per block. */
export const MAX_JSON = 64 * 1024;
/** At most this many services in `data-services`, and in the blocks together. */
export const MAX_SERVICES = 50;

/** Short names for catalogue ids in `data-services`. */
const ALIASES: Readonly<Record<string, string>> = { maps: 'google-maps' };

/** Ids a custom service may not take: the catalogue's, the built-in vendors' and embeds'. */
export const BUILT_IN: ReadonlySet<string> = new Set([
  ...Object.keys(CATALOGUE),
  ...Object.keys(ALIASES),
  // The built-in vendors' service ids (core/vendors.ts), and the embeds' without an entry.
  ...'googleAnalytics googleAds googleTagManager metaPixel bingUet spotify soundcloud embed'.split(
    ' ',
  ),
]);

/** A value as it appears in a message: quoted, and cut short. */
const show = (value: string): string => `"${value.length > 60 ? value.slice(0, 59) + '…' : value}"`;

/** A catalogue service named in `data-services`, with its account where it takes one. */
export interface Named {
  readonly id: string;
  readonly account?: string;
}

/**
 * The catalogue services named in `data-services`: space-separated ids, each with `:account`
 * where the service loads a script (`hotjar:1234567`); embeds take none (`youtube maps`).
 * Pure: the entries themselves are fetched later (`CATALOGUE[id].load()`).
 *
 * @example
 * parseServiceList('hotjar:1234567 maps').named // [{ id: 'hotjar', account: '1234567' }, { id: 'google-maps' }]
 */
export function parseServiceList(value = ''): { named: Named[]; problems: string[] } {
  const named: Named[] = [];
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
    const listing = Object.hasOwn(CATALOGUE, id) ? CATALOGUE[id] : undefined;
    const form = listing?.form;
    if (!listing) say(`is not in the catalogue (${Object.keys(CATALOGUE).join(', ')})`);
    else if (named.some((service) => service.id === id))
      say('is named twice', 'the second is left out');
    else if (form && !account) say(`the account is missing: it should be ${form}`);
    else if (form && !listing.account!.test(account!))
      say(`account ${show(account!)} should be ${form}`);
    else {
      if (!form && account !== undefined)
        say('takes no account (its iframes load it)', `${show(':' + account)} is ignored`);
      named.push(form ? { id, account } : { id });
    }
  }
  return { named, problems };
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
