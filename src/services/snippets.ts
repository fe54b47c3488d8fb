/**
 * How each scriptable catalogue service loads: its official snippet, rewritten as an
 * integration. Nothing of the vendor exists on the page before `grant`; then the globals and
 * command queue the vendor's snippet sets up come first, with its consent API told "granted"
 * where it has one, and the script last, through `env.loadScript` (the page's nonce, the Trusted
 * Types policy). `revoke` tells that consent API; where a vendor has none, it does nothing more
 * than the consent manager does (delete the cookies of the entry's `patterns`, and reload).
 */
import type { OptionalCategory } from '../core/types.js';
import type { Integration } from '../integrations/integration.js';

/** A vendor's command function, queueing calls until its script takes over. */
type Queue = ((...args: unknown[]) => void) & {
  q?: unknown[];
  _q?: unknown[];
  queue?: unknown[];
  version?: string;
  handleRequest?: (...args: unknown[]) => void;
};

/** TikTok's `ttq`: an array of queued commands with a method per command. */
type Ttq = unknown[] & Record<string, unknown> & { _i?: object; _t?: object; _o?: object };

/** The globals the snippets set (each vendor's own names). */
type SnippetWindow = Record<string, unknown> & {
  hj?: Queue;
  clarity?: Queue;
  lintrk?: Queue;
  ldfdr?: Queue;
  snaptr?: Queue;
  pintrk?: Queue;
  ttq?: Ttq;
  _linkedin_data_partner_ids?: string[];
};

export interface Snippet {
  readonly category: OptionalCategory;
  /** The account the owner passes after the colon (`hotjar:1234567`). */
  readonly account: RegExp;
  /** The account's form, for messages: "a Hotjar site id (digits), e.g. hotjar:1234567". */
  readonly form: string;
  /** The origins its script may load from (for the Trusted Types allow-list). */
  readonly origins: readonly string[];
  /** Its integration; `src` replaces the official script URL (a self-hosted copy, a proxy). */
  create(account: string, src?: string): Integration;
}

/** What differs from one vendor to the next. */
interface Recipe {
  readonly category: OptionalCategory;
  readonly account: RegExp;
  readonly form: string;
  readonly url: (account: string) => string;
  /** The snippet's globals and first commands, with the consent API set to granted. */
  readonly boot: (w: SnippetWindow, account: string) => void;
  /** The vendor's consent API, if it has one: again on a later grant, and on revoke. */
  readonly consent?: (w: SnippetWindow, granted: boolean) => void;
}

/**
 * A command function as the vendors' snippets make it: each call waits in `fn[key]`, as the
 * `arguments` object (or, with `copy`, an array), until the script replaces the function or,
 * as Snap's does, sets `handleRequest` on it.
 */
function queue(key: 'q' | '_q' | 'queue', copy = false): Queue {
  const fn: Queue = function () {
    // The snippets queue `arguments` itself, and the scripts expect exactly that.
    // eslint-disable-next-line prefer-rest-params
    const args = arguments;
    if (fn.handleRequest) fn.handleRequest.call(fn, ...args);
    else (fn[key] ??= []).push(copy ? [...args] : args);
  };
  fn[key] = [];
  return fn;
}

/** Clarity's two consent signals; an analytics service never grants `ad_Storage`. */
const clarityConsent = (granted: boolean) => ({
  ad_Storage: 'denied',
  analytics_Storage: granted ? 'granted' : 'denied',
});

/** The commands TikTok's snippet defines on `ttq`, each queued as `[name, ...args]`. */
const TTQ_METHODS =
  'page track identify instances debug on off once ready alias group enableCookie disableCookie holdConsent revokeConsent grantConsent'.split(
    ' ',
  );
const TIKTOK = 'https://analytics.tiktok.com/i18n/pixel/events.js';

const call = (fn: unknown, ...args: unknown[]) => (fn as (...args: unknown[]) => void)(...args);

const RECIPES: Record<string, Recipe> = {
  hotjar: {
    category: 'analytics',
    account: /^\d{4,10}$/,
    form: 'a Hotjar site id (digits), e.g. hotjar:1234567',
    url: (id) => `https://static.hotjar.com/c/hotjar-${id}.js?sv=6`,
    boot(w, id) {
      w.hj ??= queue('q');
      w._hjSettings = { hjid: Number(id), hjsv: 6 };
    },
  },
  clarity: {
    category: 'analytics',
    account: /^[a-z0-9]{6,16}$/,
    form: 'a Clarity project id (lower-case letters and digits), e.g. clarity:abcd123xyz',
    url: (id) => `https://www.clarity.ms/tag/${id}`,
    boot(w) {
      w.clarity ??= queue('q');
      w.clarity('consentv2', clarityConsent(true));
    },
    consent: (w, granted) => w.clarity?.('consentv2', clarityConsent(granted)),
  },
  linkedin: {
    category: 'marketing',
    account: /^\d{1,12}$/,
    form: 'a LinkedIn partner id (digits), e.g. linkedin:765432',
    url: () => 'https://snap.licdn.com/li.lms-analytics/insight.min.js',
    boot(w, id) {
      w._linkedin_partner_id = id;
      (w._linkedin_data_partner_ids ??= []).push(id);
      w.lintrk ??= queue('q', true);
    },
  },
  tiktok: {
    category: 'marketing',
    account: /^[A-Z0-9]{10,30}$/,
    form: 'a TikTok pixel id (capital letters and digits), e.g. tiktok:C4ABCDEFGH1234567890',
    url: (id) => `${TIKTOK}?sdkid=${id}&lib=ttq`,
    boot(w, id) {
      w.TiktokAnalyticsObject = 'ttq';
      const ttq = (w.ttq ??= [] as unknown as Ttq);
      for (const method of TTQ_METHODS)
        ttq[method] ??= (...args: unknown[]) => ttq.push([method, ...args]);
      // What the snippet's `ttq.load(id)` records for events.js to find.
      ttq._i = { ...ttq._i, [id]: Object.assign([], { _u: TIKTOK }) };
      ttq._t = { ...ttq._t, [id]: Date.now() };
      ttq._o = { ...ttq._o, [id]: {} };
      call(ttq.grantConsent);
      call(ttq.page);
    },
    consent: (w, granted) => w.ttq && call(w.ttq[granted ? 'grantConsent' : 'revokeConsent']),
  },
  leadfeeder: {
    category: 'marketing',
    account: /^[A-Za-z0-9]{10,32}$/,
    form: 'a Leadfeeder tracker id (letters and digits), e.g. leadfeeder:Ab12Cd34Ef56Gh78',
    url: (id) => `https://sc.lfeeder.com/lftracker_v1_${id}.js`,
    boot(w) {
      w.ldfdr ??= queue('_q', true);
    },
  },
  snap: {
    category: 'marketing',
    account: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i,
    form: 'a Snap pixel id (a UUID), e.g. snap:12345678-abcd-4ef0-9876-0123456789ab',
    url: () => 'https://sc-static.net/scevent.min.js',
    boot(w, id) {
      w.snaptr ??= queue('queue');
      w.snaptr('init', id);
      w.snaptr('track', 'PAGE_VIEW');
    },
  },
  pinterest: {
    category: 'marketing',
    account: /^\d{10,16}$/,
    form: 'a Pinterest tag id (digits), e.g. pinterest:2612345678901',
    url: () => 'https://s.pinimg.com/ct/core.js',
    boot(w, id) {
      w.pintrk ??= Object.assign(queue('queue', true), { version: '3.0' });
      w.pintrk('load', id);
      w.pintrk('setconsent', true);
      w.pintrk('page');
    },
    consent: (w, granted) => w.pintrk?.('setconsent', granted),
  },
};

/** The integration of a catalogue service, loading `src` (the official URL unless given). */
function integration(id: string, recipe: Recipe, account: string, src?: string): Integration {
  let loaded = false;
  return {
    id,
    category: recipe.category,
    init() {},
    grant(env) {
      const w = env.window as SnippetWindow;
      if (loaded) {
        recipe.consent?.(w, true);
        return;
      }
      loaded = true;
      recipe.boot(w, account);
      void env.loadScript(src ?? recipe.url(account));
    },
    revoke(env) {
      if (loaded) recipe.consent?.(env.window as SnippetWindow, false);
    },
  };
}

/** The scriptable catalogue services by id. */
export const SNIPPETS: Readonly<Record<string, Snippet>> = Object.fromEntries(
  Object.entries(RECIPES).map(([id, recipe]) => [
    id,
    {
      category: recipe.category,
      account: recipe.account,
      form: recipe.form,
      origins: [new URL(recipe.url('0')).origin],
      create: (account: string, src?: string) => integration(id, recipe, account, src),
    },
  ]),
);

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
