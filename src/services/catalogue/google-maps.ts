import type { ServiceInfo } from '../../core/services.js';
import { DPF, GOOGLE, GOOGLE_PRIVACY } from '../texts.js';

/** Google Maps embeds (information only: the placeholders load them). */
export const info: ServiceInfo = {
  id: 'google-maps',
  category: 'marketing',
  name: 'Google Maps',
  provider: GOOGLE,
  purpose: {
    fi: 'Näyttää sivuillemme upotetut kartat. Kartta ladataan Googlelta, joka saa IP-osoitteesi ja voi yhdistää sen Google-tiliisi ja mainontaan.',
    sv: 'Visar kartor inbäddade på våra sidor. Kartan hämtas från Google, som får din IP-adress och kan koppla den till ditt Google-konto och till annonser.',
    en: 'Shows maps embedded on our pages. A map loads from Google, which receives your IP address and may link it to your Google account and to ads.',
  },
  transferTo: 'US',
  safeguards: DPF,
  privacyUrl: GOOGLE_PRIVACY,
  // On Google's own domain: out of a script's reach, so no patterns.
  cookies: [{ name: 'NID', days: 180 }],
  patterns: [],
};
