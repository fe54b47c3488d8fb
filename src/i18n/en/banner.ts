import type { BannerTexts } from '../texts.js';

const banner: BannerTexts = {
  bannerTitle: 'We use cookies',
  bannerText:
    'With your permission we use analytics and marketing cookies to improve the site and target our ads. You can change your mind at any time.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  noticeLink: 'Privacy notice',
  savedAll: 'Your choice is saved: all cookies allowed.',
  savedNecessary: 'Your choice is saved: necessary cookies only.',
  gpcNote:
    'Your browser asks that your data is not used for advertising (Global Privacy Control): marketing cookies stay off unless you allow them in the settings.',
  savedGpc: 'Your choice has been saved: all cookies except marketing, as your browser asks.',
};

export default banner;
