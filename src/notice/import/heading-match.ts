/**
 * Recognising the headings of published privacy notices, in Finnish, Swedish and English:
 * "3. Rekisterin nimi", "REKISTERINPITÄJÄ:", "§ 5 Tietojen luovutus ja siirto", the old
 * Henkilötietolaki (523/1999) register-form headings and their Swedish registerbeskrivning
 * wording, and question headings ("Mihin tarkoituksiin rekisteriä käytetään?").
 */
import type { Lang } from '../../core/types.js';
import { HEADINGS, type Headings } from '../headings.js';
import { editDistance, fold } from '../text.js';

/** What a heading can stand for: a known section, or a part of the security section. */
export type HeadingTarget = keyof Headings;

export interface HeadingMatch {
  id: HeadingTarget;
  /** Other sections the heading also names, e.g. transfers in "Tietojen luovutus ja siirto". */
  also: HeadingTarget[];
  /** `exact`: a known wording; `close`: a known wording with a typo or two; `keyword`: a guess. */
  how: 'exact' | 'close' | 'keyword';
  /** The language of the wording it matched, when it matched one. */
  lang?: Lang;
}

type Wordings = Partial<Record<Lang, string[]>>;

/**
 * Wordings of each heading besides Seloste's own (HEADINGS), by language. Those marked `~` are
 * vague: when a heading names two sections, the other one wins.
 */
const SYNONYMS: Record<HeadingTarget, Wordings> = {
  controller: {
    fi: [
      'rekisterinpitäjä',
      'rekisterinpitäjät',
      'rekisterin pitäjä',
      'rekisterinpitäjän nimi',
      'rekisterinpitäjän yhteystiedot',
      'rekisterinpitäjän nimi ja yhteystiedot',
      'rekisterinpitäjä ja sen yhteystiedot',
      'rekisterinpitäjä ja yhteystiedot',
      'henkilötietojen rekisterinpitäjä',
      'rekisterin ylläpitäjä',
      'rekisterin omistaja',
      'kuka on rekisterinpitäjä',
    ],
    sv: [
      'personuppgiftsansvarig',
      'personuppgiftsansvarige',
      'personuppgiftsansvarigs kontaktuppgifter',
      'den personuppgiftsansvarige',
      'registeransvarig',
      'registeransvarige',
      'den registeransvarige',
      'den registeransvariges namn',
      'registerförare',
      'registerförarens namn',
      'registerhållare',
    ],
    en: [
      'data controller',
      'controller contact details',
      'register controller',
      'registrar',
      'register keeper',
      'who is the controller',
      '~who we are',
    ],
  },
  contact: {
    fi: [
      'yhteyshenkilö',
      'yhteyshenkilöt',
      'rekisteriasioiden yhteyshenkilö',
      'rekisteriä koskevien asioiden yhteyshenkilö',
      'yhteyshenkilö rekisteriä koskevissa asioissa',
      'yhteyshenkilö rekisteriin liittyvissä asioissa',
      'yhteyshenkilö rekisteriasioissa',
      'rekisteristä vastaava henkilö',
      'rekisteristä vastaava yhteyshenkilö',
      'rekisteriasioista vastaava henkilö',
      'rekisteriasioista vastaava henkilö ja tai yhteyshenkilö',
      'rekisteriasioita hoitava henkilö',
      'vastaava henkilö',
      'yhteysosoite rekisteriä koskevissa asioissa',
      'yhteydenotot rekisteriä koskevissa asioissa',
      '~yhteydenotot',
    ],
    sv: [
      'kontaktperson',
      'kontaktpersoner',
      'kontaktperson i registerärenden',
      'kontaktperson för registret',
      'kontaktperson i ärenden som gäller registret',
      'person som ansvarar för registerärenden',
      'person som ansvarar för registerärenden och eller kontaktperson',
      'ansvarig person',
    ],
    en: [
      'contact person',
      'contact persons',
      'contact person for the register',
      '~contact us',
      '~contact',
    ],
  },
  dpo: {
    fi: ['tietosuojavastaava', 'tietosuojavastaavan yhteystiedot'],
    sv: ['dataskyddsombud', 'dataskyddsombudet', 'dataskyddsombudets kontaktuppgifter'],
    en: ['data protection officer', 'dpo', 'contact details of the data protection officer'],
  },
  registerName: {
    fi: ['rekisterin nimi', 'rekisterin nimi ja tarkoitus'],
    sv: ['registrets namn', 'registrets benämning'],
    en: ['register name', 'name of register'],
  },
  purposes: {
    fi: [
      'rekisterin käyttötarkoitus',
      'henkilötietojen käyttötarkoitus',
      'henkilötietojen käsittelyn tarkoitukset',
      'henkilötietojen käsittelyn tarkoitus ja rekisterin käyttötarkoitus',
      'henkilötietojen käsittelyn tarkoitus rekisterin käyttötarkoitus',
      'käsittelyn tarkoitus',
      'käsittelyn tarkoitukset',
      'tietojen käyttötarkoitus',
      'käyttötarkoitus',
      'mihin käytämme tietoja',
      'mihin käytämme henkilötietoja',
      'mihin käytämme henkilötietojasi',
      'mihin tarkoituksiin rekisteriä käytetään',
      'mihin tietojasi käytetään',
      'miksi käsittelemme henkilötietojasi',
      'rekisterin tarkoitus',
    ],
    sv: [
      'ändamålet med behandlingen',
      'ändamål med behandlingen',
      'ändamålet med behandlingen av personuppgifter',
      'syftet med behandlingen av personuppgifter',
      'syftet med behandlingen',
      'registrets ändamål',
      'användningsändamål',
      'registrets användningsändamål',
      'syfte med användning av uppgifter',
      'varför behandlar vi dina personuppgifter',
    ],
    en: [
      'purpose of processing',
      'purpose of the processing',
      'purposes of the processing',
      'purpose of the register',
      'purpose of data use',
      'how we use your personal data',
      'how we use your data',
      'how we use your information',
      'why we process your data',
      '~purposes',
      '~purpose',
    ],
  },
  legalBasis: {
    fi: [
      'käsittelyn oikeusperusteet',
      'henkilötietojen käsittelyn oikeusperuste',
      'henkilötietojen käsittelyn oikeusperusteet',
      'oikeusperuste',
      'oikeusperusteet',
      'käsittelyn peruste',
      'käsittelyn perusteet',
      'rekisterin pitämisen peruste',
      'tietojen keräämisen ja käsittelyn peruste',
      'millä perusteella käsittelemme tietoja',
    ],
    sv: [
      'rättslig grund',
      'rättslig grund för behandlingen av personuppgifter',
      'grunden för behandlingen',
      'laglig grund',
    ],
    en: [
      'legal basis',
      'legal bases for processing',
      'legal basis for processing personal data',
      'lawful basis for processing',
      'lawful basis',
      'legal grounds for processing',
    ],
  },
  dataSubjects: {
    fi: [
      'rekisteröityjen ryhmät',
      'rekisteröityjen ryhmä',
      'rekisteröityjen ryhmä tai ryhmät',
      'kuvaus rekisteröityjen ryhmästä',
      'keiden tietoja käsittelemme',
      'keiden tietoja käsitellään',
      'keitä rekisteri koskee',
    ],
    sv: ['registrerade personer', 'kategorier av registrerade', 'grupper av registrerade'],
    en: ['categories of data subjects', 'whose data we process'],
  },
  dataContent: {
    fi: [
      'rekisterin sisältämät tiedot',
      'rekisterin tietosisältö',
      'tietosisältö',
      'käsiteltävät henkilötiedot',
      'käsiteltävät tiedot',
      'mitä tietoja keräämme',
      'mitä tietoja käsittelemme',
      'mitä henkilötietoja käsittelemme',
      'minkälaisia tietoja rekisteri sisältää',
      'kerättävät tiedot',
      'henkilötietoryhmät',
      'henkilötiedot',
      'rekisterin sisältö',
      '~keräämämme tiedot',
    ],
    sv: [
      'registrets innehåll',
      'registrets datainnehåll',
      'registrets informationsinnehåll',
      'uppgifter som ingår i registret',
      'personuppgifter som behandlas',
      'uppgifter som behandlas',
      'kategorier av personuppgifter',
      'personuppgifter',
      'vilka personuppgifter behandlar vi',
      'uppgifter vi samlar in',
      'vilka uppgifter samlar vi in',
    ],
    en: [
      'personal data we process',
      'personal data we collect',
      'information we collect',
      'the information we collect',
      'personal information we collect',
      'information we collect about you',
      'what information we collect',
      'data we collect',
      'categories of personal data',
      'what data we collect',
      'data content',
      'personal data',
    ],
  },
  retention: {
    fi: [
      'henkilötietojen säilytysaika',
      'säilytysaika',
      'tietojen säilyttäminen',
      'tietojen säilytys',
      'kuinka kauan tietoja säilytetään',
      'säilytysajat',
      'tietojen poistaminen',
      'henkilötietojen säilyttämisaika',
    ],
    sv: [
      'lagringstid',
      'lagring av uppgifter',
      'hur länge personuppgifterna sparas',
      'hur länge sparas uppgifterna',
      'bevarandetid',
    ],
    en: [
      'retention period',
      'data retention',
      'retention of data',
      'how long we keep your data',
      'how long we keep your personal data',
    ],
  },
  sources: {
    fi: [
      'tietolähteet',
      'säännönmukaiset tietolähteet',
      'tietojen lähteet',
      'mistä tiedot saadaan',
      'mistä saamme tiedot',
      'rekisterin tietolähteet',
      'tietojen kerääminen',
    ],
    sv: [
      'uppgiftskällor',
      'regelbundna uppgiftskällor',
      'regelmässiga informationskällor',
      'regelmässiga uppgiftskällor',
      'informationskällor',
    ],
    en: [
      'sources of data',
      'sources of personal data',
      'data sources',
      'where we get your data',
      '~sources',
    ],
  },
  disclosures: {
    fi: [
      'tietojen säännönmukaiset luovutukset',
      'säännönmukaiset luovutukset',
      'säännönmukaiset tietojen luovutukset',
      'tietojen luovutukset',
      'tietojen luovutus',
      'tietojen luovuttaminen',
      'henkilötietojen vastaanottajat',
      'tietojen vastaanottajat',
      'vastaanottajat',
      'vastaanottajaryhmät',
      'rekisterin tietojen luovutukset ulkopuolisille',
      'henkilötietojen käsittelijät',
      'tietojen käsittelijät',
      'käsittelijät ja alihankkijat',
    ],
    sv: [
      'utlämnande av uppgifter',
      'regelbundna utlämnanden',
      'regelbundna utlämnanden av uppgifter',
      'regelmässigt utlämnande av uppgifter',
      'regelmässig överlåtelse av uppgifter',
      'överlåtelse av uppgifter',
      'mottagare av personuppgifter',
      'mottagare',
      'personuppgiftsbiträden',
    ],
    en: [
      'disclosure of data',
      'disclosures',
      'recipients of personal data',
      'recipients',
      'who we share your data with',
      'processors',
      'data processors',
      'sharing your information',
    ],
  },
  transfers: {
    fi: [
      'tietojen siirto eu n tai eta n ulkopuolelle',
      'tietojen siirto eu n ulkopuolelle',
      'tietojen siirto eta n ulkopuolelle',
      'tietojen siirrot eu n tai eta n ulkopuolelle',
      'tietojen siirto kolmansiin maihin',
      'siirrot kolmansiin maihin',
      '~tietojen siirto',
      '~siirto',
    ],
    sv: [
      'överföring av uppgifter utanför eu',
      'överföring av uppgifter till länder utanför eu eller ees',
      'överföring till tredje land',
      '~överföring',
    ],
    en: [
      'transfers outside the eu',
      'transfers of data outside the eu',
      'international transfers',
      'transfers to third countries',
      '~transfers',
    ],
  },
  security: {
    fi: [
      'rekisterin suojaus',
      'rekisterin suojausperiaatteet',
      'rekisterin suojaamisen periaatteet',
      'rekisterin suojauksen perusteet',
      'tietojen suojaus',
      'henkilötietojen suojaus',
      'tietoturva',
      'suojauksen periaatteet',
    ],
    sv: [
      'registrets skydd',
      'skydd av registret',
      'principer för skydd av registret',
      'principerna för skydd av registret',
      'skyddet av personuppgifter',
      'datasäkerhet',
      'informationssäkerhet',
    ],
    en: [
      'security',
      'data security',
      'how we protect your data',
      'how we protect your personal data',
      'security of processing',
    ],
  },
  securityManual: {
    fi: [
      'manuaalinen aineisto',
      'manuaalisesti käsiteltävä aineisto',
      'manuaalisesti käsiteltävät tiedot',
      'manuaalisesti säilytettävä aineisto',
    ],
    sv: ['manuellt material', 'manuellt behandlat material', 'manuellt behandlade uppgifter'],
    en: ['manual records', 'manual data', 'manual material'],
  },
  securityElectronic: {
    fi: [
      'sähköisesti käsiteltävät tiedot',
      'sähköinen aineisto',
      'atk lla käsiteltävät tiedot',
      'atk lle talletetut tiedot',
      'atk lla käsiteltävät',
      'atk aineisto',
      'sähköisesti tallennetut tiedot',
      'sähköisesti säilytettävät tiedot',
      'digitaalinen aineisto',
    ],
    sv: [
      'elektroniskt material',
      'adb behandlade uppgifter',
      'uppgifter som behandlas med adb',
      'elektroniskt lagrade uppgifter',
    ],
    en: [
      'electronic data',
      'electronic records',
      'electronically processed data',
      'electronically stored data',
    ],
  },
  automatedDecisions: {
    fi: [
      'automaattinen päätöksenteko',
      'profilointi',
      'automaattinen päätöksenteko ja profilointi',
    ],
    sv: ['automatiserat beslutsfattande', 'profilering'],
    en: ['automated decision making', 'profiling'],
  },
  rights: {
    fi: [
      'rekisteröidyn oikeudet',
      'rekisteröidyn oikeudet ja niiden käyttäminen',
      'rekisteröidyn oikeuksien toteuttaminen',
      'rekisteröidyn tarkastusoikeus',
      'sinun oikeutesi',
      'oikeutesi',
      'käyttäjän oikeudet',
      'tarkastusoikeus',
      'oikeus tarkastaa tiedot',
      'tiedon korjaaminen',
      'tietojen korjaaminen',
      'oikeus vaatia tiedon korjaamista',
      'kielto oikeus',
      'rajoittamisoikeus',
      'vastustamisoikeus',
      'muut henkilötietojen käsittelyyn liittyvät oikeudet',
      'mitä oikeuksia sinulla on',
    ],
    sv: [
      'dina rättigheter',
      'den registrerades rättigheter',
      'registrerades rättigheter',
      'användarens rättigheter',
      'rätt till insyn',
      'den registrerades rätt till insyn',
      'granskningsrätt',
      'rättelse av uppgifter',
      'rätt att kräva rättelse av uppgifter',
      'övriga rättigheter som gäller behandlingen av personuppgifter',
    ],
    en: [
      'your rights',
      'data subject rights',
      'rights of the data subject',
      'your data protection rights',
      'user rights',
      'right of access',
      'right to rectification',
    ],
  },
  complaint: {
    fi: [
      'oikeus tehdä valitus',
      'valitusoikeus',
      'oikeus valittaa valvontaviranomaiselle',
      'valitus valvontaviranomaiselle',
      'oikeus tehdä valitus valvontaviranomaiselle',
      'valvontaviranomainen',
    ],
    sv: ['rätt att klaga', 'rätt att lämna klagomål', 'klagomål', 'tillsynsmyndighet'],
    en: ['right to complain', 'right to lodge a complaint', 'complaints', 'supervisory authority'],
  },
  cookies: {
    fi: [
      'evästeet',
      'evästeiden käyttö',
      'evästekäytäntö',
      'evästeet ja vastaavat tekniikat',
      'kävijäseuranta ja evästeet',
    ],
    sv: ['kakor', 'användning av kakor', 'cookies'],
    en: ['cookies', 'use of cookies', 'cookie policy'],
  },
  changes: {
    fi: [
      'muutokset tietosuojaselosteeseen',
      'muutokset tähän selosteeseen',
      'tietosuojaselosteen muuttaminen',
      'tietosuojaselosteen muutokset',
      'selosteen muutokset',
      'muutokset',
    ],
    sv: ['ändringar', 'ändringar i dataskyddsbeskrivningen', 'ändringar i registerbeskrivningen'],
    en: [
      'changes to this privacy notice',
      'changes to this privacy policy',
      'changes to this notice',
      'changes to the data protection statement',
      'changes',
    ],
  },
};

/**
 * Guesses by word, tried in this order when no wording matches: the first is the match, the
 * rest are named in `also`. Written for folded text (see `fold`); question headings included.
 */
const KEYWORDS: [HeadingTarget, RegExp][] = [
  [
    'complaint',
    /valitu|valitta|valvontaviranomai|tietosuojavaltuutet|klagom|tillsynsmyndighet|dataombudsman|complain|supervisory authority|ombudsman/,
  ],
  ['dpo', /tietosuojavastaava|dataskyddsombud|protection officer/],
  ['contact', /yhteyshenkilo|kontaktperson|contact person|contact information for|ota yhteytta/],
  [
    'controller',
    /rekisterinpitaja|personuppgiftsansvarig|registeransvarig|registerforare|\bcontroller|registrar/,
  ],
  [
    'automatedDecisions',
    /profiloi|automaattinen paatoksenteko|automaattisen paatoksenteon|automatiserat|profilering|automated decision|profiling/,
  ],
  [
    'dataContent',
    /\b(mita|minkalaisia|millaisia|mitka) (henkilo)?tietoja\b|tietosisalto|sisaltamat tiedot|kasiteltavat (henkilo)?tiedot|datainnehall|informationsinnehall|vilka (person)?uppgifter|what (personal )?(data|information)|kategorier av personuppgifter/,
  ],
  [
    'transfers',
    /\beu\b|\beta\b|\bets\b|\bees\b|\beea\b|euroopan talousalue|kolmansiin maihin|kolmanteen maahan|\bsiirto\b|\bsiirrot\b|tredje land|third countr|international transfer|outside the eu/,
  ],
  ['disclosures', /luovut|utlamn|overlatelse|disclos|vastaanottaj|mottagare|recipient|\bshar/],
  [
    'retention',
    /sailyt|lagring|sparas|bevara|retention|retain|how long|kuinka kauan|poistetaan|poistaminen|delete/,
  ],
  [
    'security',
    /suojau|suojaa|suojata|tietoturva|sakerhet|\bskydd|security|\bprotect(ion)?\b(?! (ombudsman|officer|authority|legislation|law|regulation|rights|statement|notice|policy|and information))/,
  ],
  [
    'legalBasis',
    /oikeusperuste|peruste|perustuu|rattslig grund|legal basis|lawful basis|legal ground/,
  ],
  ['cookies', /evaste|kakor|cookie/],
  [
    'sources',
    /tietolahte|lahteet|kerataan|keraamme|keraaminen|mista (saamme|tiedot)|kallor|varifran|\bsource|where (do )?we get|\bcollect/,
  ],
  ['dataSubjects', /rekisteroidyt|rekisteroityjen ryhm|registrerade personer|data subjects/],
  [
    'rights',
    /oikeude|oikeuks|oikeutesi|tarkastusoikeus|oikeus (tarkastaa|tarkistaa|vaatia|saada|pyytaa|kieltaa|vastustaa|siirtaa)|(rajoittamis|vastustamis|kielto|poisto)\s?oikeus|rattighet|ratt till|\brights?\b/,
  ],
  [
    'purposes',
    /tarkoitu|kayttotarkoitus|kaytetaan|kaytamme|andamal|syfte|purpose|why (we|do we)|used for|use of data/,
  ],
  ['registerName', /rekisterin nimi|registrets namn/],
  ['changes', /muutok|muuttaminen|paivit\w* (tata )?\w*seloste|andring|changes|updates to/],
];

interface Wording {
  id: HeadingTarget;
  folded: string;
  lang: Lang;
  /** 1 for a clear wording, less for a vague one. */
  weight: number;
}

const WORDINGS: Wording[] = (Object.keys(SYNONYMS) as HeadingTarget[]).flatMap((id) => {
  const own = (Object.keys(HEADINGS) as Lang[]).map((lang) => ({
    lang,
    wording: HEADINGS[lang][id],
  }));
  const more = (Object.entries(SYNONYMS[id]) as [Lang, string[]][]).flatMap(([lang, list]) =>
    list.map((wording) => ({ lang, wording })),
  );
  return [...own, ...more].map(({ lang, wording }) => ({
    id,
    lang,
    folded: fold(wording.replace(/^~/, '')),
    weight: wording.startsWith('~') ? 0.8 : 1,
  }));
});

/** The known wordings, folded, for exact look-ups. */
const EXACT = new Set(WORDINGS.map((wording) => wording.folded));

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
  lang: Lang;
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
      // Two or three typos leave a start or an end as it was: a cheap test before the costly one.
      const { folded } = wording;
      if (
        folded !== text &&
        !folded.startsWith(text.slice(0, 2)) &&
        !folded.endsWith(text.slice(-2)) &&
        folded[2] !== text[2]
      ) {
        continue;
      }
      const likeness = similarity(text, folded);
      const score = likeness * wording.weight;
      if (likeness > 0 && (!best || score > best.score)) {
        best = { id: wording.id, score, exact: likeness === 1, lang: wording.lang };
      }
    }
  }
  return best;
}

/**
 * The heading's text without its numbering, emphasis or trailing colon, and its number if it had
 * one.
 *
 * @example cleanHeading('3) Rekisterin nimi:') // { text: 'Rekisterin nimi', number: 3 }
 * @example cleanHeading('§ 5 Tietojen luovutus') // { text: 'Tietojen luovutus', number: 5 }
 * @example cleanHeading('**REKISTERINPITÄJÄ**') // { text: 'REKISTERINPITÄJÄ' }
 */
export function cleanHeading(raw: string): { text: string; number?: number } {
  let text = raw
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\\([.)#*_-])/g, '$1')
    .replace(/[*_]{2}|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu, '')
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  let number: number | undefined;
  const numbered =
    /^(?:§\s*(\d{1,2})\.?|(\d{1,2})\s*§|(\d{1,2})(?:\.\d{1,2})*[.)]?|([A-H])[.):])\s+(?=\S)/u.exec(
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
 * it contains. Expects a heading without its numbering (see `cleanHeading`). A trailing part in
 * brackets ("(rekisterin käyttötarkoitus)") is an explanation and may be left out.
 *
 * @example matchHeading('Rekisterin käyttötarkoitus') // { id: 'purposes', also: [], how: 'exact', lang: 'fi' }
 * @example matchHeading('Tietojen luovutus ja siirto') // { id: 'disclosures', also: ['transfers'], … }
 */
export function matchHeading(heading: string): HeadingMatch | undefined {
  const cached = MATCHES.get(heading);
  if (cached !== undefined || MATCHES.has(heading)) return cached;
  const match = findMatch(heading);
  if (MATCHES.size >= 20_000) MATCHES.clear();
  MATCHES.set(heading, match);
  return match;
}

/** Headings matched before: a document repeats its labels, and matching costs. */
const MATCHES = new Map<string, HeadingMatch | undefined>();

/**
 * Whether a text is, folded, exactly one of the known wordings.
 *
 * @example isExactWording('REKISTERIN NIMI') // true
 */
export function isExactWording(text: string): boolean {
  return EXACT.has(fold(text));
}

function findMatch(heading: string): HeadingMatch | undefined {
  const text = fold(heading.replace(/\u00AD/g, ''));
  if (!text || text.length > 200) return undefined;
  const whole = bestWording(text) ?? bestWording(fold(heading.replace(/\s*\([^)]*\)\s*$/, '')));
  if (whole)
    return { id: whole.id, also: [], how: whole.exact ? 'exact' : 'close', lang: whole.lang };

  const parts = text
    .split(/ (?:ja|seka|tai|and|or|och|samt|eller) | ?\/ ?/)
    .map((part) => [part, bestWording(part)] as const)
    .filter((entry): entry is readonly [string, Scored] => entry[1] !== undefined);
  if (parts.length > 0) {
    const [, first] = parts.reduce((best, entry) =>
      entry[1].score > best[1].score ? entry : best,
    );
    const named = unique([...parts.map(([, scored]) => scored.id), ...guessesIn(text)]);
    const also = named.filter((id) => id !== first.id);
    return { id: first.id, also, how: first.exact ? 'exact' : 'close', lang: first.lang };
  }

  const guesses = guessesIn(text);
  if (guesses.length === 0) return undefined;
  return { id: guesses[0], also: guesses.slice(1), how: 'keyword' };
}

/** The sections a folded heading's words point to, in the order of `KEYWORDS`. */
function guessesIn(text: string): HeadingTarget[] {
  const guesses = unique(KEYWORDS.filter(([, pattern]) => pattern.test(text)).map(([id]) => id));
  // "Mitä tietoja keräämme?", "What data do we collect?": a question about the data, not its source.
  if (
    guesses.includes('dataContent') &&
    /^(mita|minkalaisia|millaisia|mitka|vilka|what)\b/.test(text)
  ) {
    return guesses.filter((id) => id !== 'sources');
  }
  return guesses;
}

/**
 * The sections a heading names, in the order it names them: "Oikeusperuste ja henkilötietojen
 * käsittelyn tarkoitus" names legalBasis, then purposes.
 *
 * @example namedInOrder('Tietojen luovutus ja siirto EU:n ulkopuolelle') // ['disclosures', 'transfers']
 */
export function namedInOrder(heading: string, match: HeadingMatch): HeadingTarget[] {
  const ids = [match.id, ...match.also];
  if (ids.length < 2) return ids;
  const text = fold(heading);
  const position = (id: HeadingTarget) => {
    const pattern = KEYWORDS.find(([target]) => target === id)?.[1];
    const found = pattern ? pattern.exec(text)?.index : undefined;
    if (found !== undefined) return found;
    const wording = WORDINGS.find((entry) => entry.id === id && text.includes(entry.folded));
    return wording ? text.indexOf(wording.folded) : Infinity;
  };
  return [...ids].sort((a, b) => position(a) - position(b));
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

const TITLE =
  /^(tietosuojaseloste|rekisteriseloste|rekisteri ja tietosuojaseloste|henkilorekisteriseloste|tietosuojailmoitus|tietosuojakaytanto|tietosuojaperiaatteet|tietosuojalauseke|tietosuoja ja rekisteriseloste|dataskyddsbeskrivning|registerbeskrivning|dataskyddsmeddelande|dataskyddspolicy|integritetspolicy|privacy (notice|policy|statement)|data protection (notice|policy|statement)|privacy and cookie policy)\b|(seloste|selosteet|tietosuojaseloste|beskrivning|beskrivningar|privacy policy|privacy notice|privacy statement|protection statement|protection notice|management statement)$/;

/**
 * Whether a heading is the title of a whole notice ("Tietosuojaseloste", "Privacy notice").
 *
 * @example isNoticeTitle('TIETOSUOJASELOSTE — Asiakasrekisteri') // true
 */
export function isNoticeTitle(heading: string): boolean {
  return TITLE.test(fold(heading.replace(/\u00AD/g, '')));
}
