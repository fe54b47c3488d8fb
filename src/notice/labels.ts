import type { Lang } from '../core/types.js';

/** The notice view's own words, in the language the notice is shown in. */
export interface NoticeLabels {
  /**
   * A date as the notice shows it, from `YYYY-MM-DD`: written out here rather than with
   * `Intl.DateTimeFormat`, whose first use on a page costs a phone some 150 ms of the notice's
   * first paint (docs/notice.md).
   */
  date(iso: string): string;
  updated: string;
  created: string;
  contents: string;
  print: string;
  notFound: string;
  unavailable: string;
  invalid: string;
  openDirectly: string;
  retry: string;
  siteCookies: string;
  service: string;
  purpose: string;
  cookieColumn: string;
  transfer: string;
  noTransfer: string;
  countries: Record<string, string>;
  safeguards: string;
  yourChoice: string;
  allowed: string;
  refused: string;
  noChoice: string;
  changeSettings: string;
  businessId: string;
  phone: string;
  email: string;
  website: string;
}

const FI_MONTHS = 'tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu'.split(' ');
const SV_MONTHS =
  'januari februari mars april maj juni juli augusti september oktober november december'.split(
    ' ',
  );
const EN_MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** `2026-10-15` → `15 October 2026`, in the month names given. */
const dayMonthYear = (iso: string, months: readonly string[]) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${months[month! - 1]} ${year}`;
};

export const LABELS: Record<Lang, NoticeLabels> = {
  fi: {
    // 15. lokakuuta 2026
    date: (iso) => {
      const [year, month, day] = iso.split('-').map(Number);
      return `${day}. ${FI_MONTHS[month! - 1]}kuuta ${year}`;
    },
    updated: 'Päivitetty',
    created: 'Laadittu',
    contents: 'Sisällys',
    print: 'Tulosta',
    notFound: 'Tietosuojaselostetta ei löytynyt.',
    unavailable: 'Tietosuojaselostetta ei juuri nyt saatu ladattua.',
    invalid: 'Tietosuojaselosteessa on virhe, joten sitä ei voida näyttää tässä.',
    openDirectly: 'Näytä selosteen tiedosto',
    retry: 'Yritä uudelleen',
    siteCookies: 'Sivustolla käytetyt evästeet',
    service: 'Palvelu',
    purpose: 'Käyttötarkoitus',
    cookieColumn: 'Evästeet ja voimassaoloaika',
    transfer: 'Siirto ETA:n ulkopuolelle',
    noTransfer: 'Ei siirtoa',
    countries: { US: 'Yhdysvallat' },
    safeguards: 'EU:n ja Yhdysvaltojen välinen tietosuojakehys ja vakiosopimuslausekkeet',
    yourChoice: 'Valintasi',
    allowed: 'sallittu',
    refused: 'ei sallittu',
    noChoice: 'Et ole vielä tehnyt evästevalintaa.',
    changeSettings: 'Muuta evästeasetuksia',
    businessId: 'Y-tunnus',
    phone: 'Puhelin',
    email: 'Sähköposti',
    website: 'Verkkosivusto',
  },
  sv: {
    // 15 oktober 2026
    date: (iso) => dayMonthYear(iso, SV_MONTHS),
    updated: 'Uppdaterad',
    created: 'Upprättad',
    contents: 'Innehåll',
    print: 'Skriv ut',
    notFound: 'Dataskyddsbeskrivningen hittades inte.',
    unavailable: 'Dataskyddsbeskrivningen kunde inte laddas just nu.',
    invalid: 'Dataskyddsbeskrivningen innehåller ett fel och kan därför inte visas här.',
    openDirectly: 'Visa beskrivningens fil',
    retry: 'Försök igen',
    siteCookies: 'Kakor som används på webbplatsen',
    service: 'Tjänst',
    purpose: 'Ändamål',
    cookieColumn: 'Kakor och giltighetstid',
    transfer: 'Överföring utanför EES',
    noTransfer: 'Ingen överföring',
    countries: { US: 'USA' },
    safeguards: 'Dataskyddsramen mellan EU och USA samt standardavtalsklausuler',
    yourChoice: 'Ditt val',
    allowed: 'tillåten',
    refused: 'nekad',
    noChoice: 'Du har ännu inte gjort något val om kakor.',
    changeSettings: 'Ändra inställningarna för kakor',
    businessId: 'FO-nummer',
    phone: 'Telefon',
    email: 'E-post',
    website: 'Webbplats',
  },
  en: {
    // 15 October 2026
    date: (iso) => dayMonthYear(iso, EN_MONTHS),
    updated: 'Updated',
    created: 'Created',
    contents: 'Contents',
    print: 'Print',
    notFound: 'The privacy notice was not found.',
    unavailable: 'The privacy notice could not be loaded just now.',
    invalid: 'The privacy notice contains an error, so it cannot be shown here.',
    openDirectly: 'View the notice file',
    retry: 'Try again',
    siteCookies: 'Cookies used on this site',
    service: 'Service',
    purpose: 'Purpose',
    cookieColumn: 'Cookies and lifetime',
    transfer: 'Transfer outside the EEA',
    noTransfer: 'None',
    countries: { US: 'United States' },
    safeguards: 'EU–US Data Privacy Framework and standard contractual clauses',
    yourChoice: 'Your choice',
    allowed: 'allowed',
    refused: 'refused',
    noChoice: 'You have not made a cookie choice yet.',
    changeSettings: 'Change cookie settings',
    businessId: 'Business ID',
    phone: 'Phone',
    email: 'Email',
    website: 'Website',
  },
};
