import type { BannerTexts } from '../texts.js';

const banner: BannerTexts = {
  bannerTitle: 'Vi använder kakor',
  bannerText:
    'Nödvändiga kakor behövs för att webbplatsen ska fungera. Om du samtycker använder vi också analyskakor för att utveckla webbplatsen och marknadsföringskakor för att rikta och mäta annonser. Du kan ändra ditt val när som helst.',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  settings: 'Inställningar',
  noticeLink: 'Dataskyddsbeskrivning',
};

export default banner;
