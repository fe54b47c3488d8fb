import type { DialogTexts } from '../texts.js';

const dialogs: DialogTexts = {
  settingsTitle: 'Cookie settings',
  settingsIntro:
    'Choose the purposes for which you allow cookies and similar technologies. You can change your choices at any time.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  necessary: 'Necessary',
  necessaryText:
    'Cookies the site needs to work, such as the one that remembers this choice. They cannot be switched off.',
  analytics: 'Analytics',
  analyticsText:
    'Analytics cookies tell us how the site is used, so that we can improve it. The data is processed as statistics.',
  marketing: 'Marketing',
  marketingText:
    'Marketing cookies let us target ads and measure how well they work, on our own services and those of our advertising partners.',
  services: 'Services and cookies',
  servicesOn: '{on} of {all} services allowed',
  cookie: 'Cookie',
  lifetime: 'Expires after',
  session: 'the session',
  consentId: 'Consent ID',
  consentDate: 'Given on',
  noticeTitle: 'Privacy notice',
  noticeLoading: 'Loading the privacy notice…',
  noticeLoaded: 'The privacy notice has loaded.',
  savedAnalytics: 'Your choice is saved: necessary and analytics cookies.',
  savedMarketing: 'Your choice is saved: necessary and marketing cookies.',
  reloadNote: 'Saving reloads the page, so that the services you no longer allow stop.',
  gpcSettingsNote:
    'Your browser asks that your data is not used for advertising (Global Privacy Control), so marketing starts switched off; you can still allow it.',
  purposes: {
    seloste: 'Remembers your cookie choice.',
    googleAnalytics: 'Visitor statistics: which pages are viewed and how visitors find the site.',
    googleAds: 'Measuring Google ads and remarketing.',
    googleTagManager:
      'Loads the site’s measurement and advertising tags, and passes your choice on to them.',
    metaPixel: 'Targeting and measuring ads on Facebook and Instagram.',
    bingUet: 'Measuring Microsoft Bing ads and remarketing.',
  },
};

export default dialogs;
