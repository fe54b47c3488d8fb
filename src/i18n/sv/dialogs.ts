import type { DialogTexts } from '../texts.js';

const dialogs: DialogTexts = {
  settingsTitle: 'Inställningar för kakor',
  settingsIntro:
    'Välj för vilka ändamål du tillåter kakor och liknande tekniker. Du kan ändra dina val när som helst.',
  save: 'Spara valen',
  close: 'Stäng',
  alwaysOn: 'Alltid på',
  necessary: 'Nödvändiga',
  necessaryText:
    'Webbplatsens grundfunktioner, som varukorgen, inloggningen och att ditt val av kakor sparas. De kan inte stängas av.',
  analytics: 'Analys',
  analyticsText:
    'Visar oss hur webbplatsen används så att vi kan förbättra den. Uppgifterna behandlas som statistik.',
  marketing: 'Marknadsföring',
  marketingText:
    'Gör det möjligt att rikta annonser och mäta deras effekt i våra egna tjänster och hos våra annonspartner.',
  services: 'Tjänster och kakor',
  cookie: 'Kaka',
  lifetime: 'Giltighetstid',
  provider: 'Leverantör',
  session: 'under sessionen',
  consentId: 'Samtyckes-id',
  consentDate: 'Givet',
  noticeTitle: 'Dataskyddsbeskrivning',
  noticeLoading: 'Dataskyddsbeskrivningen laddas…',
  purposes: {
    seloste: 'Kommer ihåg ditt val av kakor.',
    googleAnalytics: 'Besöksstatistik: vilka sidor som visas och hur besökarna hittar hit.',
    googleAds: 'Effektmätning och remarketing för annonser på Google.',
    metaPixel: 'Inriktning och effektmätning av annonser på Facebook och Instagram.',
    bingUet: 'Effektmätning och remarketing för annonser på Microsoft Bing.',
  },
};

export default dialogs;
