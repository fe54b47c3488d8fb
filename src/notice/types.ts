/**
 * The privacy notice format (tietosuojaseloste), version 1: what the site owner writes as
 * JSON. Seloste supplies the headings and their order; the owner writes content.
 *
 * See docs/notice-format.md for the guide and schema/notice.schema.json for editors.
 */
import type { Lang } from '../core/types.js';

export type { Lang };

/**
 * Text in one or several languages. A plain string is the same in every language (or the
 * notice is in one language only); an object gives it per language.
 *
 * @example "Kuura Oy"
 * @example { "fi": "Asiakasrekisteri", "sv": "Kundregister", "en": "Customer register" }
 */
export type Localized<T> = T | Partial<Record<Lang, T>>;

/**
 * Rich text: paragraphs (separated by blank lines), lists, links and emphasis, written in
 * Markdown or as pasted HTML (`<p>`, `<ul>`, `<a>`, `<strong>` …). Rendered safely: nothing in
 * it can run script.
 */
export type RichText = Localized<string>;

/** A company or person with contact details. */
export interface Party {
  name: Localized<string>;
  /** Finnish business id (Y-tunnus), e.g. `1234567-8`, or another country's company id. */
  businessId?: string;
  /** Job title or role of a contact person. */
  role?: Localized<string>;
  address?: Localized<string>;
  phone?: string;
  email?: string;
  website?: string;
}

/** The sections Seloste knows, in the order they are shown. */
export const SECTION_IDS = [
  'controller',
  'contact',
  'dpo',
  'registerName',
  'purposes',
  'legalBasis',
  'dataSubjects',
  'dataContent',
  'retention',
  'sources',
  'disclosures',
  'transfers',
  'security',
  'automatedDecisions',
  'rights',
  'complaint',
  'cookies',
  'changes',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** The sections that name a party: a company or person with contact details. */
export const PARTY_IDS = ['controller', 'contact', 'dpo'] as const satisfies readonly SectionId[];

export type PartyId = (typeof PARTY_IDS)[number];

/** Whether `id` is the id of a party's section. */
export function isPartyId(id: string | undefined): id is PartyId {
  return (PARTY_IDS as readonly (string | undefined)[]).includes(id);
}

/** Security principles, optionally split the Finnish way into manual and electronic data. */
export type Security = RichText | { manual?: RichText; electronic?: RichText };

/** A section of the owner's own, placed after a known section (or at the end). */
export interface ExtraSection {
  /** Anchor id, unique within the notice: letters, digits and `-`. */
  id: string;
  title: Localized<string>;
  text: RichText;
  /** The known section (or extra section id) it follows; at the end when left out. */
  after?: string;
}

export interface Notice {
  /** Format version: 1. */
  version: 1;
  /** Languages the notice is written in, the main one first. @default the languages found */
  languages?: Lang[];
  /** Date of the first version, `YYYY-MM-DD`. */
  created?: string;
  /** Date of the latest change, `YYYY-MM-DD`. */
  updated: string;

  /** An introduction before the sections, e.g. why and how the notice is kept. */
  intro?: RichText;

  /** Rekisterinpitäjä: who decides on the processing. */
  controller: Party;
  /** Yhteyshenkilö rekisteriä koskevissa asioissa. */
  contact?: Party;
  /** Tietosuojavastaava (data protection officer), if one is appointed. */
  dpo?: Party;
  /** Rekisterin nimi. */
  registerName?: Localized<string>;
  /** Henkilötietojen käsittelyn tarkoitus. */
  purposes?: RichText;
  /** Käsittelyn oikeusperuste (GDPR art. 6). */
  legalBasis?: RichText;
  /** Rekisteröidyt: whose data is processed. */
  dataSubjects?: RichText;
  /** Rekisterin tietosisältö. */
  dataContent?: RichText;
  /** Tietojen säilytysaika. */
  retention?: RichText;
  /** Säännönmukaiset tietolähteet. */
  sources?: RichText;
  /** Tietojen säännönmukaiset luovutukset. */
  disclosures?: RichText;
  /** Tietojen siirto EU:n tai ETA:n ulkopuolelle, and the safeguards. */
  transfers?: RichText;
  /** Rekisterin suojauksen periaatteet. */
  security?: Security;
  /** Automaattinen päätöksenteko ja profilointi. */
  automatedDecisions?: RichText;
  /** Rekisteröidyn oikeudet. */
  rights?: RichText;
  /** Oikeus tehdä valitus valvontaviranomaiselle (Tietosuojavaltuutettu). */
  complaint?: RichText;
  /** Evästeet: an introduction; the table of the site's cookies is generated after it. */
  cookies?: RichText;
  /** Muutokset tähän selosteeseen. */
  changes?: RichText;

  /** Own headings for known sections, e.g. `{ "purposes": { "fi": "Mihin käytämme tietoja" } }`. */
  headings?: Partial<Record<SectionId, Localized<string>>>;
  /** Sections of the owner's own. */
  extraSections?: ExtraSection[];
}
