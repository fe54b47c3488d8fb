/**
 * Reads a contact block, as notices write them under "Rekisterinpitäjä", on several lines or on
 * one:
 *
 *     Kuura Oy, Y-tunnus 1618033-3
 *     Paahtimontie 4
 *     90100 Oulu
 *     puh. 020 123 4567, asiakaspalvelu@kuura.example
 *     Yhteyshenkilö: Aino Aaltonen
 *
 *     Kuura Oy Paahtimontie 4 90100 Oulu 358 (0)20 123 4567 asiakaspalvelu@kuura.example
 *
 * into parties: a name, business id, street address with postcode and town, phone, email and
 * website each, and the lines it could not read.
 */
import { PATTERN_RE } from '../notice-schema.js';
import { fold } from '../text.js';
import { isPartyId, type Party, type PartyId } from '../types.js';
import { LINE_BREAK, plainText } from './blocks.js';
import { matchHeading } from './heading-match.js';

/** A party as read: its name may be missing. */
export type PartyDraft = Partial<Party> & { addressLines?: string[] };

export interface PartiesResult {
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
  phone: [
    'puh',
    'puhelin',
    'puhelinnumero',
    'p',
    'tel',
    'telefon',
    'phone',
    'telephone',
    'gsm',
    'switchboard',
    'vaihde',
  ],
  email: ['sahkoposti', 's posti', 'sahkopostiosoite', 'email', 'e mail', 'e post', 'epost'],
  website: ['www', 'verkkosivut', 'kotisivu', 'kotisivut', 'website', 'web', 'webbplats', 'url'],
  address: [
    'osoite',
    'postiosoite',
    'kayntiosoite',
    'katuosoite',
    'address',
    'postal address',
    'visiting address',
    'adress',
    'postadress',
    'besoksadress',
  ],
  name: ['nimi', 'name', 'namn', 'yritys', 'company', 'foretag'],
  role: ['tehtava', 'titteli', 'asema', 'role', 'title', 'befattning'],
};

/** Labels over a block of contact details that name no field: "Yhteystiedot", "Contact details". */
const GENERIC =
  /^(?:muut )?(?:yhteystiedot|osoitetiedot|kontaktuppgifter|contact details|contact information)$/;

const EMAIL = /[\p{L}\p{N}._%+-]+(?:@|\s?[([]at[)\]]\s?)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/iu;
const WEBSITE = /\bhttps?:\/\/[^\s,;()<>]+|\bwww\.[^\s,;()<>]+/i;
const BUSINESS_ID =
  /(?:\b(?:y-?tunnus|business id|fo-nummer|org\.?\s?nr|organisationsnummer)\s*:?\s*)?\b(\d{7}-\d)\b/i;
const LABELLED_PHONE =
  /\b(?:puh(?:elin)?|p|tel(?:efon)?|phone|gsm)\.?\s*:?\s*(\+?\d[\d\s()/-]{4,}\d)/i;
/** A run of digits that may be a phone number: seven digits or more, spaces and brackets between. */
const PHONE_RUN = /(?:\+\s?)?\(?\d[\d\s()/-]{5,}\d\)?/g;
const POSTCODE = /(?:^|\s|,)(?:FI-?\s?)?\d{5}\s+\p{Lu}/u;
/** A postcode and its town, perhaps a country after them: "02150 ESPOO, FINLAND". */
const POSTCODE_TOWN =
  /(?:FI-?\s?)?\b\d{5}\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}?(?=\s*(?:,|$))(?:,\s*\p{Lu}\p{L}+(?=\s*$))?/u;
/** Up to three words and a house number ("Paahtimontie 4 B 12") at the end of a text. */
const STREET_AT_END =
  /(?:^|[\s,])((?:\p{L}[\p{L}.'-]*\s+){1,3}\d+(?:\s?[A-Za-z](?![\p{L}]))?(?:\s?\d+)?(?:\s?[-–]\s?\d+)?)\s*$/u;

/**
 * Reads the contact blocks of a party's section. `owner` is the section's party; a line such as
 * "Yhteyshenkilö: Aino Aaltonen" moves on to another. Paragraphs of prose and lists are left in
 * `rest`.
 *
 * @example readParties(['Kuura Oy\nPaahtimontie 4\n90100 Oulu'], 'controller').parties.controller
 * // { name: 'Kuura Oy', address: 'Paahtimontie 4, 90100 Oulu' }
 * @example readParties(['Kuura Oy Paahtimontie 4 90100 Oulu 020 123 4567'], 'controller').parties.controller
 * // { name: 'Kuura Oy', phone: '020 123 4567', address: 'Paahtimontie 4, 90100 Oulu' }
 */
export function readParties(paragraphs: readonly string[], owner: PartyId): PartiesResult {
  const parties: Partial<Record<PartyId, PartyDraft>> = {};
  const rest: string[] = [];
  const notes: string[] = [];
  let current = owner;
  const party = () => (parties[current] ??= {});

  for (const paragraph of paragraphs) {
    if (isList(paragraph) || (!paragraph.includes(LINE_BREAK) && isProse(paragraph))) {
      rest.push(paragraph);
      continue;
    }
    const leftover: string[] = [];
    const lines = paragraph.split(/\n/).map(cleanLine).filter(Boolean);
    let pending: Field | undefined;
    for (const [i, line] of lines.entries()) {
      if (isProse(line)) {
        leftover.push(line);
        continue;
      }
      const next = lines[i + 1];
      const [, label = '', value = ''] = /^([^:]{2,60}):\s*(.*)$/.exec(line) ?? [];
      const switchTo = label ? partyNamed(label, true) : partyNamed(line, false);
      if (switchTo) current = switchTo;
      const alone = fieldNamed(line.replace(/:$/, ''));
      if (!switchTo && (alone || GENERIC.test(fold(line)))) {
        pending = alone;
        continue;
      }
      const field = pending ?? fieldNamed(label);
      pending = undefined;
      let unread: string;
      if (switchTo) unread = value ? readLine(party(), value, next, notes) : '';
      else if (field === 'name' && !value)
        unread = setField(party(), 'name', line, notes) ? '' : readLine(party(), line, next, notes);
      else if (field && value) unread = setField(party(), field, value, notes) ? '' : line;
      else unread = readLine(party(), line, next, notes);
      if (!unread) continue;
      if (party().name && next !== undefined && addressIn(next, lines[i + 2])) {
        setField(party(), 'address', unread, notes);
      } else {
        leftover.push(unread);
      }
    }
    if (leftover.length > 0) rest.push(leftover.join(LINE_BREAK));
  }

  const own = parties[owner];
  if (!own?.name && rest.length > 0) {
    const facts = factsInProse(rest[0]);
    if (facts) {
      const draft = (parties[owner] ??= {});
      draft.name = facts.name;
      for (const field of ['email', 'phone', 'website'] as const) {
        if (facts[field] && !draft[field]) draft[field] = facts[field];
      }
      notes.push(
        `Read the name "${facts.name}" from the text: "${plainText(rest[0]).slice(0, 80)}".`,
      );
      if (!facts.more) rest.shift();
    }
  }

  for (const draft of Object.values(parties)) {
    if (draft.addressLines) {
      draft.address = draft.addressLines.join(', ');
      delete draft.addressLines;
    }
  }
  return { parties, rest, notes };
}

const COMPANY =
  /(?:^|[\s(,:])((?:\p{Lu}[\p{L}\d&.'’-]*\s){1,4}(?:Oy|Oyj|Ab|Abp|ry|rf|Ltd|Inc|GmbH|AB|Ky|Tmi|LLC|ApS|AS))(?=$|[\s,.;:)])/u;
const PERSON =
  /(?:^|[\s(,:])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?=$|[\s,.;:)])/u;

/**
 * A party's name and contact details written in a sentence ("Tietosuoja-asioissa meitä palvelee
 * Matti Muru, tietosuoja@kuura.example."): a company's name with its form (Oy, Ab, ry), else a
 * person's first and last name, and the email, phone and website in it. `more` tells whether
 * the sentence says more than that.
 *
 * @example factsInProse('Asioissa palvelee Matti Muru, muru@kuura.example.') // { name: 'Matti Muru', email: 'muru@kuura.example', more: false }
 */
export function factsInProse(
  markdown: string,
): { name: string; email?: string; phone?: string; website?: string; more: boolean } | undefined {
  const text = cleanLine(markdown);
  const name = COMPANY.exec(text)?.[1] ?? PERSON.exec(text.replace(/^\S+\s/, ' '))?.[1];
  if (!name) return undefined;
  const draft: PartyDraft = {};
  let rest = text.replace(name, ' ');
  for (const [pattern, field] of [
    [EMAIL, 'email'],
    [WEBSITE, 'website'],
  ] as const) {
    const found = pattern.exec(rest);
    if (found && setField(draft, field, found[0], [])) rest = rest.replace(found[0], ' ');
  }
  rest = takePhone(draft, rest, []);
  const words = rest.split(/\s+/).filter((word) => /\p{L}{2}/u.test(word)).length;
  return { name: name.trim(), ...draft, more: words >= 8 } as {
    name: string;
    email?: string;
    phone?: string;
    website?: string;
    more: boolean;
  };
}

/**
 * The party a label ("Yhteyshenkilö:") or a line of its own ("Tietosuojavastaava") names, if
 * any; a line must name it in so many words, a label may merely contain the word.
 */
function partyNamed(text: string, isLabel: boolean): PartyId | undefined {
  if (text.length > 80) return undefined;
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
      .replace(/\[([^\]]*)\]\(<?([^)>]*)>?\)/g, (_, text: string, target: string) => {
        const address = target.replace(/^mailto:/i, '');
        return bare(text) === bare(target) ? address : `${text} (${address})`;
      }),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a paragraph is a list of more than two items. */
function isList(paragraph: string): boolean {
  return /^\s*([-*]|\d+\.)\s/m.test(paragraph) && paragraph.split('\n').length > 2;
}

/** Whether a paragraph or line is running text rather than contact details. */
function isProse(paragraph: string): boolean {
  return paragraph.split('\n').some((line) => {
    const text = plainText(line).trim();
    // Numbers, addresses and links are no words of prose.
    const words = text
      .split(/\s+/)
      .filter((word) => /^\p{L}[\p{L}'’-]*[.,:;!?]?$/u.test(word)).length;
    return (
      words >= 12 ||
      (words >= 5 && /[.!?]$/.test(text) && !/\b(?:oy|ab|ry|ltd|inc|oyj)\.?$/i.test(text))
    );
  });
}

/**
 * Takes what it can from one unlabelled line: an email address, website, business id and phone
 * number anywhere in it, a postcode and town with the street before it, and a name; parts
 * separated by commas are read one by one. Returns false when the line is left unread.
 */
function readLine(
  party: PartyDraft,
  line: string,
  next: string | undefined,
  notes: string[],
): string {
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
  rest = takePhone(party, rest, notes);
  rest = tidy(rest);
  if (!rest || isLabelOnly(rest)) return '';
  const address = addressIn(rest, next);
  if (address) {
    for (const part of address.lines) setField(party, 'address', part, notes);
    rest = tidy(address.before);
    if (!rest || isLabelOnly(rest)) return '';
  }
  const unread = rest.split(/\s*[,;]\s*/).filter((segment) => {
    if (!segment || isLabelOnly(segment) || segment === party.name) return false;
    if (!party.name && !/\d{3}/.test(segment) && segment.length <= 120) {
      return !setField(party, 'name', segment, notes);
    }
    return true;
  });
  return unread.join(', ');
}

/** Whether a text is only a field's label, like "e-mail" or "puh.", its value taken. */
function isLabelOnly(text: string): boolean {
  return fieldNamed(text.replace(/[.:]+$/, '')) !== undefined || GENERIC.test(fold(text));
}

/** `text` without separators left at its ends or doubled inside. */
function tidy(text: string): string {
  return text
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '')
    .trim();
}

/** Takes an unlabelled phone number (seven digits or more) out of `text`. */
function takePhone(party: PartyDraft, text: string, notes: string[]): string {
  if (party.phone) return text;
  for (const found of text.matchAll(PHONE_RUN)) {
    const run = found[0].trim();
    const digits = run.replace(/\D/g, '').length;
    const after = text.slice((found.index ?? 0) + found[0].length);
    const postcode = /(?:^|\s)\d{5}$/.test(run) && /^\s+\p{Lu}/u.test(after);
    if (digits < 7 || digits > 15 || postcode) continue;
    if (setField(party, 'phone', run, notes)) return text.replace(found[0], ' ');
  }
  return text;
}

/**
 * The address in a line: a postcode and town with the street before it, or a street alone (at
 * the start of the line, or before a line with the postcode); and what comes before them (a
 * name, perhaps).
 *
 * @example addressIn('Kuura Oy Paahtimontie 4 90100 Oulu', undefined)
 * // { lines: ['Paahtimontie 4', '90100 Oulu'], before: 'Kuura Oy' }
 */
function addressIn(
  text: string,
  next: string | undefined,
): { lines: string[]; before: string } | undefined {
  const postcode = POSTCODE_TOWN.exec(text);
  if (postcode) {
    const before = text.slice(0, postcode.index).replace(/[\s,]+$/, '');
    const street = streetAtEnd(before);
    return {
      lines: [...(street ? [street.text] : []), postcode[0].trim()],
      before: street ? before.slice(0, street.index) : before,
    };
  }
  const street = streetAtEnd(text);
  if (street && (street.index === 0 || (next !== undefined && POSTCODE.test(` ${next}`)))) {
    return { lines: [street.text], before: text.slice(0, street.index) };
  }
  return undefined;
}

/**
 * The street address that ends `text`: the word before the house number (two words when that
 * one is in lowercase, as in "Juvan teollisuuskatu 15 B"), or a post office box.
 *
 * @example streetAtEnd('Kuura Oy Paahtimontie 4') // { text: 'Paahtimontie 4', index: 9 }
 */
function streetAtEnd(text: string): { text: string; index: number } | undefined {
  const box = /(?:^|[\s,])((?:PL|PB|Box|P\.?\s?O\.?\s?Box)\s*\d+)\s*$/iu.exec(text);
  if (box) return { text: box[1], index: text.lastIndexOf(box[1]) };
  const found = STREET_AT_END.exec(text);
  if (!found) return undefined;
  const words = found[1].split(/\s+/);
  const number = words.findIndex((word) => /^\d/.test(word));
  let first = number - 1;
  if (first > 0 && /^\p{Ll}/u.test(words[first])) first--;
  const street = words.slice(first).join(' ');
  return { text: street, index: text.lastIndexOf(street) };
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
    case 'phone': {
      if (party.phone) return false;
      const phone = text.replace(/^358\b/, '+358');
      if (!PATTERN_RE.phone.test(phone)) return false;
      party.phone = phone;
      return true;
    }
    case 'businessId':
      if (party.businessId || !PATTERN_RE.businessId.test(text)) return false;
      party.businessId = text;
      return true;
    case 'address': {
      if (!text) return true;
      const line = capitalizeCity(text);
      const lines = (party.addressLines ??= []);
      // A visiting address the same as the postal one is said once.
      if (!lines.join(', ').includes(line)) lines.push(line);
      return true;
    }
    case 'name':
      if (party.name || !/\p{L}/u.test(text)) return false;
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
    /(\d{5}\s+)(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*)(?=$|,)/u,
    (_, code: string, town: string) =>
      code + town.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (start) => start.toUpperCase()),
  );
}
