/**
 * Builds the notice from a document's blocks: finds its sections (sections.ts), puts each into
 * its known section, reads contact blocks and dates, and keeps what it cannot place as extra
 * sections, saying so.
 */
import type { Lang } from '../../core/types.js';
import { HEADINGS } from '../headings.js';
import { fold, isDate, toSectionId } from '../notice-schema.js';
import {
  isPartyId,
  SECTION_IDS,
  type ExtraSection,
  type Notice,
  type Party,
  type PartyId,
  type SectionId,
  type Security,
} from '../types.js';
import { joinBlocks, plainText, type Block } from './blocks.js';
import { matchHeading } from './heading-match.js';
import { readParties } from './party.js';
import { toSections, type Section } from './sections.js';

interface AssembleOptions {
  /** The language the document is written in. */
  lang: Lang;
  /** Today's date, `YYYY-MM-DD`: `updated` when the document gives no date. */
  today: string;
  /** Keep the document's own wording of known headings in `headings` where it differs. */
  keepHeadings?: boolean;
}

/** Where a heading of the document went. */
export interface Placement {
  heading: string;
  /** A known section's id, or `extraSections[i]`. */
  to: string;
}

interface Assembled {
  notice: Notice;
  placed: Placement[];
  /** What did not go into a known section: kept as extra sections, or left out. */
  unplaced: string[];
  /** Guesses and changes worth checking. */
  notes: string[];
}

/** The notice as it is being built, and the report on it. */
interface Draft extends Omit<Assembled, 'notice'> {
  lang: Lang;
  keepHeadings: boolean;
  /** Known sections placed so far. */
  sections: Partial<Notice>;
  headings: NonNullable<Notice['headings']>;
  extras: ExtraSection[];
  /** Ids taken: the known sections' and the extra sections'. */
  ids: Set<string>;
  /** The id of the section placed last, which an extra section follows. */
  previous?: string;
}

const MORE: Record<Lang, string> = {
  fi: 'lisätiedot',
  sv: 'mer information',
  en: 'more information',
};

/** "Päivitetty 3.2.2025", "Last updated: 2025-02-03", "upprättad 1.1.2020". */
const DATED =
  /(?<!\p{L})(?:päivitetty|päivitys|päivätty|muutettu|laadittu|luotu|laatimispäivämäärä|updated|last updated|revised|created|uppdaterad|reviderad|upprättad|skapad)(?!\p{L})[^\d\n]{0,30}?(?:(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})|(\d{4}-\d{2}-\d{2}))/giu;
const CREATED = /^(laadittu|luotu|laatimis|created|upprättad|skapad)/i;

/**
 * The notice in the blocks of a document, with a report of where everything went.
 *
 * @example assemble(textToBlocks(text).blocks, { lang: 'fi', today: '2026-11-22' }).notice
 */
export function assemble(blocks: readonly Block[], options: AssembleOptions): Assembled {
  const draft: Draft = {
    lang: options.lang,
    keepHeadings: options.keepHeadings ?? false,
    sections: {},
    headings: {},
    extras: [],
    ids: new Set(SECTION_IDS),
    placed: [],
    unplaced: [],
    notes: [],
  };
  const dates = takeDates(blocks, draft.notes);
  const { title, preamble, sections } = toSections(dates.blocks);
  for (const section of sections) place(draft, section);
  noteLeftOut(draft, title, preamble);
  if (!dates.updated) {
    draft.notes.push(`No date of update was found: "updated" is today, ${options.today}.`);
  }
  const notice: Notice = {
    version: 1,
    languages: [draft.lang],
    ...(dates.created ? { created: dates.created } : {}),
    updated: dates.updated ?? options.today,
    ...(draft.sections.intro ? { intro: draft.sections.intro } : {}),
    controller: draft.sections.controller ?? { name: '' },
  };
  for (const id of SECTION_IDS) {
    if (draft.sections[id] !== undefined) Object.assign(notice, { [id]: draft.sections[id] });
  }
  if (Object.keys(draft.headings).length > 0) notice.headings = draft.headings;
  if (draft.extras.length > 0) notice.extraSections = draft.extras;
  const { placed, unplaced, notes } = draft;
  return { notice, placed, unplaced, notes };
}

/** Puts a section where it belongs: into its known section, else into an extra section. */
function place(draft: Draft, section: Section): void {
  const markdowns = section.blocks.flatMap((block) =>
    block.kind === 'text' ? [block.markdown] : [],
  );
  const id = section.match?.id;
  if (!id)
    return placeExtra(draft, section.heading, joinBlocks(markdowns), 'not a heading Seloste knows');
  if (draft.sections[id] !== undefined) {
    return placeExtra(draft, section.heading, joinBlocks(markdowns), `a second "${id}" section`);
  }

  const { lang } = draft;
  draft.placed.push({ heading: section.heading, to: id });
  noteMatch(draft, section, id);
  if (section.blocks.length === 0) draft.notes.push(`"${section.heading}" had no text.`);
  if (draft.keepHeadings && fold(section.heading) !== fold(HEADINGS[lang][id])) {
    draft.headings[id] = { [lang]: ordinaryCase(section.heading) };
  }
  draft.previous = id;

  if (isPartyId(id)) {
    placeParties(draft, section, id, markdowns);
  } else if (id === 'registerName') {
    const [name = '', ...more] = markdowns;
    draft.sections.registerName = {
      [lang]: plainText(name).replace(/\s+/g, ' ').replace(/\.$/, '').trim(),
    };
    if (more.length > 0) {
      placeExtra(draft, `${section.heading} – ${MORE[lang]}`, joinBlocks(more), 'more than a name');
    }
  } else if (id === 'security') {
    draft.sections.security = securityOf(section, lang, draft.notes);
  } else {
    Object.assign(draft.sections, { [id]: { [lang]: joinBlocks(markdowns) } });
  }
}

/** Keeps a section as an extra section after the one placed before it. */
function placeExtra(draft: Draft, heading: string, markdown: string, why: string): void {
  const id = uniqueId(shortId(heading), draft.ids);
  draft.ids.add(id);
  draft.extras.push({
    id,
    title: { [draft.lang]: heading },
    text: { [draft.lang]: markdown },
    ...(draft.previous ? { after: draft.previous } : {}),
  });
  draft.placed.push({ heading, to: `extraSections[${draft.extras.length - 1}]` });
  draft.unplaced.push(`"${heading}": ${why}; kept as the extra section "${id}".`);
  draft.previous = id;
}

/**
 * The parties in a contact section (the owner's, and others it names such as a contact person);
 * its other text goes into an extra section after it.
 */
function placeParties(draft: Draft, section: Section, owner: PartyId, markdowns: string[]): void {
  const read = readParties(markdowns, owner);
  draft.notes.push(...read.notes);
  for (const [id, found] of Object.entries(read.parties) as [PartyId, Partial<Party>][]) {
    if (draft.sections[id]) {
      draft.notes.push(
        `A second ${id} was found under "${section.heading}"; only the first is kept.`,
      );
      continue;
    }
    const party = toParty(found, id, draft.lang, draft.notes);
    if (party) draft.sections[id] = party;
  }
  if (read.rest.length > 0) {
    const heading = `${section.heading} – ${MORE[draft.lang]}`;
    placeExtra(draft, heading, joinBlocks(read.rest), 'text besides contact details');
  }
}

/** A party from what was read; without a name it is named by its role, if it has contact details. */
function toParty(
  found: Partial<Party>,
  id: PartyId,
  lang: Lang,
  notes: string[],
): Party | undefined {
  const { name, role, ...details } = found;
  if (!name && Object.keys(details).length === 0) return undefined;
  if (!name)
    notes.push(`No name was found for ${id}: it is called "${HEADINGS[lang][id]}" for now.`);
  return {
    name: name ?? HEADINGS[lang][id],
    ...(role ? { role: { [lang]: role as string } } : {}),
    ...details,
  };
}

/**
 * Security as one text, or split into manual and electronic parts when the section is made of
 * just those two under their own sub-headings.
 */
function securityOf(section: Section, lang: Lang, notes: string[]): Security {
  const parts: Partial<Record<'intro' | 'manual' | 'electronic', string[]>> = {};
  let part: 'intro' | 'manual' | 'electronic' = 'intro';
  const whole: string[] = [];
  for (const block of section.blocks) {
    if (block.kind === 'heading') {
      part = matchHeading(block.text)?.id === 'securityManual' ? 'manual' : 'electronic';
      whole.push(`**${block.text}**`);
    } else {
      (parts[part] ??= []).push(block.markdown);
      whole.push(block.markdown);
    }
  }
  const { intro, manual, electronic } = parts;
  if (!intro && (manual || electronic)) {
    notes.push('Security was split into manual and electronic parts by its sub-headings.');
    return {
      ...(manual ? { manual: { [lang]: joinBlocks(manual) } } : {}),
      ...(electronic ? { electronic: { [lang]: joinBlocks(electronic) } } : {}),
    };
  }
  if (manual || electronic) {
    notes.push(
      'Security has text besides its manual and electronic parts, so it was kept as one text with its sub-headings in bold.',
    );
  }
  return { [lang]: joinBlocks(whole) };
}

/** Notes a heading placed by a guess, or one that also names other sections. */
function noteMatch(draft: Draft, { heading, match }: Section, id: SectionId): void {
  if (match?.how === 'keyword') {
    draft.notes.push(`"${heading}" was taken to be ${id}, a guess from its wording: check it.`);
  }
  if (match && match.also.length > 0) {
    draft.notes.push(
      `"${heading}" went to ${id}, but it also looked like ${match.also.join(' and ')}: check where its text belongs.`,
    );
  }
}

/**
 * Reports what was left out (the title, a missing controller) and keeps the text before the
 * first heading as the introduction.
 */
function noteLeftOut(draft: Draft, title: string | undefined, preamble: Block[]): void {
  if (!draft.sections.controller) {
    draft.notes.push(
      'No controller (rekisterinpitäjä) was found: fill in controller.name and its contact details.',
    );
  }
  if (title) draft.notes.push(`Left out the title "${title}": Seloste shows its own.`);
  const fromTitle = title && /\s[—–:-]\s*(.+)$/.exec(title)?.[1]?.trim();
  if (fromTitle && !draft.sections.registerName) {
    draft.sections.registerName = { [draft.lang]: fromTitle };
    draft.notes.push(`Took the register's name "${fromTitle}" from the title.`);
  }
  const intro = preamble.flatMap((block) => (block.kind === 'text' ? [block.markdown] : []));
  if (intro.length > 0) {
    draft.sections.intro = { [draft.lang]: joinBlocks(intro) };
    draft.notes.push('Kept the text before the first heading as the introduction (intro).');
  }
}

/** The dates of creation and update the document states, and its blocks without date lines. */
function takeDates(
  blocks: readonly Block[],
  notes: string[],
): { created?: string; updated?: string; blocks: Block[] } {
  let created: string | undefined;
  let updated: string | undefined;
  const kept = blocks.filter((block) => {
    if (block.kind !== 'text') return true;
    const text = plainText(block.markdown);
    let found = false;
    for (const [phrase, day, month, year, iso] of text.matchAll(DATED)) {
      const date = iso ?? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
      if (!isDate(date)) continue;
      found = true;
      if (CREATED.test(phrase)) created = created && created < date ? created : date;
      else updated = updated && updated > date ? updated : date;
    }
    const words = text.replace(DATED, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
    return !found || words.length > 3;
  });
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

/** `base`, or `base-2`, `base-3` … when that is taken. */
function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
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
