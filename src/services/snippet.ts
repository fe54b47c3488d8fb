/**
 * How a scriptable catalogue service loads: its official snippet, rewritten as an integration.
 * Nothing of the vendor exists on the page before `grant`; then the globals and command queue
 * the vendor's snippet sets up come first, with its consent API told "granted" where it has one,
 * and the script last, through `env.loadScript` (the page's nonce, the Trusted Types policy).
 * `revoke` tells that consent API; where a vendor has none, it does nothing more than the
 * consent manager does (delete the cookies of the entry's `patterns`, and reload).
 */
import type { OptionalCategory } from '../core/types.js';
import type { Integration } from '../integrations/integration.js';

/** A vendor's command function, queueing calls until its script takes over. */
export type Queue = ((...args: unknown[]) => void) & {
  q?: unknown[];
  _q?: unknown[];
  queue?: unknown[];
  version?: string;
  handleRequest?: (...args: unknown[]) => void;
};

/** The page's globals, as the snippets use them (each vendor's own names). */
export type SnippetWindow = Record<string, unknown>;

/** What differs from one vendor to the next. */
export interface Recipe {
  /** The official script's URL for `account`. */
  readonly url: (account: string) => string;
  /** The snippet's globals and first commands, with the consent API set to granted. */
  readonly boot: (w: SnippetWindow, account: string) => void;
  /** The vendor's consent API, if it has one: again on a later grant, and on revoke. */
  readonly consent?: (w: SnippetWindow, granted: boolean) => void;
}

/** A scriptable catalogue service's loader. */
export interface Snippet {
  /** Its integration; `src` replaces the official script URL (a self-hosted copy, a proxy). */
  readonly create: (account: string, src?: string) => Integration;
  /** The origins its script loads from (for the Trusted Types allow-list). */
  readonly origins: readonly string[];
}

/**
 * A command function as the vendors' snippets make it: each call waits in `fn[key]`, as the
 * `arguments` object (or, with `copy`, an array), until the script replaces the function or,
 * as Snap's does, sets `handleRequest` on it.
 *
 * @example
 * w.hj ??= queue('q'); w.hj('event', 'x'); // w.hj.q: [Arguments ['event', 'x']]
 */
export function queue(key: 'q' | '_q' | 'queue', copy = false): Queue {
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

/** Calls a global the page holds as `unknown`. */
export const call = (fn: unknown, ...args: unknown[]) =>
  (fn as (...args: unknown[]) => void)(...args);

/** The loader of the catalogue service `id`, following `recipe`. */
export function snippet(id: string, category: OptionalCategory, recipe: Recipe): Snippet {
  return {
    origins: [new URL(recipe.url('0')).origin],
    create(account, src) {
      let loaded = false;
      return {
        id,
        category,
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
    },
  };
}
