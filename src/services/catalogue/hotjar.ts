import type { ServiceInfo } from '../../core/services.js';

export const info: ServiceInfo = {
  id: 'hotjar',
  category: 'analytics',
  name: 'Hotjar',
  provider: 'Hotjar Ltd',
  purpose: {
    fi: 'Tallentaa, miten kävijät vierittävät, klikkaavat ja liikkuvat sivuillamme (lämpökartat ja istuntotallenteet), jotta näemme, mitä kannattaa parantaa.',
    sv: 'Registrerar hur besökare skrollar, klickar och rör sig på våra sidor (värmekartor och sessionsinspelningar), så att vi ser vad som bör förbättras.',
    en: 'Records how visitors scroll, click and move around our pages (heatmaps and session recordings), so we can see what to improve.',
  },
  privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
  cookies: [
    { name: '_hjSessionUser_<id>', days: 365 },
    { name: '_hjSession_<id>', days: 1 },
  ],
  patterns: ['_hj*'],
};
