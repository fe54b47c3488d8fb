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
};

export default banner;
