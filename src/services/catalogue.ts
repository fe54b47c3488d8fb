/**
 * The built-in catalogue: common services an owner names by id in `data-services`, as data.
 * What the visitor is told about each (in the settings, the notice's cookie table and an embed's
 * placeholder); how the scriptable ones load is in `snippets.ts`. The embed entries (`youtube`,
 * `vimeo`, `google-maps`, the ids of `core/embeds.ts`) are information only: their iframes load
 * through the placeholders.
 *
 * Facts were checked against the vendors' documentation in 2026 (sources in docs/services.md).
 * `cookies` are those the visitor can see; a lifetime of minutes is rounded up to one day, as the
 * table counts in days. `patterns` name the first-party cookies to delete on withdrawal: an
 * embed's cookies live on the provider's own domain, out of a script's reach, so it has none.
 */
import type { ServiceInfo } from '../core/services.js';

/** The EU–US Data Privacy Framework, for providers whose US parent is certified under it. */
const DPF = {
  fi: 'EU:n ja Yhdysvaltojen välinen tietosuojakehys (Data Privacy Framework)',
  sv: 'Dataskyddsramen mellan EU och USA (Data Privacy Framework)',
  en: 'EU–US Data Privacy Framework',
};

const SCC = {
  fi: 'EU:n komission vakiosopimuslausekkeet',
  sv: 'EU-kommissionens standardavtalsklausuler',
  en: "The European Commission's standard contractual clauses",
};

const GOOGLE = 'Google Ireland Limited';
const GOOGLE_PRIVACY = 'https://policies.google.com/privacy';

/** What an ad pixel does, in each language, for the platform named `ads` ("TikTok"). */
const pixel = (ads: string) => ({
  fi: `Kertoo ${ads}ille, mitä teet sivustollamme ${ads}-mainostemme jälkeen, jotta mainokset voidaan mitata ja kohdistaa sinulle ja samankaltaisille ihmisille.`,
  sv: `Berättar för ${ads} vad du gör på vår webbplats efter våra annonser på ${ads}, så att annonserna kan mätas och riktas till dig och liknande personer.`,
  en: `Tells ${ads} what you do on our site after seeing our ${ads} ads, so the ads can be measured and shown to you and people like you.`,
});

export const CATALOGUE: readonly ServiceInfo[] = [
  {
    id: 'hotjar',
    category: 'analytics',
    name: 'Hotjar',
    provider: 'Hotjar Ltd',
    purpose: {
      fi: 'Tallentaa, miten kävijät vierittävät, klikkaavat ja liikkuvat sivuillamme (lämpökartat ja istuntotallenteet), jotta näemme, mitä kannattaa parantaa.',
      sv: 'Registrerar hur besökare skrollar, klickar och rör sig på våra sidor (värmekartor och sessionsinspelningar), så att vi ser vad som bör förbättras.',
      en: 'Records how visitors scroll, click and move around our pages (heatmaps and session recordings), so we can see what to improve.',
    },
    privacyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
    cookies: [
      { name: '_hjSessionUser_<id>', days: 365 },
      { name: '_hjSession_<id>', days: 1 },
    ],
    patterns: ['_hj*'],
  },
  {
    id: 'clarity',
    category: 'analytics',
    name: 'Microsoft Clarity',
    provider: 'Microsoft Ireland Operations Limited',
    purpose: {
      fi: 'Microsoftin lämpökartat ja istuntotallenteet: miten kävijät klikkaavat ja vierittävät sivuillamme, jotta näemme, mitä kannattaa parantaa.',
      sv: 'Microsofts värmekartor och sessionsinspelningar: hur besökare klickar och skrollar på våra sidor, så att vi ser vad som bör förbättras.',
      en: "Microsoft's heatmaps and session recordings: how visitors click and scroll on our pages, so we can see what to improve.",
    },
    transferTo: 'US',
    safeguards: DPF,
    privacyUrl: 'https://privacy.microsoft.com/privacystatement',
    cookies: [
      { name: '_clck', days: 365 },
      { name: '_clsk', days: 1 },
    ],
    patterns: ['_clck', '_clsk'],
  },
  {
    id: 'linkedin',
    category: 'marketing',
    name: 'LinkedIn Insight Tag',
    provider: 'LinkedIn Ireland Unlimited Company',
    purpose: {
      fi: 'Kertoo LinkedInille, millä sivuilla sen jäsenet käyvät mainostemme jälkeen, jotta mainokset voidaan mitata ja näyttää samankaltaisille ammattilaisille.',
      sv: 'Berättar för LinkedIn vilka sidor dess medlemmar besöker efter våra annonser, så att annonserna kan mätas och visas för liknande yrkespersoner.',
      en: 'Tells LinkedIn which pages its members visit after our ads, so the ads can be measured and shown to similar professionals.',
    },
    transferTo: 'US',
    safeguards: DPF,
    privacyUrl: 'https://www.linkedin.com/legal/privacy-policy',
    cookies: [
      { name: 'li_fat_id', days: 30 },
      { name: 'li_giant', days: 7 },
    ],
    patterns: ['li_fat_id', 'li_giant', 'ln_or'],
  },
  {
    id: 'tiktok',
    category: 'marketing',
    name: 'TikTok Pixel',
    provider: 'TikTok Technology Limited',
    purpose: pixel('TikTok'),
    // TikTok names remote access from China among its transfers, under these clauses.
    transferTo: 'CN',
    safeguards: SCC,
    privacyUrl: 'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    cookies: [
      { name: '_ttp', days: 390 },
      { name: '_tt_enable_cookie', days: 390 },
    ],
    patterns: ['_ttp', '_tt_enable_cookie', 'ttcsid*'],
  },
  {
    id: 'leadfeeder',
    // It names the companies that visit, for sales: no measurement of the site itself.
    category: 'marketing',
    name: 'Leadfeeder',
    provider: 'Leadfeeder Oy (Dealfront)',
    purpose: {
      fi: 'Päättelee käynnin verkko-osoitteesta, mistä yrityksestä se tulee, ja näyttää meille yrityksen lukemat sivut myyntityötämme varten.',
      sv: 'Avgör utifrån besökets nätverksadress vilket företag det kommer från och visar oss vilka sidor företaget läste, för vårt säljarbete.',
      en: "Works out from a visit's network address which company it comes from, and shows us the pages that company read, for our sales work.",
    },
    privacyUrl: 'https://www.leadfeeder.com/privacy/',
    cookies: [{ name: '_lfa', days: 365 }],
    patterns: ['_lfa*'],
  },
  {
    id: 'snap',
    category: 'marketing',
    name: 'Snap Pixel',
    provider: 'Snap B.V.',
    purpose: pixel('Snapchat'),
    transferTo: 'US',
    safeguards: DPF,
    privacyUrl: 'https://values.snap.com/privacy/privacy-policy',
    cookies: [
      { name: '_scid', days: 390 },
      { name: '_sctr', days: 365 },
    ],
    patterns: ['_scid*', '_sctr', '_schn'],
  },
  {
    id: 'pinterest',
    category: 'marketing',
    name: 'Pinterest Tag',
    provider: 'Pinterest Europe Limited',
    purpose: pixel('Pinterest'),
    transferTo: 'US',
    safeguards: DPF,
    privacyUrl: 'https://policy.pinterest.com/privacy-policy',
    cookies: [
      { name: '_pin_unauth', days: 365 },
      { name: '_epik', days: 365 },
    ],
    patterns: ['_pin_unauth', '_pinterest_ct_ua', '_epik', '_derived_epik'],
  },
  {
    id: 'youtube',
    category: 'marketing',
    name: 'YouTube',
    provider: GOOGLE,
    purpose: {
      fi: 'Näyttää sivuillemme upotetut videot. Video ladataan Googlen YouTubesta, joka saa IP-osoitteesi ja katselutietosi ja voi käyttää niitä mainontaan.',
      sv: 'Visar videor inbäddade på våra sidor. Videon hämtas från Googles YouTube, som får din IP-adress och vad du tittar på och kan använda det för annonser.',
      en: "Shows videos embedded on our pages. A video loads from Google's YouTube, which receives your IP address and what you watch and may use them for ads.",
    },
    transferTo: 'US',
    safeguards: DPF,
    privacyUrl: GOOGLE_PRIVACY,
    cookies: [
      { name: 'YSC', days: 0 },
      { name: 'VISITOR_INFO1_LIVE', days: 180 },
    ],
    patterns: [],
  },
  {
    id: 'vimeo',
    category: 'marketing',
    name: 'Vimeo',
    provider: 'Vimeo.com, Inc.',
    purpose: {
      fi: 'Näyttää sivuillemme upotetut videot. Video ladataan Vimeosta, joka saa IP-osoitteesi ja katselutietosi; pyydämme sitä olemaan seuraamatta sinua.',
      sv: 'Visar videor inbäddade på våra sidor. Videon hämtas från Vimeo, som får din IP-adress och vad du tittar på; vi ber Vimeo att inte spåra dig.',
      en: 'Shows videos embedded on our pages. A video loads from Vimeo, which receives your IP address and what you watch; we ask it not to track you.',
    },
    transferTo: 'US',
    safeguards: DPF,
    privacyUrl: 'https://vimeo.com/privacy',
    // Loaded with `dnt=1` (core/embeds.ts), the player sets no cookies.
    cookies: [],
    patterns: [],
  },
  {
    id: 'google-maps',
    category: 'marketing',
    name: 'Google Maps',
    provider: GOOGLE,
    purpose: {
      fi: 'Näyttää sivuillemme upotetut kartat. Kartta ladataan Googlelta, joka saa IP-osoitteesi ja voi yhdistää sen Google-tiliisi ja mainontaan.',
      sv: 'Visar kartor inbäddade på våra sidor. Kartan hämtas från Google, som får din IP-adress och kan koppla den till ditt Google-konto och till annonser.',
      en: 'Shows maps embedded on our pages. A map loads from Google, which receives your IP address and may link it to your Google account and to ads.',
    },
    transferTo: 'US',
    safeguards: DPF,
    privacyUrl: GOOGLE_PRIVACY,
    cookies: [{ name: 'NID', days: 180 }],
    patterns: [],
  },
];

/**
 * The catalogue entry of `id`, if there is one.
 *
 * @example
 * catalogueService('hotjar')?.name // 'Hotjar'
 */
export const catalogueService = (id: string): ServiceInfo | undefined =>
  CATALOGUE.find((service) => service.id === id);
