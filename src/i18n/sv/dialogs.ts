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
    'Kakor som webbplatsen behöver för att fungera, till exempel för att komma ihåg det här valet. De kan inte stängas av.',
  analytics: 'Analys',
  analyticsText:
    'Analyskakor visar oss hur webbplatsen används så att vi kan förbättra den. Uppgifterna behandlas som statistik.',
  marketing: 'Marknadsföring',
  marketingText:
    'Med marknadsföringskakor riktar vi annonser och mäter deras effekt i våra egna tjänster och hos våra annonspartner.',
  services: 'Tjänster och kakor',
  servicesOn: '{on} av {all} tjänster tillåtna',
  cookie: 'Kaka',
  lifetime: 'Giltighetstid',
  session: 'under sessionen',
  consentId: 'Samtyckes-id',
  consentDate: 'Samtycket gavs',
  noticeTitle: 'Dataskyddsbeskrivning',
  noticeLoading: 'Dataskyddsbeskrivningen laddas…',
  noticeLoaded: 'Dataskyddsbeskrivningen har laddats.',
  savedAnalytics: 'Ditt val har sparats: nödvändiga kakor och analyskakor.',
  savedMarketing: 'Ditt val har sparats: nödvändiga kakor och marknadsföringskakor.',
  reloadNote: 'När du sparar laddas sidan om, så att de tjänster du inte längre godkänner stannar.',
  gpcSettingsNote:
    'Din webbläsare ber att dina uppgifter inte används för reklam (Global Privacy Control). Därför är marknadsföring avstängd från början; du kan ändå tillåta den.',
  purposes: {
    seloste: 'Kommer ihåg ditt val av kakor.',
    googleAnalytics: 'Besöksstatistik: vilka sidor som visas och hur besökarna hittar hit.',
    googleAds: 'Effektmätning och remarketing för annonser på Google.',
    googleTagManager:
      'Laddar webbplatsens taggar för statistik och marknadsföring och förmedlar ditt val till dem.',
    metaPixel: 'Inriktning och effektmätning av annonser på Facebook och Instagram.',
    bingUet: 'Effektmätning och remarketing för annonser på Microsoft Bing.',
  },
};

export default dialogs;
