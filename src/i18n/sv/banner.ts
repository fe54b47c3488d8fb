import type { BannerTexts } from '../texts.js';

const banner: BannerTexts = {
  bannerTitle: 'Vi använder kakor',
  bannerText:
    'Med ditt samtycke använder vi analys- och marknadsföringskakor för att förbättra webbplatsen och rikta reklam. Du kan ändra dig när som helst.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  settings: 'Inställningar',
  noticeLink: 'Dataskyddsbeskrivning',
  savedAll: 'Ditt val har sparats: alla kakor tillåts.',
  savedNecessary: 'Ditt val har sparats: endast nödvändiga kakor.',
  gpcNote:
    'Din webbläsare ber att dina uppgifter inte används för reklam (Global Privacy Control): kakor för marknadsföring förblir avstängda om du inte själv tillåter dem i inställningarna.',
  savedGpc: 'Ditt val har sparats: alla kakor utom marknadsföring, som din webbläsare ber om.',
};

export default banner;
