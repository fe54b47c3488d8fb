import type { ServiceInfo } from '../../core/services.js';
import { DPF } from '../texts.js';

/** Vimeo embeds (information only: the placeholders load them). */
export const info: ServiceInfo = {
  id: 'vimeo',
  category: 'marketing',
  name: 'Vimeo',
  provider: 'Vimeo.com, Inc.',
  purpose: {
    fi: 'Näyttää sivuillemme upotetut videot. Video ladataan Vimeosta, joka saa IP-osoitteesi ja katselutietosi; pyydämme sitä olemaan seuraamatta sinua.',
    sv: 'Visar videor inbäddade på våra sidor. Videon hämtas från Vimeo, som får din IP-adress och vad du tittar på; vi ber Vimeo att inte spåra dig.',
    en: 'Shows videos embedded on our pages. A video loads from Vimeo, which receives your IP address and what you watch; we ask it not to track you.',
  },
  transferTo: 'US',
  safeguards: DPF,
  privacyUrl: 'https://vimeo.com/privacy',
  // Loaded with `dnt=1` (core/embeds.ts), the player sets no cookies.
  cookies: [],
  patterns: [],
};
