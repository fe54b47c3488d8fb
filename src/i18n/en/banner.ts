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
};

export default banner;
