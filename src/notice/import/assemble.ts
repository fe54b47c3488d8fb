/**
 * Builds the notice from a document's blocks: finds its sections (sections.ts), their languages
 * and the notices it holds, then puts each section where it belongs. This is the one place
 * sections are placed: into a known section (merged with one placed before, split between the
 * topics its heading names, or spread over topics when it describes one processing activity),
 * into a party's contact details, or, when nothing fits, into an extra section, saying so.
 */
import type { Lang } from '../../core/types.js';
import { HEADINGS } from '../headings.js';
import { fold, isDate, toSectionId } from '../text.js';
import { sentenceTopics, SPECIFIC, TOPICS, topicsOf } from '../topics.js';
import {
  isPartyId,
  SECTION_IDS,
  type ExtraSection,
  type Localized,
  type Notice,
  type Party,
  type PartyId,
  type SectionId,
  type Security,
} from '../types.js';
import {
  blockText,
  joinBlocks,
  LINE_BREAK,
  plainText,
  type Block,
  type TableBlock,
} from './blocks.js';
import { matchHeading, namedInOrder } from './heading-match.js';
import { readParties, type PartyDraft } from './party.js';
import { topicColumns } from './passes.js';
import { assignLanguages, splitParts, toSections, type Section } from './sections.js';

export interface AssembleOptions {
  /** The document's language; when given, the whole document is taken to be in it. */
  lang?: Lang;
  /** The language to assume where nothing tells. */
  fallbackLang: Lang;
  /** Today's date, `YYYY-MM-DD`: `updated` when the document gives no date. */
  today: string;
  /** Keep the document's own wording of known headings in `headings` where it differs. */
  keepHeadings?: boolean;
  /** Which notice to import when the document holds several, from 1. @default 1 */
  part?: number;
}

/** Where a heading of the document went. */
export interface Placement {
  /** The heading as written, without numbering. */
  heading: string;
  /** Its line in the document, when known. */
  line?: number;
  lang: Lang;
  /** A known section's id (`security.manual` for a part), or `extraSections[i]`. */
  to: string;
  /** How it was recognised: a known wording, one with a typo, a guess from a word, or none. */
  how: 'exact' | 'close' | 'keyword' | 'none' | 'topic';
}

export interface Assembled {
  notice: Notice;
  /** The languages found, main first. */
  languages: Lang[];
  /** How many notices the document holds; this is number `part` of them. */
  parts: number;
  part: number;
  placed: Placement[];
  /** What did not go into a known section: kept as extra sections, or left out. */
  unplaced: string[];
  /** Guesses worth checking: a heading recognised by a word, a section split or spread. */
  guessed: string[];
  /** Other changes and findings. */
  notes: string[];
}

/** A text section's content per language, as Markdown paragraphs. */
type Texts = Map<SectionId, Partial<Record<Lang, string[]>>>;

/** The notice as it is being built, and the report on it. */
interface Draft {
  keepHeadings: boolean;
  texts: Texts;
  /** The heading each text section was placed under first, per language. */
  firstHeading: Map<string, string>;
  parties: Partial<Record<PartyId, Partial<Record<Lang, PartyDraft>>>>;
  registerName: Partial<Record<Lang, string>>;
  security: Partial<Record<Lang, { intro: string[]; manual: string[]; electronic: string[] }>>;
  intro: Partial<Record<Lang, string[]>>;
  headings: NonNullable<Notice['headings']>;
  extras: { section: ExtraSection; lang: Lang; index: number }[];
  /** How many extra sections follow each id, per language: `lang\0after` → count. */
  extraCount: Map<string, number>;
  /** The extra sections at each place (`after\0order`), to match them across languages. */
  extraSlots: Map<string, number[]>;
  /** Ids taken: the known sections' and the extra sections'. */
  ids: Set<string>;
  /** The next number to try for an id taken before. */
  nextNumber: Map<string, number>;
  /** Cross-references to write once every section is placed: from → to, per language. */
  references: { from: SectionId; to: SectionId; lang: Lang; heading: string }[];
  placed: Placement[];
  unplaced: string[];
  guessed: string[];
  notes: string[];
}

const MORE: Record<Lang, string> = {
  fi: 'lisätiedot',
  sv: 'mer information',
  en: 'more information',
};

/** "See the section …", for a topic whose text is in another section. */
const SEE: Record<Lang, (heading: string) => string> = {
  fi: (heading) => `Katso kohta ”${heading}”.`,
  sv: (heading) => `Se avsnittet ”${heading}”.`,
  en: (heading) => `See the section “${heading}”.`,
};

/** "Päivitetty 3.2.2025", "Last updated: 2025-02-03", "upprättad 1.1.2020". */
const DATED =
  /(?<!\p{L})(?:päivitetty|päivitys|päivätty|muutettu|laadittu|luotu|laatimispäivämäärä|laatimispäivä|voimassa|viimeisin muutos|versio|updated|last updated|revised|created|effective|version|uppdaterad|reviderad|upprättad|skapad)(?!\p{L})[^\d\n]{0,30}?(?:(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})|(\d{4}-\d{2}-\d{2})|(?:(\d{1,2})\.?\s)?(\p{L}{3,12})\s(\d{4}))/giu;

/** Month names in fi, sv and en, for dates like "tammikuu 2025" or "1 January 2025". */
const MONTHS = [
  /^(tammi|januari|january|jan)/,
  /^(helmi|februari|february|feb)/,
  /^(maalis|mars|march|mar)/,
  /^(huhti|april|apr)/,
  /^(touko|maj|may)/,
  /^(kesä|kesa|juni|june|jun)/,
  /^(heinä|heina|juli|july|jul)/,
  /^(elo|augusti|august|aug)/,
  /^(syys|september|sep)/,
  /^(loka|oktober|october|okt|oct)/,
  /^(marras|november|nov)/,
  /^(joulu|december|dec)/,
];

/** A date found by `DATED`, as `YYYY-MM-DD`; a month without its day is its first day. */
function datePart(match: RegExpMatchArray): string | undefined {
  const [, day, month, year, iso, dayOfMonth, monthName, monthYear] = match;
  if (iso) return iso;
  if (year) return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const index = MONTHS.findIndex((pattern) => pattern.test(monthName.toLowerCase()));
  if (index < 0) return undefined;
  return `${monthYear}-${String(index + 1).padStart(2, '0')}-${(dayOfMonth ?? '1').padStart(2, '0')}`;
}

const CREATED = /^(laadittu|luotu|laatimis|created|upprättad|skapad)/i;

/** Where `splitByTopic` puts what speaks of none of the topics. */
const REST = '(rest)';

/**
 * The notice in the blocks of a document, with a report of where everything went.
 *
 * @example assemble(runPasses(textToBlocks(text).blocks, []), { fallbackLang: 'fi', today: '2026-11-22' }).notice
 */
export function assemble(blocks: readonly Block[], options: AssembleOptions): Assembled {
  const draft: Draft = {
    keepHeadings: options.keepHeadings ?? false,
    texts: new Map(),
    firstHeading: new Map(),
    parties: {},
    registerName: {},
    security: {},
    intro: {},
    headings: {},
    extras: [],
    extraCount: new Map(),
    extraSlots: new Map(),
    ids: new Set(SECTION_IDS),
    nextNumber: new Map(),
    references: [],
    placed: [],
    unplaced: [],
    guessed: [],
    notes: [],
  };
  const dates = takeDates(blocks, draft.notes);
  const { title, preamble, sections } = toSections(dates.blocks);
  const languages = options.lang
    ? forceLanguage(sections, options.lang)
    : assignLanguages(sections, options.fallbackLang);
  const main = languages[0] ?? options.lang ?? options.fallbackLang;
  if (languages.length > 1) {
    draft.notes.push(
      `The document is in ${languages.length} languages (${languages.join(', ')}): they were imported as one notice with a text per language.`,
    );
  }

  const byLanguage = languages.map((lang) => ({
    lang,
    parts: splitParts(sections.filter((section) => section.lang === lang)),
  }));
  const parts = Math.max(1, ...byLanguage.map((entry) => entry.parts.length));
  const part = Math.min(Math.max(1, options.part ?? 1), parts);
  if (parts > 1) {
    draft.notes.push(
      `The document holds ${parts} notices; this is number ${part}${part === parts ? '' : ` (import the next with --part ${part + 1})`}.`,
    );
  }

  if (part === 1) {
    const intro = preambleTexts(preamble, main, draft);
    if (intro.length > 0) (draft.intro[main] ??= []).push(...intro);
  }
  for (const { lang, parts: ofLanguage } of byLanguage) {
    const chosen = ofLanguage[part - 1] ?? [];
    placePart(draft, chosen, lang);
  }
  writeReferences(draft);
  noteLeftOut(draft, title, main);
  if (!dates.updated) {
    draft.notes.push(`No date of update was found: "updated" is today, ${options.today}.`);
  }
  const notice = build(draft, languages.length > 0 ? languages : [main], dates, options.today);
  const { placed, unplaced, guessed, notes } = draft;
  return {
    notice,
    languages: languages.length > 0 ? languages : [main],
    parts,
    part,
    placed,
    unplaced,
    guessed,
    notes,
  };
}

function forceLanguage(sections: Section[], lang: Lang): Lang[] {
  for (const section of sections) section.lang = lang;
  return [lang];
}

/** The preamble's text for the introduction; a table of topic columns is spread instead. */
function preambleTexts(preamble: readonly Block[], lang: Lang, draft: Draft): string[] {
  const texts: string[] = [];
  for (const block of preamble) {
    if (block.kind === 'table') spreadTable(draft, block, lang);
    else texts.push(markdownOf(block));
  }
  return texts.filter(Boolean);
}

function markdownOf(block: Block): string {
  if (block.kind === 'heading') return `**${block.text}**`;
  if (block.kind === 'table') return '';
  return block.markdown;
}

/** Places the sections of one notice in one language. */
function placePart(draft: Draft, sections: readonly Section[], lang: Lang): void {
  const known = sections.filter((section) => section.match && !isPartyId(section.match.id)).length;
  const unknown = sections.filter((section) => section.role === 'section' && !section.match).length;
  const activities = unknown >= 2 && known < 4;
  let previous: string | undefined;
  let seenKnown = false;
  for (const section of sections) {
    if (
      section.role === 'title' ||
      (!section.match &&
        !seenKnown &&
        section.blocks.length > 0 &&
        activities === false &&
        isIntroLike(section))
    ) {
      const texts = section.blocks.map(markdownOf).filter(Boolean);
      if (!seenKnown) {
        if (texts.length > 0) (draft.intro[lang] ??= []).push(...texts);
        if (section.role === 'title')
          draft.notes.push(
            `Took "${section.heading}" for a title: its text went into the introduction.`,
          );
        continue;
      }
    }
    if (section.match) seenKnown = true;
    previous = placeSection(draft, section, lang, previous, activities);
  }
}

/** A heading before every known section that names none ("Yleistä"): its text is an introduction. */
function isIntroLike(section: Section): boolean {
  return /^(yleist|johdanto|allmänt|inledning|general|introduction|about)/i.test(
    fold(section.heading),
  );
}

/**
 * Puts a section where it belongs; returns the id it went to, which the next extra section
 * follows.
 */
function placeSection(
  draft: Draft,
  section: Section,
  lang: Lang,
  previous: string | undefined,
  activities: boolean,
): string | undefined {
  for (const block of section.blocks) {
    if (block.kind === 'table') spreadTable(draft, block, lang);
  }
  const blocks = section.blocks.filter(
    (block) => !(block.kind === 'table' && topicColumns(block).length >= 2),
  );
  const id = section.match?.id;
  if (!id) {
    if (activities) {
      const rest = spreadActivity(draft, section, blocks, lang);
      if (rest.length === 0) return previous;
      return placeExtra(
        draft,
        section,
        joinBlocks(rest.map(markdownOf)),
        lang,
        previous,
        'not a heading Seloste knows; the rest of it was spread over the sections its sentences speak of',
      );
    }
    return placeExtra(
      draft,
      section,
      joinBlocks(blocks.map(markdownOf)),
      lang,
      previous,
      'not a heading Seloste knows',
    );
  }
  const how = section.match!.how;
  if (how === 'keyword') {
    draft.guessed.push(
      `"${section.heading}"${at(section)} was taken to be ${id}, a guess from its wording.`,
    );
  }

  if (isPartyId(id)) return placeParties(draft, section, id, blocks, lang, previous);
  if (id === 'registerName') return placeRegisterName(draft, section, blocks, lang, previous);
  if (id === 'security') return placeSecurity(draft, section, blocks, lang);

  const named = namedInOrder(section.heading, section.match!).filter(
    (target): target is SectionId =>
      (SECTION_IDS as readonly string[]).includes(target) &&
      !isPartyId(target as SectionId) &&
      target !== 'registerName',
  );
  if (named.length > 1) return placeCombined(draft, section, blocks, named, lang);
  placeText(draft, section, id, blocks.map(markdownOf), lang, how);
  return id;
}

/** " (line 12)", for messages. */
function at(section: { line?: number }): string {
  return section.line ? ` (line ${section.line})` : '';
}

/** Adds text to a known section, merging with text placed there before under its own heading. */
function placeText(
  draft: Draft,
  section: Section,
  id: SectionId,
  markdowns: string[],
  lang: Lang,
  how: Placement['how'],
): boolean {
  const texts = markdowns.filter((text) => text.trim());
  if (texts.length === 0) {
    draft.notes.push(`"${section.heading}"${at(section)} had no text: left out.`);
    return false;
  }
  if (id === 'security') {
    const paragraphs = texts.map((markdown): Block => ({ kind: 'paragraph', markdown }));
    placeSecurity(draft, section, paragraphs, lang);
    return true;
  }
  const entry = draft.texts.get(id) ?? {};
  const existing = entry[lang];
  const key = `${id}:${lang}`;
  if (existing) {
    const first = draft.firstHeading.get(key);
    if (first && !isStandard(first, id, lang) && !existing[0]?.startsWith('**')) {
      existing.unshift(`**${first}**`);
    }
    existing.push(`**${section.heading}**`, ...texts);
    draft.notes.push(
      `"${section.heading}"${at(section)} was added to ${id}, after the text placed there before.`,
    );
  } else {
    entry[lang] = [...texts];
    draft.firstHeading.set(key, section.heading);
  }
  draft.texts.set(id, entry);
  if (draft.keepHeadings && !existing && !isStandard(section.heading, id, lang)) {
    draft.headings[id] ??= {} as never;
    Object.assign(draft.headings[id] as object, { [lang]: ordinaryCase(section.heading) });
  }
  draft.placed.push({ heading: section.heading, line: section.line, lang, to: id, how });
  return true;
}

function isStandard(heading: string, id: SectionId, lang: Lang): boolean {
  return fold(heading) === fold(HEADINGS[lang][id]);
}

/**
 * A section whose heading names several topics ("Tietojen luovutukset ja siirto EU:n
 * ulkopuolelle"): its sub-headings, else its sentences, go to the topic they speak of; a topic
 * that gets no text of its own points to the section that has it.
 */
function placeCombined(
  draft: Draft,
  section: Section,
  blocks: Block[],
  named: SectionId[],
  lang: Lang,
): string {
  const parts = splitBySubHeadings(blocks, named) ?? splitByTopic(blocks, named, false);
  const filled = named.filter((id) => (parts.get(id) ?? []).length > 0);
  if (filled.length === 0) {
    draft.notes.push(`"${section.heading}"${at(section)} had no text: left out.`);
    return named[0];
  }
  for (const id of filled) {
    placeText(draft, { ...section }, id, parts.get(id)!, lang, section.match!.how);
  }
  const home = filled[0];
  for (const id of named.filter((target) => !filled.includes(target))) {
    draft.references.push({ from: id, to: home, lang, heading: section.heading });
  }
  if (filled.length > 1) {
    draft.guessed.push(
      `"${section.heading}"${at(section)} names ${named.join(' and ')}: its text was split between them by what each part speaks of. Check the split.`,
    );
  }
  return filled.at(-1)!;
}

/** Text split at sub-headings that name the topics, when it has such sub-headings. */
function splitBySubHeadings(
  blocks: Block[],
  named: SectionId[],
): Map<SectionId, string[]> | undefined {
  const parts = new Map<SectionId, string[]>();
  let current = named[0];
  let found = false;
  for (const block of blocks) {
    const label =
      block.kind === 'heading'
        ? block.text
        : block.kind === 'paragraph' && /^\*\*[^*]+\*\*$/.test(block.markdown)
          ? plainText(block.markdown)
          : undefined;
    const match = label ? matchHeading(label) : undefined;
    const target =
      match &&
      [match.id, ...match.also].find((id) => named.includes(id as SectionId) && id !== current);
    if (target) {
      current = target as SectionId;
      found = true;
      continue;
    }
    const list = parts.get(current) ?? [];
    list.push(markdownOf(block));
    parts.set(current, list);
  }
  return found ? parts : undefined;
}

/** A paragraph's sentences. */
function sentences(markdown: string): string[] {
  return markdown
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\d“"(])/u)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * Blocks split by the topics among `topics` each sentence speaks of. A sentence that names
 * several goes to each; one that names none goes on with the topics before it (with `spread`, a
 * processing activity's sentences, only within its paragraph; the rest are left over under
 * `REST`). A list or table goes with the sentence that leads into it.
 */
function splitByTopic(
  blocks: readonly Block[],
  topics: SectionId[],
  spread: boolean,
): Map<SectionId | typeof REST, string[]> {
  const parts = new Map<SectionId | typeof REST, string[][]>();
  let current: (SectionId | typeof REST)[] = spread ? [REST] : [topics[0]];
  let previous = new Set<SectionId | typeof REST>();
  let leadsIn = false;
  const add = (id: SectionId | typeof REST, text: string, join: boolean) => {
    const list = parts.get(id) ?? [];
    if (join && list.length > 0) list[list.length - 1].push(text);
    else list.push([text]);
    parts.set(id, list);
  };
  for (const block of blocks) {
    if (block.kind !== 'paragraph') {
      const found = topicsOf(fold(blockText(block)), topics);
      const targets =
        previous.size > 0 && leadsIn ? [...previous] : found.length > 0 && spread ? found : current;
      for (const target of targets) add(target, markdownOf(block), false);
      previous = new Set();
      continue;
    }
    previous = new Set();
    if (spread) current = [REST];
    for (const sentence of sentences(block.markdown)) {
      const found = sentenceTopics(fold(plainText(sentence)), topics);
      const targets = found.length > 0 ? found : current;
      for (const target of targets) add(target, sentence, previous.has(target));
      previous = new Set(targets);
      current = targets;
      leadsIn = /:\s*$/.test(sentence);
    }
  }
  return new Map(
    [...parts].map(([id, paragraphs]) => [id, paragraphs.map((paragraph) => paragraph.join(' '))]),
  );
}

/**
 * A section of a notice written by processing activity ("Website", "Newsletter"): each
 * sentence goes to the topics it speaks of, under the activity's name in bold. Returns the
 * blocks that speak of none.
 */
function spreadActivity(draft: Draft, section: Section, blocks: Block[], lang: Lang): Block[] {
  const topics = SPECIFIC.filter((id) => TOPICS[id]);
  const parts = splitByTopic(blocks, topics, true);
  const spread = [...parts.keys()].filter((id): id is SectionId => id !== REST);
  if (spread.length < 2) return blocks;
  for (const id of spread) {
    const texts = [`**${section.heading}**`, ...parts.get(id)!];
    const entry = draft.texts.get(id) ?? {};
    (entry[lang] ??= []).push(...texts);
    draft.texts.set(id, entry);
    draft.placed.push({ heading: section.heading, line: section.line, lang, to: id, how: 'topic' });
  }
  draft.guessed.push(
    `"${section.heading}"${at(section)} describes one activity: its sentences were spread over ${spread.join(', ')}, under its name. Check each of them.`,
  );
  const rest = parts.get(REST) ?? [];
  return rest.map((markdown) => ({ kind: 'paragraph', markdown }));
}

/**
 * A table whose header names topics ("Where do we get it", "When do we delete it"): each such
 * column becomes a list in its section, one item per row, named by the row's first cell.
 */
function spreadTable(draft: Draft, table: TableBlock, lang: Lang): void {
  const columns = topicColumns(table);
  if (columns.length < 2) return;
  const [header, ...rows] = table.rows;
  const label = (row: (typeof rows)[number]) => row[0]?.text || '–';
  if (/tieto|tiedot|information|data|uppgift/i.test(header[0]?.text ?? '')) {
    columns.unshift({ column: 0, id: 'dataContent' });
  }
  for (const { column, id } of columns) {
    const items = rows
      .filter((row) => row[column]?.text)
      .map((row) =>
        column === 0 ? `- ${row[0].text}` : `- **${label(row)}:** ${row[column].text}`,
      );
    if (items.length === 0) continue;
    const entry = draft.texts.get(id as SectionId) ?? {};
    (entry[lang] ??= []).push(`**${header[column].text}**`, items.join('\n'));
    draft.texts.set(id as SectionId, entry);
    draft.placed.push({
      heading: header[column].text,
      line: table.line,
      lang,
      to: id,
      how: 'topic',
    });
  }
  draft.guessed.push(
    `A table's columns${table.line ? ` (line ${table.line})` : ''} were spread over the sections their titles name: ${columns.map(({ column, id }) => `"${header[column].text}" → ${id}`).join(', ')}.`,
  );
}

/** Keeps a section as an extra section after the one placed before it. */
function placeExtra(
  draft: Draft,
  section: Pick<Section, 'heading' | 'line'>,
  markdown: string,
  lang: Lang,
  previous: string | undefined,
  why: string,
): string | undefined {
  if (!markdown.trim()) {
    draft.notes.push(`"${section.heading}"${at(section)} had no text: left out.`);
    return previous;
  }
  const place = `${lang}\u0000${previous}`;
  const order = draft.extraCount.get(place) ?? 0;
  draft.extraCount.set(place, order + 1);
  const slot = `${previous}\u0000${order}`;
  const twin = (draft.extraSlots.get(slot) ?? [])
    .map((index) => draft.extras[index])
    .find((extra) => extra.lang !== lang && !(lang in (extra.section.text as object)));
  if (twin) {
    Object.assign(twin.section.title as object, { [lang]: section.heading });
    Object.assign(twin.section.text as object, { [lang]: markdown });
    draft.placed.push({
      heading: section.heading,
      line: section.line,
      lang,
      to: `extraSections[${twin.index}]`,
      how: 'none',
    });
    return twin.section.id;
  }
  const id = uniqueId(shortId(section.heading), draft);
  draft.extras.push({
    section: {
      id,
      title: { [lang]: section.heading },
      text: { [lang]: markdown },
      ...(previous ? { after: previous } : {}),
    },
    lang,
    index: draft.extras.length,
  });
  draft.extraSlots.set(slot, [...(draft.extraSlots.get(slot) ?? []), draft.extras.length - 1]);
  const to = `extraSections[${draft.extras.length - 1}]`;
  draft.placed.push({ heading: section.heading, line: section.line, lang, to, how: 'none' });
  draft.unplaced.push(
    `"${section.heading}"${at(section)}: ${why}; kept as the extra section "${id}".`,
  );
  return id;
}

/**
 * The parties in a contact section (the owner's, and others it names such as a contact person);
 * its other text goes into an extra section after it.
 */
function placeParties(
  draft: Draft,
  section: Section,
  owner: PartyId,
  blocks: Block[],
  lang: Lang,
  previous: string | undefined,
): string | undefined {
  const markdowns = blocks.map(markdownOf).filter(Boolean);
  const read = readParties(markdowns, owner);
  draft.notes.push(...read.notes);
  let rest = read.rest;
  const own = read.parties[owner];
  if (
    !own?.name &&
    rest.length > 0 &&
    (!own || Object.keys(own).length === 0 || owner === 'controller')
  ) {
    const first = plainText(rest[0]).replace(/\s+/g, ' ').trim();
    const sentence =
      first.length <= 200 ? first : (/^.{20,200}?[.!?](?=\s|$)/.exec(first)?.[0] ?? '');
    if (sentence) {
      read.parties[owner] = { ...own, name: sentence.replace(/[.:]$/, '') };
      if (sentence === first) rest = rest.slice(1);
      draft.guessed.push(
        `${owner} in "${section.heading}"${at(section)} has no name of its own; its text "${sentence.slice(0, 60)}${sentence.length > 60 ? '…' : ''}" was taken for the name. Shorten it.`,
      );
    }
  }
  let placedAny = false;
  for (const [id, found] of Object.entries(read.parties) as [PartyId, PartyDraft][]) {
    const byLang = (draft.parties[id] ??= {});
    if (byLang[lang]) {
      draft.notes.push(
        `A second ${id} was found under "${section.heading}"${at(section)}; only the first is kept.`,
      );
      continue;
    }
    if (!found.name && Object.keys(found).length === 0) continue;
    byLang[lang] = found;
    placedAny = true;
    draft.placed.push({
      heading: section.heading,
      line: section.line,
      lang,
      to: id,
      how: section.match!.how,
    });
  }
  if (!placedAny && rest.length === 0) {
    draft.notes.push(`"${section.heading}"${at(section)} had no contact details: left out.`);
  }
  if (rest.length > 0) {
    const more = { heading: `${section.heading} – ${MORE[lang]}`, line: section.line };
    return placeExtra(draft, more, joinBlocks(rest), lang, owner, 'text besides contact details');
  }
  return placedAny ? owner : previous;
}

function placeRegisterName(
  draft: Draft,
  section: Section,
  blocks: Block[],
  lang: Lang,
  previous: string | undefined,
): string | undefined {
  const markdowns = blocks.map(markdownOf).filter(Boolean);
  if (draft.registerName[lang]) {
    return placeExtra(
      draft,
      section,
      joinBlocks(markdowns),
      lang,
      previous,
      'a second register name',
    );
  }
  const [name = '', ...more] = markdowns;
  const text = plainText(name).replace(/\s+/g, ' ').replace(/\.$/, '').trim();
  if (!text) {
    draft.notes.push(`"${section.heading}"${at(section)} had no text: left out.`);
    return previous;
  }
  draft.registerName[lang] = text;
  draft.placed.push({
    heading: section.heading,
    line: section.line,
    lang,
    to: 'registerName',
    how: section.match!.how,
  });
  if (more.length > 0) {
    const extra = { heading: `${section.heading} – ${MORE[lang]}`, line: section.line };
    return placeExtra(draft, extra, joinBlocks(more), lang, 'registerName', 'more than a name');
  }
  return 'registerName';
}

/**
 * Security: its manual and electronic parts by their sub-headings (or the heading's own "A:
 * Manuaalinen aineisto"), the rest as one text; a second security section adds to the first.
 */
function placeSecurity(draft: Draft, section: Section, blocks: Block[], lang: Lang): string {
  const security = (draft.security[lang] ??= { intro: [], manual: [], electronic: [] });
  const before = security.intro.length + security.manual.length + security.electronic.length;
  let part: 'intro' | 'manual' | 'electronic' =
    section.part === 'securityManual'
      ? 'manual'
      : section.part === 'securityElectronic'
        ? 'electronic'
        : 'intro';
  if (before > 0 && part === 'intro') security.intro.push(`**${section.heading}**`);
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === 6) {
      part = matchHeading(block.text)?.id === 'securityManual' ? 'manual' : 'electronic';
      continue;
    }
    const markdown = markdownOf(block);
    if (markdown) security[part].push(markdown);
  }
  const after = security.intro.length + security.manual.length + security.electronic.length;
  if (after === before) {
    draft.notes.push(`"${section.heading}"${at(section)} had no text: left out.`);
  } else {
    const to = section.part
      ? `security.${section.part === 'securityManual' ? 'manual' : 'electronic'}`
      : 'security';
    draft.placed.push({
      heading: section.heading,
      line: section.line,
      lang,
      to,
      how: section.match!.how,
    });
  }
  return 'security';
}

/** Writes the cross-references of topics whose text went to another section. */
function writeReferences(draft: Draft): void {
  for (const { from, to, lang, heading } of draft.references) {
    const entry = draft.texts.get(from) ?? {};
    if (entry[lang]?.length) continue;
    const target = HEADINGS[lang][to];
    entry[lang] = [SEE[lang](target)];
    draft.texts.set(from, entry);
    draft.placed.push({ heading, lang, to: from, how: 'topic' });
    draft.guessed.push(
      `"${heading}" names ${from} too, but no part of its text could be told apart: ${from} points to ${to} ("${SEE[lang](target)}"). Write it out if it deserves more.`,
    );
  }
}

/** Reports the title and a missing controller; takes the register's name from the title. */
function noteLeftOut(draft: Draft, title: string | undefined, lang: Lang): void {
  // "Contact us" in a notice without a controller's section gives the company's details.
  if (!draft.parties.controller && draft.parties.contact) {
    draft.parties.controller = draft.parties.contact;
    delete draft.parties.contact;
    for (const placement of draft.placed)
      if (placement.to === 'contact') placement.to = 'controller';
    draft.guessed.push(
      "The notice names no controller (rekisterinpitäjä): the contact details it gives were taken for the controller's. Check them.",
    );
  }
  if (!draft.parties.controller) {
    draft.notes.push(
      'No controller (rekisterinpitäjä) was found: fill in controller.name and its contact details.',
    );
  }
  if (title) draft.notes.push(`Left out the title "${title}": Seloste shows its own.`);
  const fromTitle = title && /\s[—–:-]\s*(.+)$/.exec(title)?.[1]?.trim();
  if (fromTitle && !draft.registerName[lang]) {
    draft.registerName[lang] = fromTitle;
    draft.notes.push(`Took the register's name "${fromTitle}" from the title.`);
  }
  if (draft.intro[lang]?.length) {
    draft.notes.push('Kept the text before the first heading as the introduction (intro).');
  }
}

/** The notice from the draft. */
function build(
  draft: Draft,
  languages: Lang[],
  dates: { created?: string; updated?: string },
  today: string,
): Notice {
  const perLanguage = <T>(values: Partial<Record<Lang, T>>) => values as Localized<T>;
  const notice: Notice = {
    version: 1,
    languages,
    ...(dates.created ? { created: dates.created } : {}),
    updated: dates.updated ?? today,
    controller: { name: '' },
  };
  const intro = mapLangs(draft.intro, (texts) => joinBlocks(texts));
  if (Object.keys(intro).length > 0) notice.intro = perLanguage(intro);
  for (const id of ['controller', 'contact', 'dpo'] as const) {
    const party = toParty(draft.parties[id], id, languages, draft.notes);
    if (party) notice[id] = party;
  }
  if (Object.keys(draft.registerName).length > 0)
    notice.registerName = perLanguage(draft.registerName);
  for (const id of SECTION_IDS) {
    if (id === 'security') {
      const security = securityOf(draft);
      if (security) notice.security = security;
      continue;
    }
    const entry = draft.texts.get(id);
    if (!entry) continue;
    const value = mapLangs(entry, (texts) => joinBlocks(texts));
    if (Object.keys(value).length > 0) Object.assign(notice, { [id]: perLanguage(value) });
  }
  if (Object.keys(draft.headings).length > 0) notice.headings = draft.headings;
  if (draft.extras.length > 0) notice.extraSections = draft.extras.map((extra) => extra.section);
  return notice;
}

function mapLangs<T, U>(
  values: Partial<Record<Lang, T>>,
  map: (value: T) => U,
): Partial<Record<Lang, U>> {
  const out: Partial<Record<Lang, U>> = {};
  for (const [lang, value] of Object.entries(values) as [Lang, T][]) {
    const mapped = map(value);
    if (mapped !== '' && mapped !== undefined) out[lang] = mapped;
  }
  return out;
}

/**
 * A party from what was read in each language: the same name, address and role in every
 * language as one text, else per language; numbers and addresses from the first that has them.
 */
function toParty(
  found: Partial<Record<Lang, PartyDraft>> | undefined,
  id: PartyId,
  languages: Lang[],
  notes: string[],
): Party | undefined {
  if (!found) return undefined;
  const drafts = languages.flatMap((lang) => (found[lang] ? [[lang, found[lang]!] as const] : []));
  if (drafts.length === 0) return undefined;
  const text = (field: 'name' | 'role' | 'address'): Localized<string> | undefined => {
    const values = drafts.flatMap(([lang, draft]) =>
      typeof draft[field] === 'string' ? [[lang, draft[field] as string] as const] : [],
    );
    if (values.length === 0) return undefined;
    if (values.every(([, value]) => value === values[0][1])) return values[0][1];
    return Object.fromEntries(values);
  };
  const first = (field: 'businessId' | 'phone' | 'email' | 'website') =>
    drafts.map(([, draft]) => draft[field]).find((value) => value !== undefined);
  let name = text('name');
  if (!name) {
    const [lang] = drafts[0];
    name = HEADINGS[lang][id];
    notes.push(`No name was found for ${id}: it is called "${name}" for now.`);
  }
  const party: Party = { name };
  const role = text('role');
  if (role)
    party.role = typeof role === 'string' && drafts.length === 1 ? { [drafts[0][0]]: role } : role;
  for (const field of ['businessId', 'address', 'phone', 'email', 'website'] as const) {
    const value = field === 'address' ? text('address') : first(field);
    if (value !== undefined) Object.assign(party, { [field]: value });
  }
  return party;
}

/** Security as one text per language, or split into manual and electronic parts. */
function securityOf(draft: Draft): Security | undefined {
  const entries = Object.entries(draft.security) as [
    Lang,
    { intro: string[]; manual: string[]; electronic: string[] },
  ][];
  if (entries.length === 0) return undefined;
  // Split only what is plainly split: both parts under their headings, or one part of one
  // paragraph. "Manuaalinen aineisto: …" followed by more paragraphs is one text.
  const split = entries.every(
    ([, parts]) =>
      parts.intro.length === 0 &&
      ((parts.manual.length > 0 && parts.electronic.length > 0) ||
        parts.manual.length + parts.electronic.length === 1),
  );
  if (split) {
    draft.notes.push('Security was split into manual and electronic parts by its sub-headings.');
    const part = (name: 'manual' | 'electronic') =>
      mapLangs(
        Object.fromEntries(entries.map(([lang, parts]) => [lang, parts[name]])) as Partial<
          Record<Lang, string[]>
        >,
        (texts) => joinBlocks(texts),
      );
    const manual = part('manual');
    const electronic = part('electronic');
    return {
      ...(Object.keys(manual).length > 0 ? { manual } : {}),
      ...(Object.keys(electronic).length > 0 ? { electronic } : {}),
    };
  }
  const whole: Partial<Record<Lang, string>> = {};
  for (const [lang, parts] of entries) {
    const label = (name: 'securityManual' | 'securityElectronic') => `**${HEADINGS[lang][name]}**`;
    whole[lang] = joinBlocks([
      ...parts.intro,
      ...(parts.manual.length ? [label('securityManual'), ...parts.manual] : []),
      ...(parts.electronic.length ? [label('securityElectronic'), ...parts.electronic] : []),
    ]);
  }
  const value = mapLangs(whole, (text) => text);
  return Object.keys(value).length > 0 ? value : undefined;
}

/** The dates of creation and update the document states, and its blocks without date lines. */
function takeDates(
  blocks: readonly Block[],
  notes: string[],
): { created?: string; updated?: string; blocks: Block[] } {
  let created: string | undefined;
  let updated: string | undefined;
  const kept = blocks.filter((block) => {
    if (block.kind !== 'paragraph') return true;
    const text = plainText(block.markdown);
    if (text.length > 400) return true;
    let found = false;
    for (const match of text.matchAll(DATED)) {
      const [phrase] = match;
      const date = datePart(match);
      if (!date || !isDate(date)) continue;
      found = true;
      if (CREATED.test(phrase)) created = created && created < date ? created : date;
      else updated = updated && updated > date ? updated : date;
    }
    const words = text.replace(DATED, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
    return !found || words.length > 3;
  });
  if (created && !updated) updated = created;
  if (updated) notes.push(`Took the date of update, ${updated}, from the text.`);
  if (created) notes.push(`Took the date the notice was made, ${created}, from the text.`);
  return { created, updated, blocks: kept };
}

/** An id for an extra section from its heading: at most 48 characters, whole words. */
function shortId(heading: string): string {
  const id = toSectionId(heading);
  if (id.length <= 48) return id || 'section';
  return id.slice(0, 49).replace(/-[^-]*$/, '');
}

/**
 * `base`, or `base-2`, `base-3` … when that is taken; it is then taken. Counts on from the last
 * number given for `base`, so that a thousand sections of one name cost no more than one each.
 */
function uniqueId(base: string, draft: Pick<Draft, 'ids' | 'nextNumber'>): string {
  let n = draft.nextNumber.get(base) ?? 1;
  let id = n === 1 ? base : `${base}-${n}`;
  while (draft.ids.has(id)) id = `${base}-${++n}`;
  draft.nextNumber.set(base, n + 1);
  draft.ids.add(id);
  return id;
}

/**
 * A heading written in capitals, in sentence case.
 *
 * @example ordinaryCase('REKISTERIN NIMI') // 'Rekisterin nimi'
 */
function ordinaryCase(heading: string): string {
  if (/\p{Ll}/u.test(heading)) return heading;
  const lower = heading.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export { LINE_BREAK };
