import type { BannerTexts } from '../texts.js';

const banner: BannerTexts = {
  bannerTitle: 'Käytämme evästeitä',
  bannerText:
    'Sivusto tarvitsee välttämättömiä evästeitä toimiakseen. Jos annat luvan, käytämme lisäksi analytiikkaevästeitä sivuston kehittämiseen ja markkinointievästeitä mainonnan kohdentamiseen ja mittaamiseen. Voit muuttaa valintaasi milloin tahansa.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  settings: 'Asetukset',
  noticeLink: 'Tietosuojaseloste',
};

export default banner;
