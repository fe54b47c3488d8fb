import type { ServiceInfo } from '../../core/services.js';
import { SCC, pixel } from '../texts.js';

export const info: ServiceInfo = {
  id: 'tiktok',
  category: 'marketing',
  name: 'TikTok Pixel',
  provider: 'TikTok Technology Limited',
  purpose: pixel('TikTok'),
  // TikTok names remote access from China among its transfers, under these clauses.
  transferTo: 'CN',
  safeguards: SCC,
  privacyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
  cookies: [
    { name: '_ttp', days: 390 },
    { name: '_tt_enable_cookie', days: 390 },
  ],
  patterns: ['_ttp', '_tt_enable_cookie', 'ttcsid*'],
};
