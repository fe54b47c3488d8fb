/**
 * Reads a contact block, as notices write them under "Rekisterinpitäjä":
 *
 *     Kuura Oy, Y-tunnus 1618033-3
 *     Paahtimontie 4
 *     90100 Oulu
 *     puh. 020 123 4567, asiakaspalvelu@kuura.example
 *     Yhteyshenkilö: Aino Aaltonen
 *
 * into parties: a name, business id, address, phone, email and website each, and the lines it
 * could not read.
 */
import { fold, PATTERN_RE } from '../notice-schema.js';
import { isPartyId, type Party, type PartyId } from '../types.js';
import { LINE_BREAK, plainText } from './blocks.js';
import { matchHeading } from './heading-match.js';

/** A party as read: its name may be missing. */
type PartyDraft = Partial<Party> & { addressLines?: string[] };

interface PartiesResult {
  parties: Partial<Record<PartyId, PartyDraft>>;
  /** Paragraphs and lines that are not contact details, as Markdown. */
  rest: string[];
  notes: string[];
}

type Field = 'name' | 'businessId' | 'address' | 'phone' | 'email' | 'website' | 'role';

/** Labels written before a value ("Puh.", "Y-tunnus:"), folded (see `fold`). */
const LABELS: Record<Field, string[]> = {
  businessId: [
    'y tunnus',
    'ytunnus',
    'business id',
    'business id code',
    'company id',
    'fo nummer',
    'org nr',
    'orgnr',
    'organisationsnummer',
    'foretags och organisationsnummer',
    'registration number',
  ],
  phone: ['puh', 'puhelin', 'puhelinnumero', 'p', 'tel', 'telefon', 'phone', 'telephone', 'gsm'],
  email: ['sahkoposti', 's posti', 'sahkopostiosoite', 'email', 'e mail', 'e post', 'epost'],
  website: ['www', 'verkkosivut', 'kotisivu', 'kotisivut', 'website', 'web', 'webbplats', 'url'],
  address: [
    'osoite',
    'postiosoite',
    'kayntiosoite',
    'katuosoite',
    'address',
    'postal address',
    'adress',
    'postadress',
    'besoksadress',
  ],
  name: ['nimi', 'name', 'namn', 'yritys', 'company', 'foretag'],
  role: ['tehtava', 'titteli', 'asema', 'role', 'title', 'befattning'],
};

const EMAIL = /[\p{L}\p{N}._%+-]+(?:@|\s?[([]at[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/iu;
const WEBSITE = /\bhttps?:\/\/[^\s,;()<>]+|\bwww\.[^\s,;()<>]+/i;
const BUSINESS_ID =
  /(?:\b(?:y-?tunnus|business id|fo-nummer|org\.?\s?nr|organisationsnummer)\s*:?\s*)?\b(\d{7}-\d)\b/i;
const LABELLED_PHONE =
  /\b(?:puh(?:elin)?|p|tel(?:efon)?|phone|gsm)\.?\s*:?\s*(\+?\d[\d\s()/-]{4,}\d)/i;
const PHONE_LINE = /^\+?[\d\s()/-]{6,}$/;
const POSTCODE = /(?:^|\s|,)(?:FI-?\s?)?\d{5}\s+\p{Lu}/u;
const STREET = /^(?:\p{L}[\p{L}.'-]*\s)+\d+[\p{L}\d\s-]*$|^(?:PL|PB|Box|P\.?\s?O\.?\s?Box)\s*\d+/iu;

/**
 * Reads the contact blocks of a party's section. `owner` is the section's party; a line such as
 * "Yhteyshenkilö: Aino Aaltonen" moves on to another. Paragraphs of prose and lists are left in
 * `rest`.
 *
 * @example readParties(['Kuura Oy\nPaahtimontie 4\n90100 Oulu'], 'controller').parties.controller
 * // { name: 'Kuura Oy', address: 'Paahtimontie 4, 90100 Oulu' }
 */
export function readParties(paragraphs: readonly string[], owner: PartyId): PartiesResult {
  const parties: Partial<Record<PartyId, PartyDraft>> = {};
  const rest: string[] = [];
  const notes: string[] = [];
  let current = owner;
  const party = () => (parties[current] ??= {});

  for (const paragraph of paragraphs) {
    if (isProse(paragraph)) {
      rest.push(paragraph);
      continue;
    }
    const leftover: string[] = [];
    const lines = paragraph.split('\n').map(cleanLine).filter(Boolean);
    for (const [i, line] of lines.entries()) {
      const [, label = '', value = ''] = /^([^:]{2,40}):\s*(.*)$/.exec(line) ?? [];
      const switchTo = label ? partyNamed(label, true) : partyNamed(line, false);
      if (switchTo) current = switchTo;
      const field = fieldNamed(label);
      const read = switchTo
        ? !value || readLine(party(), value, lines[i + 1], notes)
        : field && value
          ? setField(party(), field, value, notes)
          : readLine(party(), line, lines[i + 1], notes);
      if (!read) leftover.push(line);
    }
    if (leftover.length > 0) rest.push(leftover.join(LINE_BREAK));
  }

  for (const draft of Object.values(parties)) {
    if (draft.addressLines) {
      draft.address = draft.addressLines.join(', ');
      delete draft.addressLines;
    }
  }
  return { parties, rest, notes };
}

/**
 * The party a label ("Yhteyshenkilö:") or a line of its own ("Tietosuojavastaava") names, if
 * any; a line must name it in so many words, a label may merely contain the word.
 */
function partyNamed(text: string, isLabel: boolean): PartyId | undefined {
  const match = matchHeading(text);
  if (!match || (!isLabel && match.how === 'keyword')) return undefined;
  return isPartyId(match.id) ? match.id : undefined;
}

/** The field a label names ("Puh.", "Y-tunnus"), if any. */
function fieldNamed(label: string): Field | undefined {
  const folded = fold(label);
  return (Object.keys(LABELS) as Field[]).find((field) => LABELS[field].includes(folded));
}

/** A line without list marks or emphasis; a link as its address when its text is the same. */
function cleanLine(line: string): string {
  const bare = (address: string) =>
    address
      .toLowerCase()
      .replace(/^(mailto:|https?:\/\/)?(www\.)?/, '')
      .replace(/\/$/, '');
  return plainText(
    line
      .replace(/^\s*[-*•]\s+|\\$/g, '')
      .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_, text: string, target: string) => {
        const address = target.replace(/^mailto:/i, '');
        return bare(text) === bare(target) ? address : `${text} (${address})`;
      }),
  ).trim();
}

/** Whether a paragraph is running text rather than contact details. */
function isProse(paragraph: string): boolean {
  if (/^\s*([-*]|\d+\.)\s/m.test(paragraph) && paragraph.split('\n').length > 2) return true;
  return paragraph.split('\n').some((line) => {
    const words = line.trim().split(/\s+/).length;
    return words >= 9 || (words >= 5 && /[.!?]$/.test(line.trim()));
  });
}

/**
 * Takes what it can from one unlabelled line: an email address, website, business id and phone
 * number anywhere in it, then a postcode line or street as address, else the first plain line as
 * the name. Returns false when the line is left unread.
 */
function readLine(
  party: PartyDraft,
  line: string,
  next: string | undefined,
  notes: string[],
): boolean {
  let rest = line;
  const take = (pattern: RegExp, field: Field, group = 0) => {
    const found = pattern.exec(rest);
    if (!found || !setField(party, field, found[group], notes)) return;
    rest = rest.replace(found[0], ' ');
  };
  take(EMAIL, 'email');
  take(WEBSITE, 'website');
  take(BUSINESS_ID, 'businessId', 1);
  take(LABELLED_PHONE, 'phone', 1);
  rest = rest
    .replace(/\(\s*\)/g, '')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
    .trim();
  if (!rest) return true;
  if (PHONE_LINE.test(rest) && (rest.match(/\d/g)?.length ?? 0) >= 6) {
    return setField(party, 'phone', rest, notes);
  }
  if (POSTCODE.test(rest) || (STREET.test(rest) && next !== undefined && POSTCODE.test(next))) {
    return setField(party, 'address', rest, notes);
  }
  if (!party.name && !/\d{3}/.test(rest)) return setField(party, 'name', rest, notes);
  return false;
}

/** Sets a field from text, tidied; false when the text is not such a value. */
function setField(party: PartyDraft, field: Field, value: string, notes: string[]): boolean {
  const text = value.trim().replace(/[.,;]$/, '');
  switch (field) {
    case 'email': {
      const email = text.replace(/\s?[([]at[)\]]\s?/i, '@');
      if (!PATTERN_RE.email.test(email) || party.email) return false;
      if (email !== text) notes.push(`Wrote the email address "${text}" as ${email}.`);
      party.email = email;
      return true;
    }
    case 'website': {
      if (party.website) return false;
      const url = /^https?:\/\//i.test(text) ? text : `https://${text}`;
      if (!PATTERN_RE.website.test(url)) return false;
      if (url !== text) notes.push(`Wrote the website "${text}" as ${url}.`);
      party.website = url;
      return true;
    }
    case 'phone':
      if (party.phone || !PATTERN_RE.phone.test(text)) return false;
      party.phone = text;
      return true;
    case 'businessId':
      if (party.businessId || !PATTERN_RE.businessId.test(text)) return false;
      party.businessId = text;
      return true;
    case 'address':
      (party.addressLines ??= []).push(capitalizeCity(text));
      return true;
    case 'name':
      if (party.name) return false;
      party.name = text;
      return true;
    case 'role':
      if (party.role) return false;
      party.role = text;
      return true;
  }
}

/**
 * A postcode's town written in capitals, as addresses on envelopes are, in ordinary case.
 *
 * @example capitalizeCity('02920 ESPOO') // '02920 Espoo'
 */
function capitalizeCity(line: string): string {
  return line.replace(
    /(\d{5}\s+)(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*)$/u,
    (_, code: string, town: string) =>
      code + town.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (start) => start.toUpperCase()),
  );
}
