/**
 * Finding the sections of a document: which of its blocks are headings, which known section
 * each heading names, and what text falls under it; then which language each section is in, and
 * where one notice ends and the next begins when a document holds several.
 */
import type { Lang } from '../../core/types.js';
import { isPartyId, type SectionId } from '../types.js';
import { blockText, plainText, type Block, type ParagraphBlock } from './blocks.js';
import {
  cleanHeading,
  isNoticeTitle,
  matchHeading,
  type HeadingMatch,
  type HeadingTarget,
} from './heading-match.js';
import { detectLanguage } from './language.js';

/** The known section a section's heading names: a security part's heading opens security. */
export type SectionMatch = HeadingMatch & { id: SectionId };

export interface Section {
  /** The heading as written, without numbering or colon. */
  heading: string;
  /** The heading's line in the document. */
  line?: number;
  number?: number;
  match?: SectionMatch;
  /** The security part its heading names as well ("… A: Manuaalinen aineisto"). */
  part?: 'securityManual' | 'securityElectronic';
  /**
   * `title`: a heading above the sections that names none, such as a notice's own title; it may
   * start a second notice in the document.
   */
  role: 'section' | 'title';
  /** Its text; heading blocks inside it are sub-headings (security's parts among them). */
  blocks: Block[];
  lang?: Lang;
}

export interface Sections {
  /** The notice's own title, such as "Tietosuojaseloste". */
  title?: string;
  /** What comes before the first heading. */
  preamble: Block[];
  sections: Section[];
}

/** What the whole document tells about its headings. */
interface Layout {
  /** It marks up its headings (`<h2>`, `##`, a heading/text table), so short lines are text. */
  hasMarkup: boolean;
  /** The level of the marked-up headings that name known sections; deeper ones are sub-headings. */
  sectionLevel: number;
  /** Its headings are numbered, so an unknown heading must carry the next number. */
  numbered: boolean;
}

/** A block that may be a heading, read. */
interface Candidate {
  /** As written. */
  raw: string;
  /** Without numbering or colon. */
  text: string;
  number?: number;
  match?: HeadingMatch;
  part?: 'securityManual' | 'securityElectronic';
}

/**
 * What to do with a block that may be a heading: start a section, start a title, start a part of
 * the security section, keep it in the text as a bold sub-heading, or keep it as it is.
 */
type Decision = 'section' | 'title' | 'part' | 'bold' | 'text';

/**
 * Groups the blocks under their headings. A document with marked-up headings keeps to them and
 * takes only labels that name known sections as further headings; in plain text each label is
 * weighed.
 *
 * @example toSections(runPasses(textToBlocks('Rekisterinpitäjä\n\nKuura Oy').blocks, [])).sections
 * // [{ heading: 'Rekisterinpitäjä', match: { id: 'controller', … }, role: 'section', blocks: [{ kind: 'paragraph', markdown: 'Kuura Oy', … }], … }]
 */
export function toSections(blocks: readonly Block[]): Sections {
  const candidates = blocks.map(candidateOf);
  const layout = layoutOf(blocks, candidates);
  const result: Sections = { preamble: [], sections: [] };
  let lastNumber = 0;
  /** Whether a known section has started: a title comes before them. */
  let known = false;
  const current = () => result.sections.at(-1);
  const add = (block: Block) => (current()?.blocks ?? result.preamble).push(block);

  for (const [i, block] of blocks.entries()) {
    const candidate = candidates[i];
    if (!candidate) {
      if (block.kind === 'heading') add(bold(block.text, block));
      else add(block);
      continue;
    }
    if (!known && result.title === undefined && isTitle(block, candidate, result.sections.length)) {
      result.title = candidate.text;
      continue;
    }
    const here = current()?.role === 'section' ? current()?.match?.id : undefined;
    const decision =
      block.kind === 'heading'
        ? decideMarked(candidate, block.level, layout, here, current() !== undefined)
        : decideLine(
            candidate,
            block as ParagraphBlock,
            blocks[i + 1],
            candidates[i + 1],
            layout,
            here,
            lastNumber,
          );
    if (decision === 'section' && candidate.number !== undefined) lastNumber = candidate.number;
    if (decision === 'title' && candidate.number === undefined) lastNumber = 0;
    if (decision === 'section' || decision === 'title') {
      open(result.sections, candidate, decision, block);
      known ||= result.sections.at(-1)!.match !== undefined;
    } else if (decision === 'part') {
      add({
        kind: 'heading',
        text: candidate.text,
        level: 6,
        ...(block.line ? { line: block.line } : {}),
      });
    } else if (decision === 'bold') {
      add(bold(plainText(candidate.raw).trim(), block));
    } else {
      add(block);
    }
  }
  return result;
}

function layoutOf(
  blocks: readonly Block[],
  candidates: readonly (Candidate | undefined)[],
): Layout {
  const marked = blocks.flatMap((block, i) => (block.kind === 'heading' ? [i] : []));
  const sure = marked.filter(
    (i) => candidates[i]?.match && candidates[i]?.match?.how !== 'keyword',
  );
  const known = sure.length > 0 ? sure : marked.filter((i) => candidates[i]?.match);
  const numbered = candidates.filter(
    (candidate) => candidate?.number !== undefined && candidate.match,
  );
  return {
    hasMarkup: marked.length >= 2,
    sectionLevel: Math.min(...known.map((i) => (blocks[i] as { level: number }).level), 6),
    numbered: numbered.length >= 3,
  };
}

/**
 * A heading or a label read as a heading candidate; not when it has no words, like "§ 3". A
 * heading that also names a part of the security section ("Rekisterin suojauksen periaatteet A:
 * Manuaalinen aineisto") is the security section, with that part.
 */
function candidateOf(block: Block): Candidate | undefined {
  const raw =
    block.kind === 'heading' ? block.text : block.kind === 'paragraph' ? block.label : undefined;
  if (raw === undefined) return undefined;
  const { text, number } = cleanHeading(raw);
  if (!/\p{L}/u.test(text)) return undefined;
  const candidate: Candidate = { raw, text, number, match: matchHeading(text) };
  const sub = /^(.+?)\s+(?:[A-H]|\d{1,2})\s?[.):]\s*(.+)$/u.exec(text);
  const part = sub ? matchHeading(sub[2]) : undefined;
  if (sub && (part?.id === 'securityManual' || part?.id === 'securityElectronic')) {
    const main = matchHeading(sub[1]);
    if (main?.id === 'security') return { ...candidate, text: sub[1], match: main, part: part.id };
  }
  return candidate;
}

/**
 * The notice's title: "Tietosuojaseloste", "Privacy notice", or an `<h1>` that names no section,
 * before any known section.
 */
function isTitle(block: Block, candidate: Candidate, sections: number): boolean {
  if (candidate.match && !(isNoticeTitle(candidate.text) && candidate.match.how === 'keyword')) {
    return false;
  }
  return (
    isNoticeTitle(candidate.text) ||
    (block.kind === 'heading' && block.level === 1 && sections === 0)
  );
}

/**
 * A marked-up heading starts a section, unless it is deeper than the section headings and does
 * not clearly name another known section: then it is a sub-heading. One above the section
 * headings that names no section is a title (of the notice, or of a second notice).
 */
function decideMarked(
  candidate: Candidate,
  level: number,
  layout: Layout,
  here: SectionId | undefined,
  inSection: boolean,
): Decision {
  const { match } = candidate;
  if (isSecurityPart(match)) return here === 'security' ? 'part' : 'section';
  const weak = !match || match.how === 'keyword';
  if (weak && (level < layout.sectionLevel || isNoticeTitle(candidate.text))) return 'title';
  const namesAnother = match !== undefined && match.how !== 'keyword' && match.id !== here;
  return inSection && level > layout.sectionLevel && !namesAnother ? 'bold' : 'section';
}

/**
 * A label starts a section when it names a known one (a mere guess from a word is not enough in
 * a marked-up or numbered document, or among contact details). A label naming nothing known
 * starts one only in plain text, when text follows it, it carries the next number in a numbered
 * document, it is not a lead-in ending with a colon and, among contact details, does not look
 * like a person's name.
 */
function decideLine(
  candidate: Candidate,
  block: ParagraphBlock,
  next: Block | undefined,
  nextCandidate: Candidate | undefined,
  layout: Layout,
  here: SectionId | undefined,
  lastNumber: number,
): Decision {
  const { match, number, text } = candidate;
  const leadIn = candidate.raw.trim().endsWith(':');
  if (match) {
    if (isSecurityPart(match)) return here === 'security' ? 'part' : 'bold';
    // A guess from one word starts a section only when the label is set apart: bold, numbered
    // (in a numbered document), or a short line of its own in plain text.
    const numberedNext =
      number !== undefined &&
      (!layout.numbered || (number >= lastNumber && number <= lastNumber + 2));
    const setApart = (block.strong && (!isPartyId(here) || !leadIn)) || numberedNext;
    const guess =
      match.how === 'keyword' &&
      !setApart &&
      (layout.hasMarkup ||
        (layout.numbered && number === undefined) ||
        isPartyId(here) ||
        leadIn ||
        questionless(text));
    if (match.id !== here && !guess) return 'section';
    // Naming the section it is in: a sub-heading. Bold already, or made bold in plain text.
    return block.strong || (!layout.hasMarkup && !leadIn) ? 'bold' : 'text';
  }
  if (isNoticeTitle(text) && !leadIn) return 'title';
  const inSequence =
    !layout.numbered || (number !== undefined && number > lastNumber && number <= lastNumber + 2);
  const textFollows = next !== undefined && next.kind !== 'heading' && !nextCandidate?.match;
  const personName = isPartyId(here) && /^(?:\p{Lu}\p{Ll}+[\s-]?){2,4}$/u.test(text);
  return !layout.hasMarkup && !leadIn && inSequence && textFollows && !personName
    ? 'section'
    : 'text';
}

/**
 * Whether a keyword guess is too weak for a label that is neither bold nor numbered: a long line
 * that is no question reads more like a sentence.
 */
function questionless(text: string): boolean {
  return !text.endsWith('?') && text.split(/\s+/).length > 8;
}

function isSecurityPart(match: HeadingMatch | undefined): boolean {
  return match?.id === 'securityManual' || match?.id === 'securityElectronic';
}

/** Starts a section; a security part heading outside security starts the security section. */
function open(
  sections: Section[],
  candidate: Candidate,
  role: 'section' | 'title',
  block: Block,
): void {
  const { text, match, number, part } = candidate;
  const source = {
    ...(block.line ? { line: block.line } : {}),
    ...(block.lang ? { lang: block.lang } : {}),
  };
  const base = { heading: text, role, ...(number !== undefined ? { number } : {}), ...source };
  if (role === 'title' || match === undefined) {
    sections.push({ ...base, blocks: [] });
  } else if (!isSecurityPart(match)) {
    sections.push({ ...base, match: match as SectionMatch, ...(part ? { part } : {}), blocks: [] });
  } else {
    sections.push({
      ...base,
      match: { ...match, id: 'security' },
      part: match.id as 'securityManual' | 'securityElectronic',
      blocks: [],
    });
  }
}

function bold(text: string, block: Block): ParagraphBlock {
  return {
    kind: 'paragraph',
    markdown: `**${text.replace(/\*\*/g, '')}**`,
    ...(block.line ? { line: block.line } : {}),
    ...(block.lang ? { lang: block.lang } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Languages and parts

/**
 * The language of each section: the one its blocks declare, else the one its text is plainly
 * written in, else its heading's, else the language of the section before it. A language with
 * fewer than three known sections of its own is taken for quotes in another: those sections get
 * the language before them. Returns the languages in the order they first appear.
 *
 * @example assignLanguages(sections, 'fi') // ['fi', 'sv']
 */
export function assignLanguages(sections: Section[], fallback: Lang): Lang[] {
  const sure = sections.map((section) => {
    const declared = section.lang ?? section.blocks.find((block) => block.lang)?.lang;
    const words = [section.heading, ...section.blocks.map(blockText)].join('\n');
    const detected = detectLanguage(words);
    const plain = detected.certainty >= 0.7 && detected.words >= 4 ? detected.lang : undefined;
    return declared ?? plain ?? section.match?.lang;
  });
  // A section that tells nothing (a title, an introduction) belongs with what follows it.
  let next: Lang | undefined;
  for (let i = sections.length - 1; i >= 0; i--) {
    next = sure[i] ?? next;
    sections[i].lang = next ?? fallback;
  }
  let previous: Lang | undefined;
  const known = new Map<Lang, number>();
  for (const section of sections) {
    if (section.match) known.set(section.lang!, (known.get(section.lang!) ?? 0) + 1);
  }
  const main = [...known].sort((a, b) => b[1] - a[1])[0]?.[0] ?? fallback;
  previous = undefined;
  for (const section of sections) {
    if ((known.get(section.lang!) ?? 0) < 3) section.lang = previous ?? main;
    previous = section.lang;
  }
  return [...new Set(sections.map((section) => section.lang!))];
}

/**
 * The notices a document holds, each a list of sections: a new one starts at a title, or where
 * the numbering starts again at 1, once the notice before it has three known sections.
 */
export function splitParts(sections: readonly Section[]): Section[][] {
  const parts: Section[][] = [[]];
  let highest = 0;
  let known = 0;
  for (const section of sections) {
    const restarts = section.number !== undefined && section.number <= 1 && highest >= 3;
    if (known >= 3 && (section.role === 'title' || restarts)) {
      parts.push([]);
      highest = 0;
      known = 0;
    }
    parts.at(-1)!.push(section);
    if (section.match) known++;
    if (section.number !== undefined) highest = Math.max(highest, section.number);
  }
  return parts;
}

export type { HeadingTarget };
