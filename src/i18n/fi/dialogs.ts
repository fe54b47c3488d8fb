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
    'Evästeet, joita sivusto tarvitsee toimiakseen, esimerkiksi tämän evästevalinnan muistamiseen. Näitä ei voi kytkeä pois.',
  analytics: 'Analytiikka',
  analyticsText:
    'Analytiikkaevästeet kertovat meille, miten sivustoa käytetään, jotta voimme kehittää sitä. Tiedot käsitellään tilastoina.',
  marketing: 'Markkinointi',
  marketingText:
    'Markkinointievästeiden avulla kohdennamme mainontaa ja mittaamme sen tehoa omissa ja mainoskumppaneidemme palveluissa.',
  services: 'Palvelut ja evästeet',
  servicesOn: '{on}/{all} palvelusta sallittu',
  cookie: 'Eväste',
  lifetime: 'Voimassa',
  session: 'istunnon ajan',
  consentId: 'Suostumuksen tunniste',
  consentDate: 'Annettu',
  noticeTitle: 'Tietosuojaseloste',
  noticeLoading: 'Ladataan tietosuojaselostetta…',
  noticeLoaded: 'Tietosuojaseloste on ladattu.',
  savedAnalytics: 'Valintasi on tallennettu: välttämättömät ja analytiikkaevästeet.',
  savedMarketing: 'Valintasi on tallennettu: välttämättömät ja markkinointievästeet.',
  reloadNote:
    'Kun tallennat, sivu ladataan uudelleen, jotta palvelut, joilta perut luvan, pysähtyvät.',
  gpcSettingsNote:
    'Selaimesi pyytää, ettei tietojasi käytetä mainontaan (Global Privacy Control). Siksi markkinointi on oletuksena pois päältä; voit silti sallia sen.',
  purposes: {
    seloste: 'Muistaa evästevalintasi.',
    googleAnalytics: 'Kävijätilastot: mitä sivuja katsotaan ja miten sivustolle tullaan.',
    googleAds: 'Google-mainonnan tehon mittaus ja uudelleenmarkkinointi.',
    googleTagManager: 'Lataa sivuston seuranta- ja mainostagit, ja välittää niille valintasi.',
    metaPixel: 'Facebook- ja Instagram-mainonnan kohdentaminen ja tehon mittaus.',
    bingUet: 'Microsoft Bing -mainonnan tehon mittaus ja uudelleenmarkkinointi.',
  },
};

export default dialogs;
