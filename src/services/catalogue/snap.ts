import type { ServiceInfo } from '../../core/services.js';
import { DPF, pixel } from '../texts.js';

export const info: ServiceInfo = {
  id: 'snap',
  category: 'marketing',
  name: 'Snap Pixel',
  provider: 'Snap B.V.',
  purpose: pixel('Snapchat'),
  transferTo: 'US',
  safeguards: DPF,
  privacyUrl: 'https://values.snap.com/privacy/privacy-policy',
  cookies: [
    { name: '_scid', days: 390 },
    { name: '_sctr', days: 365 },
  ],
  patterns: ['_scid*', '_sctr', '_schn'],
};
