/**
 * How a sentence reads when it is about one of the notice's topics, in Finnish, Swedish and
 * English, written for folded text (see `fold`). The checks use them to see that a topic without
 * a section of its own is covered elsewhere; the importer to split a section whose heading names
 * two topics. Specific on purpose: a passing word is not enough.
 */
import type { SectionId } from './types.js';

export const TOPICS: Partial<Record<SectionId, RegExp>> = {
  purposes:
    /\b(kaytetaan|kaytamme|kaytettavaksi|kayttotarkoitu\w*|tarkoitu(s|kse\w*|ksiin|ksena)|tarkoituksiin|anvands|andamal\w*|syfte\w*|we use (the|your|this) (data|information)|(is|are) used (for|to)|purposes?)\b/,
  legalBasis:
    /\b(oikeusperuste\w*|kasittelyn peruste\w*|oikeutet\w* (etu|edu|etuj)\w*|perustu\w*(\s\S+){0,8}\s(sopimu|suostumu|\w*lakiin|\w*lain|lakisaatei|oikeutet|velvoit|\w*suhte)\w*|kasittely\w* perustuu|peruste on \S+ ?laki\w*|rattslig grund|berattigat intresse|grundar sig pa (avtal|samtycke|lag)\w*|legal basis|lawful basis|legitimate interest\w*|article 6|art 6|6 1 (section )?[a-f]|necessary for the performance of a contract|based on (your )?consent)\b/,
  dataSubjects: /\b(rekisteroidyt ovat|rekisteroityja ovat|de registrerade ar|data subjects are)\b/,
  dataContent:
    /\b(nimi|nimesi|sahkopostiosoite|puhelinnumero|ip osoite|syntymaaika|namn|e postadress|telefonnummer|ip adress|name|e ?mail address|phone number|ip address|seuraavia (henkilo)?tietoja|seuraavat (henkilo)?tiedot|foljande (person)?uppgifter|following (log |personal )?(data|information))\b/,
  retention:
    /\b(sailytysai\w*|sailyttamisai\w*|sailyt\w*(\s\S+){0,10}\s(\d+|yksi|kaksi|kolme|viisi|kuusi|kymmenen)?\s?(vuo(den|tta|si|det)\w*|kuukau\w*|paiva\w*|viiko\w*)|sailyt\w*(\s\S+){0,12}\s(kunnes|niin kauan|ajan|asti|saakka|jalkeen)|(poistetaan|poistamme|havitetaan|havitettava|anonymisoidaan)(\s\S+){0,10}\s(kuluttua|jalkeen|paatyttya|viimeistaan|ajan)|(sparas|lagras|bevaras|raderas|gallras)(\s\S+){0,10}\s(ar|manader|dagar|tills|sa lange|efter)|(kept|keep|keeps|retained|retain|stored|store|deleted|delete|erased)(\s\S+){0,10}\s(years?|months?|days?|until|as long as|after)|retention period)\b/,
  sources:
    /\b(saadaan|saamme|kerataan|keraamme|tietolahte\w*|lahteista|samlas in|far vi|kallor|collected|we get the data|we collect|from you)\b/,
  disclosures:
    /\b(luovut\w*|vastaanottaj\w*|kolmansille osapuolille|ulkopuolisille|utlamna\w*|overlat\w*|mottagar\w*|tredje part|disclos\w*|recipient\w*|third part(y|ies)|outside parties|shared? with)\b/,
  transfers:
    /\b((eu|eta|ets|eea|ees|euroopan talousalueen?|euroopan unionin)\b(\s\S+){0,4}\s(ulkopuol\w*)|ulkopuolelle|kolmansiin maihin|kolmanteen maahan|utanfor (eu|ees|eea)|tredje land|outside (of )?(the )?(eu|eea|european)|third countr\w*|yhdysval\w*|united states|privacy framework|vakiosopimuslauseke\w*|standard contractual)\b/,
  security:
    /\b(suojat\w*|suojaa\w*|suojau\w*|tietoturva\w*|salasan\w*|palomuuri\w*|salaus\w*|salatt\w*|kayttooikeu\w*|lukitu\w*|skydd\w*|sakerhet\w*|losenord|brandvagg|kryptera\w*|secur\w*|protect\w*|password\w*|firewall\w*|encrypt\w*)\b/,
  rights:
    /\b(tarkastusoikeus|oikeus (tarkast|tarkist|saada|pyytaa|vaatia|kieltaa|vastustaa|peruuttaa)\w*|oikeus tulla unohdetuksi|ratt (att|till) (fa|begara|invanda|radering|rattelse|insyn)\w*|right to (access|rectif|erase|erasure|object|restrict|withdraw|be forgotten|data portability|check)\w*|your rights)\b/,
  complaint:
    /\b(valvontaviranomai\w*|tietosuojavaltuutet\w*|tillsynsmyndighet\w*|dataombudsman\w*|supervisory authority|data protection ombudsman)\b/,
  cookies: /\b(evaste\w*|kakor|kakorna|cookie\w*)\b/,
  automatedDecisions:
    /\b(automaattis\w* paatoksente\w*|profiloi\w*|automatiserat beslut\w*|profilering|automated decision\w*|profiling)\b/,
  changes:
    /\b(muutoksi\w*|muuttaa tata|paivittaa tata|andringar|andra denna|change this|changes to this|update this)\b/,
};

/**
 * The topics a folded sentence speaks of, among `candidates`, in their order.
 *
 * @example topicsOf('tietoja ei siirreta eu n ulkopuolelle', ['disclosures', 'transfers']) // ['transfers']
 */
export function topicsOf(folded: string, candidates: readonly SectionId[]): SectionId[] {
  return candidates.filter((id) => TOPICS[id]?.test(folded));
}

/**
 * Topics from the most particular to the most general: a sentence about a transfer abroad is
 * also about a disclosure, a complaint is also a right, but it goes to the former.
 */
export const SPECIFIC: readonly SectionId[] = [
  'complaint',
  'transfers',
  'legalBasis',
  'automatedDecisions',
  'cookies',
  'retention',
  'sources',
  'disclosures',
  'security',
  'rights',
  'dataContent',
  'dataSubjects',
  'changes',
  'purposes',
];

/** Where a sentence's clauses part: "…, and …", "; ", "… eikä …". */
const CLAUSE = /,?\s+(?:ja|eika|seka|mutta|and|but|nor|och|men|samt)\s+|;\s+/;

/**
 * The topics a folded sentence is about: for each of its clauses, the most particular topic it
 * speaks of. "We do not disclose data, and we do not transfer it outside the EU" is about
 * disclosures and transfers; "processing is based on legitimate interests of a third party" only
 * about the legal basis.
 *
 * @example sentenceTopics('emme luovuta tietoja eika niita siirreta eu n ulkopuolelle', ['disclosures', 'transfers']) // ['disclosures', 'transfers']
 */
export function sentenceTopics(folded: string, candidates: readonly SectionId[]): SectionId[] {
  const found = new Set<SectionId>();
  for (const clause of folded.split(CLAUSE)) {
    const topics = topicsOf(clause, candidates);
    if (topics.length === 0) continue;
    found.add([...topics].sort((a, b) => rank(a) - rank(b))[0]);
  }
  return candidates.filter((id) => found.has(id));
}

function rank(id: SectionId): number {
  const index = SPECIFIC.indexOf(id);
  return index < 0 ? SPECIFIC.length : index;
}
