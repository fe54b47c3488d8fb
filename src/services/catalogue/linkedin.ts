import type { ServiceInfo } from '../../core/services.js';
import { DPF } from '../texts.js';

export const info: ServiceInfo = {
  id: 'linkedin',
  category: 'marketing',
  name: 'LinkedIn Insight Tag',
  provider: 'LinkedIn Ireland Unlimited Company',
  purpose: {
    fi: 'Kertoo LinkedInille, millä sivuilla sen jäsenet käyvät mainostemme jälkeen, jotta mainokset voidaan mitata ja näyttää samankaltaisille ammattilaisille.',
    sv: 'Berättar för LinkedIn vilka sidor dess medlemmar besöker efter våra annonser, så att annonserna kan mätas och visas för liknande yrkespersoner.',
    en: 'Tells LinkedIn which pages its members visit after our ads, so the ads can be measured and shown to similar professionals.',
  },
  transferTo: 'US',
  safeguards: DPF,
  privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
  cookies: [
    { name: 'li_fat_id', days: 30 },
    { name: 'li_giant', days: 7 },
  ],
  patterns: ['li_fat_id', 'li_giant', 'ln_or'],
};
