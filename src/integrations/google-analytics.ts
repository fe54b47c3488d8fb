import type { GoogleTag } from './google-tag.js';
import type { Integration } from './integration.js';

/** Google Analytics 4 (analytics) through the shared Google tag. */
export const googleAnalytics = (ids: readonly string[], tag: GoogleTag): Integration => ({
  id: 'googleAnalytics',
  category: 'analytics',
  init: (env) => void tag.setup(env),
  grant: (env) => tag.grant(env, 'analytics', ids),
  revoke: (env) => tag.revoke(env, 'analytics', ids),
});
