import type { ServiceInfo } from '../../core/services.js';
import { DPF } from '../texts.js';

export const info: ServiceInfo = {
  id: 'clarity',
  category: 'analytics',
  name: 'Microsoft Clarity',
  provider: 'Microsoft Ireland Operations Limited',
  purpose: {
    fi: 'Microsoftin lämpökartat ja istuntotallenteet: miten kävijät klikkaavat ja vierittävät sivuillamme, jotta näemme, mitä kannattaa parantaa.',
    sv: 'Microsofts värmekartor och sessionsinspelningar: hur besökare klickar och skrollar på våra sidor, så att vi ser vad som bör förbättras.',
    en: "Microsoft's heatmaps and session recordings: how visitors click and scroll on our pages, so we can see what to improve.",
  },
  transferTo: 'US',
  safeguards: DPF,
  privacyUrl: 'https://privacy.microsoft.com/privacystatement',
  cookies: [
    { name: '_clck', days: 365 },
    { name: '_clsk', days: 1 },
  ],
  patterns: ['_clck', '_clsk'],
};
