/**
 * The built-in catalogue: common services an owner names by id in `data-services`. Each entry is
 * data in modules of its own, fetched only when a page names it, and only the half a view needs:
 * `catalogue/<id>.ts` says what the visitor is told (the settings, the notice, a placeholder),
 * `loaders/<id>.ts` how a scriptable one loads (its official snippet). This index is all the
 * services chunk carries of them: the ids, and the form of each one's account, so a wrong
 * account is named before anything is fetched.
 *
 * The embed entries (`youtube`, `vimeo`, `google-maps`, ids as in `core/embeds.ts`) are
 * information only: their iframes load through the placeholders.
 *
 * Facts were checked against the vendors' documentation in 2026 (docs/services.md). `cookies`
 * are those the visitor can see; a lifetime of minutes is rounded up to a day, as the table
 * counts in days. `patterns` name the first-party cookies to delete on withdrawal: an embed's
 * cookies live on the provider's own domain, out of a script's reach, so it has none.
 */
import type { ServiceInfo } from '../core/services.js';
import type { Snippet } from './snippet.js';

export interface Listing {
  /** What the visitor is told about it (`catalogue/<id>.ts`). */
  readonly info: () => Promise<{ readonly info: ServiceInfo }>;
  /** For a service that loads a script: its snippet (`loaders/<id>.ts`). */
  readonly loader?: () => Promise<Snippet>;
  /** The account the owner passes after the colon, for a service that loads a script. */
  readonly account?: RegExp;
  /** The account's form, for messages: "digits, like hotjar:1234567". */
  readonly form?: string;
}

/** The catalogue by id, in the order the settings list the services. */
export const CATALOGUE: Readonly<Record<string, Listing>> = {
  hotjar: {
    info: () => import('./catalogue/hotjar.js'),
    loader: () => import('./loaders/hotjar-snippet.js'),
    account: /^\d{4,10}$/,
    form: 'digits, like hotjar:1234567',
  },
  clarity: {
    info: () => import('./catalogue/clarity.js'),
    loader: () => import('./loaders/clarity-snippet.js'),
    account: /^[a-z0-9]{6,16}$/,
    form: 'lower-case letters and digits, like clarity:abcd123xyz',
  },
  linkedin: {
    info: () => import('./catalogue/linkedin.js'),
    loader: () => import('./loaders/linkedin-snippet.js'),
    account: /^\d{1,12}$/,
    form: 'digits, like linkedin:765432',
  },
  tiktok: {
    info: () => import('./catalogue/tiktok.js'),
    loader: () => import('./loaders/tiktok-snippet.js'),
    account: /^[A-Z0-9]{10,30}$/,
    form: 'capital letters and digits, like tiktok:C4ABCDEFGH1234567890',
  },
  leadfeeder: {
    info: () => import('./catalogue/leadfeeder.js'),
    loader: () => import('./loaders/leadfeeder-snippet.js'),
    account: /^[A-Za-z0-9]{10,32}$/,
    form: 'letters and digits, like leadfeeder:Ab12Cd34Ef56Gh78',
  },
  snap: {
    info: () => import('./catalogue/snap.js'),
    loader: () => import('./loaders/snap-snippet.js'),
    account: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i,
    form: 'a UUID, like snap:12345678-abcd-4ef0-9876-0123456789ab',
  },
  pinterest: {
    info: () => import('./catalogue/pinterest.js'),
    loader: () => import('./loaders/pinterest-snippet.js'),
    account: /^\d{10,16}$/,
    form: 'digits, like pinterest:2612345678901',
  },
  youtube: { info: () => import('./catalogue/youtube.js') },
  vimeo: { info: () => import('./catalogue/vimeo.js') },
  'google-maps': { info: () => import('./catalogue/google-maps.js') },
};
