import type { DialogTexts } from '../texts.js';

const dialogs: DialogTexts = {
  settingsTitle: 'Evästeasetukset',
  settingsIntro:
    'Valitse, mihin tarkoituksiin sallit evästeet ja vastaavat tekniikat. Voit muuttaa valintojasi milloin tahansa.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysOn: 'Aina käytössä',
  necessary: 'Välttämättömät',
  necessaryText:
    'Sivuston perustoiminnot, kuten ostoskori, kirjautuminen ja tämän evästevalinnan muistaminen. Näitä ei voi kytkeä pois.',
  analytics: 'Analytiikka',
  analyticsText:
    'Kertovat meille, miten sivustoa käytetään, jotta voimme kehittää sitä. Tiedot käsitellään tilastoina.',
  marketing: 'Markkinointi',
  marketingText:
    'Mahdollistavat mainosten kohdentamisen ja niiden tehon mittaamisen omissa ja mainoskumppaneidemme palveluissa.',
  services: 'Palvelut ja evästeet',
  cookie: 'Eväste',
  lifetime: 'Voimassa',
  provider: 'Palveluntarjoaja',
  session: 'istunnon ajan',
  consentId: 'Suostumuksen tunniste',
  consentDate: 'Annettu',
  noticeTitle: 'Tietosuojaseloste',
  noticeLoading: 'Ladataan tietosuojaselostetta…',
  purposes: {
    seloste: 'Muistaa evästevalintasi.',
    googleAnalytics: 'Kävijätilastot: mitä sivuja katsotaan ja miten sivustolle tullaan.',
    googleAds: 'Google-mainonnan tehon mittaus ja uudelleenmarkkinointi.',
    metaPixel: 'Facebook- ja Instagram-mainonnan kohdentaminen ja tehon mittaus.',
    bingUet: 'Microsoft Bing -mainonnan tehon mittaus ja uudelleenmarkkinointi.',
  },
};

export default dialogs;
