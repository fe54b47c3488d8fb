import type { ServiceInfo } from '../../core/services.js';
import { DPF, GOOGLE, GOOGLE_PRIVACY } from '../texts.js';

/** YouTube embeds (information only: the placeholders load them). */
export const info: ServiceInfo = {
  id: 'youtube',
  category: 'marketing',
  name: 'YouTube',
  provider: GOOGLE,
  purpose: {
    fi: 'Näyttää sivuillemme upotetut videot. Video ladataan Googlen YouTubesta, joka saa IP-osoitteesi ja katselutietosi ja voi käyttää niitä mainontaan.',
    sv: 'Visar videor inbäddade på våra sidor. Videon hämtas från Googles YouTube, som får din IP-adress och vad du tittar på och kan använda det för annonser.',
    en: "Shows videos embedded on our pages. A video loads from Google's YouTube, which receives your IP address and what you watch and may use them for ads.",
  },
  transferTo: 'US',
  safeguards: DPF,
  privacyUrl: GOOGLE_PRIVACY,
  // On YouTube's own domain: out of a script's reach, so no patterns.
  cookies: [
    { name: 'YSC', days: 0 },
    { name: 'VISITOR_INFO1_LIVE', days: 180 },
  ],
  patterns: [],
};
