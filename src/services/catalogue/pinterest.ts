import type { ServiceInfo } from '../../core/services.js';
import { DPF, pixel } from '../texts.js';

export const info: ServiceInfo = {
  id: 'pinterest',
  category: 'marketing',
  name: 'Pinterest Tag',
  provider: 'Pinterest Europe Limited',
  purpose: pixel('Pinterest'),
  transferTo: 'US',
  safeguards: DPF,
  privacyUrl: 'https://policy.pinterest.com/privacy-policy',
  cookies: [
    { name: '_pin_unauth', days: 365 },
    { name: '_epik', days: 365 },
  ],
  patterns: ['_pin_unauth', '_pinterest_ct_ua', '_epik', '_derived_epik'],
};
