import type { EmbedKind, EmbedService } from '../../core/embeds.js';
import type { Lang, OptionalCategory } from '../../core/types.js';

/** The placeholder's words, in the embeds chunk itself (a page with embeds needs them at once). */
export interface EmbedTexts {
  /** The "this time only" button, by what the embed shows. */
  load: Record<EmbedKind, string>;
  /** The button that records consent for the embed's category. */
  allow: Record<OptionalCategory, string>;
  /** What loading it means: the provider, cookies, any transfer outside the EU/EEA. */
  explain(service: EmbedService): string;
  privacy: string;
  /** Embeds from hosts Seloste has no entry for, as one service in the settings. */
  other: string;
}

const by = (provider?: string) => (provider ? ` (${provider})` : '');

export const EMBED_TEXTS: Record<Lang, EmbedTexts> = {
  fi: {
    load: {
      video: 'Lataa tämä video',
      map: 'Lataa tämä kartta',
      audio: 'Lataa tämä soitin',
      content: 'Lataa tämä sisältö',
    },
    allow: { analytics: 'Salli analytiikka', marketing: 'Salli markkinointi' },
    explain: ({ name, provider, transferTo }) =>
      `Tämä sisältö tulee palvelusta ${name}${by(provider)}. Jos lataat sen, ${name} voi asettaa evästeitä ja saada tietoja käynnistäsi${transferTo === 'US' ? ' sekä siirtää niitä Yhdysvaltoihin' : ''}.`,
    privacy: 'Palvelun tietosuojaseloste',
    other: 'Muu upotettu sisältö',
  },
  sv: {
    load: {
      video: 'Ladda den här videon',
      map: 'Ladda den här kartan',
      audio: 'Ladda den här spelaren',
      content: 'Ladda det här innehållet',
    },
    allow: { analytics: 'Tillåt analys', marketing: 'Tillåt marknadsföring' },
    explain: ({ name, provider, transferTo }) =>
      `Det här innehållet kommer från ${name}${by(provider)}. Om du laddar det kan ${name} spara kakor och få uppgifter om ditt besök${transferTo === 'US' ? ' och föra över dem till USA' : ''}.`,
    privacy: 'Tjänstens dataskyddsbeskrivning',
    other: 'Annat inbäddat innehåll',
  },
  en: {
    load: {
      video: 'Load this video',
      map: 'Load this map',
      audio: 'Load this player',
      content: 'Load this content',
    },
    allow: { analytics: 'Allow analytics', marketing: 'Allow marketing' },
    explain: ({ name, provider, transferTo }) =>
      `This content comes from ${name}${by(provider)}. If you load it, ${name} may set cookies and learn about your visit${transferTo === 'US' ? ', and transfer that to the United States' : ''}.`,
    privacy: 'The service’s privacy policy',
    other: 'Other embedded content',
  },
};
