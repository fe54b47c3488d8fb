import type { GoogleTag } from './google-tag.js';
import type { Integration } from './integration.js';

/** Google Ads conversion tracking and remarketing (marketing) through the shared Google tag. */
export const googleAds = (ids: readonly string[], tag: GoogleTag): Integration => ({
  id: 'googleAds',
  category: 'marketing',
  init: (env) => void tag.setup(env),
  grant: (env) => tag.grant(env, 'marketing', ids),
  revoke: (env) => tag.revoke(env, 'marketing', ids),
});
