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
    'Basic functions of the site, such as the shopping cart, signing in and remembering this cookie choice. They cannot be switched off.',
  analytics: 'Analytics',
  analyticsText:
    'Tell us how the site is used so that we can improve it. The data is processed as statistics.',
  marketing: 'Marketing',
  marketingText:
    'Let us target ads and measure how well they work, on our own services and those of our advertising partners.',
  services: 'Services and cookies',
  cookie: 'Cookie',
  lifetime: 'Expires after',
  provider: 'Provider',
  session: 'the session',
  consentId: 'Consent ID',
  consentDate: 'Given',
  noticeTitle: 'Privacy notice',
  noticeLoading: 'Loading the privacy notice…',
  purposes: {
    seloste: 'Remembers your cookie choice.',
    googleAnalytics: 'Visitor statistics: which pages are viewed and how visitors find the site.',
    googleAds: 'Measuring Google ads and remarketing.',
    metaPixel: 'Targeting and measuring ads on Facebook and Instagram.',
    bingUet: 'Measuring Microsoft Bing ads and remarketing.',
  },
};

export default dialogs;
