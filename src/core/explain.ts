/**
 * The console's words for configuration problems (`Problem`s from `config.ts`): a chunk of its
 * own, fetched only on a page whose tag has something wrong, so the rules travel to every page
 * view and their explanations only to the pages that need them.
 */
import type { Problem } from './config.js';

/** What each attribute expects, by key or by the reason a problem names. */
const EXPECTED: Record<string, string> = {
  ga4: 'an id like G-XXXXXXX',
  googleAds: 'an id like AW-123456789',
  metaPixel: 'an id like 1234567890',
  bingUet: 'an id like 12345678',
  gtm: 'an id like GTM-XXXXXXX',
  gtmCategory: 'analytics | marketing',
  one: 'one tag id',
  lang: 'fi | sv | en',
  consentDays: 'whole days from 1 to 400',
  revision: 'at most 100 characters',
  url: 'a path on this site or an https URL',
  // Written out rather than imported, so this chunk shares no module with the app chunk
  // (explain.test.ts checks them against config.ts).
  layout: 'bar | box-left | box-right | center',
  theme: 'auto | light | dark',
  reloadOnRevoke: 'true | false',
  gpc: 'honour | ignore',
};

/** Problems of the page rather than of one attribute: `[!name, detail, detail]`. */
const WIDGET: Record<string, (a: string, b: string) => string> = {
  '!tag': () => 'cannot find its own <script> tag; using the defaults.',
  '!twice': () => 'is on this page twice; the first tag runs, this one does nothing.',
  '!open': (target) => `data-seloste-open="${target}" ignored: expected settings | notice.`,
  '!cookie': (name, raw) =>
    `the consent cookie "${name}" holds "${raw}", not a decision of Seloste; asking again.`,
  '!copies': (name, count) =>
    `the cookie "${name}" is there ${count} times with different values; asking again.`,
  '!gated': (script, why) => `${script} never runs: ${GATED[why]}`,
  // Declared services are checked in the services chunk, which words its own messages.
  '!service': (message) => message,
};

/** Why a gated site script (`!gated`) never runs. */
const GATED: Record<string, string> = {
  necessary: 'a necessary script needs no gating; drop its type="text/plain".',
  category: 'expected data-seloste-category="analytics | marketing".',
  nonce: 'on a page with a CSP nonce, a gated script needs the nonce too.',
};

/** `gtagSrc` → `data-gtag-src` */
export const attributeName = (key: string): string =>
  'data-' + key.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/**
 * One console message for a problem, on a page at `hostname`.
 *
 * @example
 * explain(['ga4', 'UA-1-1'], 'shop.example.fi')
 * // 'data-ga4="UA-1-1" ignored: expected an id like G-XXXXXXX.'
 */
export function explain([key, value, reason]: Problem, hostname: string): string {
  const widget = WIDGET[key];
  if (widget) return widget(value ?? '', reason ?? '');
  if (value === undefined) return `${attributeName(key)} ignored: not an attribute of Seloste.`;
  const expected =
    key === 'cookieDomain'
      ? `this site's domain (the page is on ${hostname})`
      : EXPECTED[reason ?? key];
  return `${attributeName(key)}="${value}" ignored: expected ${expected}.`;
}
