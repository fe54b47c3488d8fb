import type { BannerTexts } from '../texts.js';

const banner: BannerTexts = {
  bannerTitle: 'We use cookies',
  bannerText:
    'This site needs some cookies to work. With your permission we also use analytics cookies to improve the site and marketing cookies to target and measure our ads. You can change your choice at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  noticeLink: 'Privacy notice',
};

export default banner;
