import type { BannerTexts } from '../texts.js';

const banner: BannerTexts = {
  bannerTitle: 'Käytämme evästeitä',
  bannerText:
    'Käytämme luvallasi analytiikka- ja markkinointievästeitä sivuston kehittämiseen ja mainosten kohdentamiseen. Voit perua luvan milloin tahansa.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  settings: 'Asetukset',
  noticeLink: 'Tietosuojaseloste',
  savedAll: 'Valintasi on tallennettu: kaikki evästeet sallittu.',
  savedNecessary: 'Valintasi on tallennettu: vain välttämättömät evästeet.',
  gpcNote:
    'Selaimesi pyytää, ettei tietojasi käytetä mainontaan (Global Privacy Control): markkinointievästeet pysyvät pois päältä, ellet itse salli niitä asetuksista.',
  savedGpc:
    'Valintasi on tallennettu: kaikki evästeet paitsi markkinointi, kuten selaimesi pyytää.',
};

export default banner;
