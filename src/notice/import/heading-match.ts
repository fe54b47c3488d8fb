/**
 * Recognising the headings of published privacy notices: "3. Rekisterin nimi",
 * "REKISTERINPITÄJÄ:", "§ 5 Tietojen luovutus ja siirto", "Personuppgiftsansvarig", "Your rights".
 */
import { HEADINGS, type Headings } from '../headings.js';
import { editDistance, fold } from '../notice-schema.js';

/** What a heading can stand for: a known section, or a part of the security section. */
export type HeadingTarget = keyof Headings;

export interface HeadingMatch {
  id: HeadingTarget;
  /** Other sections the heading also names, e.g. transfers in "Tietojen luovutus ja siirto". */
  also: HeadingTarget[];
  /** `exact`: a known wording; `close`: a known wording with a typo or two; `keyword`: a guess. */
  how: 'exact' | 'close' | 'keyword';
}

/**
 * Wordings of each heading in fi, sv and en besides Seloste's own (HEADINGS). Those marked `~` are
 * vague: when a heading names two sections, the other one wins.
 */
const SYNONYMS: Record<HeadingTarget, string[]> = {
  controller: [
    'rekisterinpitäjä',
    'rekisterin pitäjä',
    'rekisterinpitäjän yhteystiedot',
    'rekisterinpitäjän nimi ja yhteystiedot',
    'rekisterinpitäjä ja sen yhteystiedot',
    'henkilötietojen rekisterinpitäjä',
    'personuppgiftsansvarig',
    'personuppgiftsansvarigs kontaktuppgifter',
    'den personuppgiftsansvarige',
    'registeransvarig',
    'registerförare',
    'data controller',
    'controller contact details',
    'register controller',
    '~who we are',
  ],
  contact: [
    'yhteyshenkilö',
    'rekisteriasioiden yhteyshenkilö',
    'rekisteriä koskevien asioiden yhteyshenkilö',
    'rekisteristä vastaava henkilö',
    'rekisteristä vastaava yhteyshenkilö',
    'yhteyshenkilö rekisteriasioissa',
    'kontaktperson',
    'kontaktperson i registerärenden',
    'kontaktperson för registret',
    'contact person',
    '~contact us',
    '~yhteydenotot',
  ],
  dpo: [
    'tietosuojavastaava',
    'tietosuojavastaavan yhteystiedot',
    'dataskyddsombud',
    'dataskyddsombudets kontaktuppgifter',
    'data protection officer',
    'dpo',
  ],
  registerName: ['rekisterin nimi', 'registrets namn', 'registrets benämning', 'register name'],
  purposes: [
    'rekisterin käyttötarkoitus',
    'henkilötietojen käyttötarkoitus',
    'henkilötietojen käsittelyn tarkoitukset',
    'käsittelyn tarkoitus',
    'tietojen käyttötarkoitus',
    'käyttötarkoitus',
    'mihin käytämme tietoja',
    'mihin käytämme henkilötietoja',
    'rekisterin pitämisen peruste ja käyttötarkoitus',
    'ändamålet med behandlingen',
    'ändamål med behandlingen',
    'registrets ändamål',
    'användningsändamål',
    'purpose of processing',
    'purpose of the processing',
    'purposes of the processing',
    'purpose of the register',
    'how we use your personal data',
    'how we use your data',
    '~purposes',
    '~purpose',
  ],
  legalBasis: [
    'käsittelyn oikeusperusteet',
    'henkilötietojen käsittelyn oikeusperuste',
    'henkilötietojen käsittelyn oikeusperusteet',
    'oikeusperuste',
    'oikeusperusteet',
    'käsittelyn peruste',
    'rekisterin pitämisen peruste',
    'rättslig grund',
    'rättslig grund för behandlingen av personuppgifter',
    'legal basis',
    'legal bases for processing',
    'lawful basis for processing',
    'lawful basis',
  ],
  dataSubjects: [
    'rekisteröityjen ryhmät',
    'rekisteröityjen ryhmä',
    'keiden tietoja käsittelemme',
    'keiden tietoja käsitellään',
    'registrerade personer',
    'kategorier av registrerade',
    'categories of data subjects',
  ],
  dataContent: [
    'rekisterin sisältämät tiedot',
    'rekisterin tietosisältö',
    'tietosisältö',
    'käsiteltävät henkilötiedot',
    'käsiteltävät tiedot',
    'mitä tietoja keräämme',
    'mitä tietoja käsittelemme',
    'kerättävät tiedot',
    'henkilötietoryhmät',
    '~keräämämme tiedot',
    'registrets innehåll',
    'personuppgifter som behandlas',
    'uppgifter som behandlas',
    'kategorier av personuppgifter',
    'personal data we process',
    'personal data we collect',
    'categories of personal data',
    'what data we collect',
    'data content',
    '~data we collect',
  ],
  retention: [
    'henkilötietojen säilytysaika',
    'säilytysaika',
    'tietojen säilyttäminen',
    'tietojen säilytys',
    'kuinka kauan tietoja säilytetään',
    'säilytysajat',
    'lagringstid',
    'lagring av uppgifter',
    'hur länge personuppgifterna sparas',
    'hur länge sparas uppgifterna',
    'retention period',
    'data retention',
    'retention of data',
    'how long we keep your data',
    'how long we keep your personal data',
  ],
  sources: [
    'tietolähteet',
    'säännönmukaiset tietolähteet',
    'tietojen lähteet',
    'mistä tiedot saadaan',
    'mistä saamme tiedot',
    'rekisterin tietolähteet',
    'uppgiftskällor',
    'regelbundna uppgiftskällor',
    'sources of data',
    'sources of personal data',
    'data sources',
    'where we get your data',
    '~sources',
  ],
  disclosures: [
    'tietojen säännönmukaiset luovutukset',
    'säännönmukaiset luovutukset',
    'tietojen luovutukset',
    'tietojen luovutus',
    'tietojen luovuttaminen',
    'henkilötietojen vastaanottajat',
    'tietojen vastaanottajat',
    'vastaanottajat',
    'utlämnande av uppgifter',
    'regelbundna utlämnanden',
    'mottagare av personuppgifter',
    'mottagare',
    'disclosure of data',
    'disclosures',
    'recipients of personal data',
    'recipients',
    'who we share your data with',
  ],
  transfers: [
    'tietojen siirto eu n tai eta n ulkopuolelle',
    'tietojen siirto eu n ulkopuolelle',
    'tietojen siirto eta n ulkopuolelle',
    'tietojen siirrot eu n tai eta n ulkopuolelle',
    'tietojen siirto kolmansiin maihin',
    'siirrot kolmansiin maihin',
    '~tietojen siirto',
    '~siirto',
    'överföring av uppgifter utanför eu',
    'överföring till tredje land',
    '~överföring',
    'transfers outside the eu',
    'transfers of data outside the eu',
    'international transfers',
    'transfers to third countries',
    '~transfers',
  ],
  security: [
    'rekisterin suojaus',
    'rekisterin suojausperiaatteet',
    'rekisterin suojaamisen periaatteet',
    'tietojen suojaus',
    'henkilötietojen suojaus',
    'tietoturva',
    'suojauksen periaatteet',
    'registrets skydd',
    'skydd av registret',
    'skyddet av personuppgifter',
    'datasäkerhet',
    'informationssäkerhet',
    'security',
    'data security',
    'how we protect your data',
    'how we protect your personal data',
    'security of processing',
  ],
  securityManual: [
    'manuaalinen aineisto',
    'manuaalisesti käsiteltävä aineisto',
    'manuaalisesti käsiteltävät tiedot',
    'manuellt material',
    'manuellt behandlat material',
    'manual records',
    'manual data',
    'manual material',
  ],
  securityElectronic: [
    'sähköisesti käsiteltävät tiedot',
    'sähköinen aineisto',
    'atk lla käsiteltävät tiedot',
    'atk lla käsiteltävät',
    'sähköisesti tallennetut tiedot',
    'digitaalinen aineisto',
    'elektroniskt material',
    'adb behandlade uppgifter',
    'electronic data',
    'electronic records',
    'electronically processed data',
  ],
  automatedDecisions: [
    'automaattinen päätöksenteko',
    'profilointi',
    'automaattinen päätöksenteko ja profilointi',
    'automatiserat beslutsfattande',
    'profilering',
    'automated decision making',
    'profiling',
  ],
  rights: [
    'rekisteröidyn oikeudet',
    'rekisteröidyn oikeudet ja niiden käyttäminen',
    'rekisteröidyn oikeuksien toteuttaminen',
    'sinun oikeutesi',
    'oikeutesi',
    'tarkastusoikeus',
    'oikeus tarkastaa tiedot',
    'dina rättigheter',
    'den registrerades rättigheter',
    'registrerades rättigheter',
    'rätt till insyn',
    'your rights',
    'data subject rights',
    'rights of the data subject',
    'your data protection rights',
  ],
  complaint: [
    'oikeus tehdä valitus',
    'valitusoikeus',
    'oikeus valittaa valvontaviranomaiselle',
    'valitus valvontaviranomaiselle',
    'rätt att klaga',
    'rätt att lämna klagomål',
    'klagomål',
    'right to complain',
    'right to lodge a complaint',
    'complaints',
  ],
  cookies: [
    'evästeet',
    'evästeiden käyttö',
    'evästekäytäntö',
    'evästeet ja vastaavat tekniikat',
    'kakor',
    'användning av kakor',
    'cookies',
    'use of cookies',
    'cookie policy',
  ],
  changes: [
    'muutokset tietosuojaselosteeseen',
    'muutokset tähän selosteeseen',
    'tietosuojaselosteen muuttaminen',
    'tietosuojaselosteen muutokset',
    'selosteen muutokset',
    'muutokset',
    'ändringar',
    'ändringar i dataskyddsbeskrivningen',
    'changes to this privacy notice',
    'changes to this privacy policy',
    'changes to this notice',
    'changes',
  ],
};

/**
 * Guesses by word, tried in this order when no wording matches: the first is the match, the
 * rest are named in `also`. Written for folded text (see `fold`).
 */
const KEYWORDS: [HeadingTarget, RegExp][] = [
  [
    'complaint',
    /valitu|valitta|valvontaviranomai|tietosuojavaltuutet|klagom|tillsynsmyndighet|complain|supervisory authority/,
  ],
  ['dpo', /tietosuojavastaava|dataskyddsombud|protection officer/],
  ['contact', /yhteyshenkilo|kontaktperson|contact person/],
  ['controller', /rekisterinpitaja|personuppgiftsansvarig|registeransvarig|\bcontroller/],
  [
    'automatedDecisions',
    /profiloi|automaattinen paatoksenteko|automatiserat|profilering|automated decision|profiling/,
  ],
  [
    'transfers',
    /\beu\b|\beta\b|\bees\b|\beea\b|kolmansiin maihin|kolmanteen maahan|tredje land|third countr|international transfer/,
  ],
  ['disclosures', /luovut|utlamn|disclos|vastaanottaj|mottagare|recipient|\bshar/],
  ['retention', /sailyt|lagring|sparas|bevara|retention|how long|kuinka kauan/],
  ['security', /suojau|suojaa|tietoturva|sakerhet|skydd|security|protect/],
  ['legalBasis', /oikeusperuste|peruste|rattslig grund|legal basis|lawful basis/],
  ['cookies', /evaste|kakor|cookie/],
  ['sources', /tietolahte|lahteet|kerataan|keraamme|kallor|\bsource|where we get|\bcollect/],
  [
    'dataContent',
    /tietosisalto|sisaltamat tiedot|kasiteltavat (henkilo)?tiedot|datainnehall|what data|kategorier av personuppgifter/,
  ],
  ['dataSubjects', /rekisteroidyt|rekisteroityjen ryhm|registrerade personer|data subjects/],
  ['rights', /oikeude|oikeutesi|rattighet|\brights?\b|tarkastusoikeus/],
  ['purposes', /tarkoitu|kayttotarkoitus|andamal|purpose|why we/],
  ['changes', /muutok|muuttaminen|andring|changes/],
];

interface Wording {
  id: HeadingTarget;
  folded: string;
  /** 1 for a clear wording, less for a vague one. */
  weight: number;
}

const WORDINGS: Wording[] = (Object.keys(SYNONYMS) as HeadingTarget[]).flatMap((id) => {
  const own = Object.values(HEADINGS).map((headings) => headings[id]);
  return [...own, ...SYNONYMS[id]].map((wording) => ({
    id,
    folded: fold(wording.replace(/^~/, '')),
    weight: wording.startsWith('~') ? 0.8 : 1,
  }));
});

/** How well `text` (folded) reads as `wording`: 1 when equal, down to 0.85 for a typo or two. */
function similarity(text: string, wording: string): number {
  if (text === wording) return 1;
  const longest = Math.max(text.length, wording.length);
  if (longest < 8) return 0;
  const distance = editDistance(text, wording, 3);
  const score = 1 - distance / longest;
  return distance <= 3 && score >= 0.85 ? score : 0;
}

interface Scored {
  id: HeadingTarget;
  score: number;
  exact: boolean;
}

/** The wordings by length: a wording more than three letters longer or shorter never matches. */
const BY_LENGTH = new Map<number, Wording[]>();
for (const wording of WORDINGS) {
  const list = BY_LENGTH.get(wording.folded.length);
  if (list) list.push(wording);
  else BY_LENGTH.set(wording.folded.length, [wording]);
}

function bestWording(text: string): Scored | undefined {
  let best: Scored | undefined;
  for (let length = text.length - 3; length <= text.length + 3; length++) {
    for (const wording of BY_LENGTH.get(length) ?? []) {
      const likeness = similarity(text, wording.folded);
      const score = likeness * wording.weight;
      if (likeness > 0 && (!best || score > best.score)) {
        best = { id: wording.id, score, exact: likeness === 1 };
      }
    }
  }
  return best;
}

/**
 * The heading's text without its numbering or trailing colon, and its number if it had one.
 *
 * @example cleanHeading('3) Rekisterin nimi:') // { text: 'Rekisterin nimi', number: 3 }
 * @example cleanHeading('§ 5 Tietojen luovutus') // { text: 'Tietojen luovutus', number: 5 }
 * @example cleanHeading('**REKISTERINPITÄJÄ**') // { text: 'REKISTERINPITÄJÄ' }
 */
export function cleanHeading(raw: string): { text: string; number?: number } {
  let text = raw
    .replace(/[*_]{2}|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  let number: number | undefined;
  const numbered =
    /^(?:§\s*(\d{1,2})\.?|(\d{1,2})\s*§|(\d{1,2})(?:\.\d{1,2})*[.)]?|([A-H])[.)])\s+(?=\S)/u.exec(
      text,
    );
  if (numbered) {
    const digits = numbered[1] ?? numbered[2] ?? numbered[3];
    if (digits) number = Number(digits);
    text = text.slice(numbered[0].length);
  }
  text = text.replace(/\s*[:.–—-]+$/u, '').trim();
  return number === undefined ? { text } : { text, number };
}

/**
 * The section a heading names, if any: first by a known wording (with some tolerance for typos),
 * then by the parts of a heading that names two ("Tietojen luovutus ja siirto"), then by a word
 * it contains. Expects a heading without its numbering (see `cleanHeading`).
 *
 * @example matchHeading('Rekisterin käyttötarkoitus') // { id: 'purposes', also: [], how: 'exact' }
 * @example matchHeading('Tietojen luovutus ja siirto') // { id: 'disclosures', also: ['transfers'], … }
 */
export function matchHeading(heading: string): HeadingMatch | undefined {
  const text = fold(heading);
  if (!text) return undefined;
  const whole = bestWording(text);
  if (whole) return { id: whole.id, also: [], how: whole.exact ? 'exact' : 'close' };

  const parts = text
    .split(/ (?:ja|seka|tai|and|or|och|samt) /)
    .map((part) => [part, bestWording(part)] as const)
    .filter((entry): entry is readonly [string, Scored] => entry[1] !== undefined);
  if (parts.length > 0) {
    const [, first] = parts.reduce((best, entry) =>
      entry[1].score > best[1].score ? entry : best,
    );
    const also = unique(parts.map(([, scored]) => scored.id)).filter((id) => id !== first.id);
    return { id: first.id, also, how: first.exact ? 'exact' : 'close' };
  }

  const guesses = unique(KEYWORDS.filter(([, pattern]) => pattern.test(text)).map(([id]) => id));
  if (guesses.length === 0) return undefined;
  return { id: guesses[0], also: guesses.slice(1), how: 'keyword' };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

const TITLE =
  /^(tietosuojaseloste|rekisteriseloste|tietosuojailmoitus|tietosuojakaytanto|tietosuojaperiaatteet|tietosuojalauseke|dataskyddsbeskrivning|registerbeskrivning|dataskyddsmeddelande|dataskyddspolicy|integritetspolicy|privacy (notice|policy|statement)|data protection (notice|policy))\b/;

/**
 * Whether a heading is the title of a whole notice ("Tietosuojaseloste", "Privacy notice").
 *
 * @example isNoticeTitle('TIETOSUOJASELOSTE — Asiakasrekisteri') // true
 */
export function isNoticeTitle(heading: string): boolean {
  return TITLE.test(fold(heading));
}
