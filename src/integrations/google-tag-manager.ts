import type { OptionalCategory } from '../core/types.js';
import type { GoogleTag } from './google-tag.js';
import type { Integration } from './integration.js';

/** Google's container script; `?id=` is added. */
export const GTM_SRC = 'https://www.googletagmanager.com/gtm.js';

/**
 * Google Tag Manager containers, loaded once `category` is granted. They share `dataLayer` and
 * the consent state with gtag: the denied defaults come first, then the stored choice as
 * `consent update`s, and only then the container's start event and gtm.js, so every tag in the
 * container sees the visitor's consent from its first moment.
 */
export function googleTagManager(
  ids: readonly string[],
  category: OptionalCategory,
  tag: GoogleTag,
  src: string,
): Integration {
  let loaded = false;
  return {
    id: 'googleTagManager',
    category,
    init: (env) => void tag.setup(env),
    grant(env) {
      tag.grant(env, category, []);
      if (loaded) return;
      loaded = true;
      for (const id of ids) {
        env.window.dataLayer!.push({ 'gtm.start': Date.now(), event: 'gtm.js' });
        void env.loadScript(`${src}${src.includes('?') ? '&' : '?'}id=${encodeURIComponent(id)}`);
      }
    },
    revoke: (env) => tag.revoke(env, category, []),
  };
}

/**
 * The consent signals of a category no Google product on the page stands for (marketing on a
 * page with GTM but no Google Ads id, say): tags inside the container still need them.
 */
export const googleConsent = (category: OptionalCategory, tag: GoogleTag): Integration => ({
  id: 'googleConsent',
  category,
  init: (env) => void tag.setup(env),
  grant: (env) => tag.grant(env, category, []),
  revoke: (env) => tag.revoke(env, category, []),
});
