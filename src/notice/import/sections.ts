/**
 * Finding the sections of a document: which of its blocks are headings, which known section
 * each heading names, and what text falls under it.
 */
import { isPartyId, type SectionId } from '../types.js';
import { plainText, type Block, type HeadingBlock, type TextBlock } from './blocks.js';
import { cleanHeading, isNoticeTitle, matchHeading, type HeadingMatch } from './heading-match.js';

/** The known section a section's heading names: a security part's heading opens security. */
type SectionMatch = HeadingMatch & { id: SectionId };

export interface Section {
  /** The heading as written, without numbering or colon. */
  heading: string;
  match?: SectionMatch;
  /** Its text; heading blocks inside it start the manual and electronic parts of security. */
  blocks: Block[];
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
}

/**
 * What to do with a block that may be a heading: start a section, start a part of the security
 * section, keep it in the text as a bold sub-heading, or keep it as it is.
 */
type Decision = 'section' | 'part' | 'bold' | 'text';

/**
 * Groups the blocks under their headings. A document with marked-up headings keeps to them and
 * takes only bold lines that name known sections as further headings; in plain text each short
 * line of its own is weighed.
 *
 * @example toSections(textToBlocks('Rekisterinpitäjä\n\nKuura Oy').blocks).sections
 * // [{ heading: 'Rekisterinpitäjä', match: { id: 'controller', … }, blocks: [{ kind: 'text', markdown: 'Kuura Oy' }] }]
 */
export function toSections(blocks: readonly Block[]): Sections {
  const candidates = blocks.map(candidateOf);
  const layout = layoutOf(blocks, candidates);
  const result: Sections = { preamble: [], sections: [] };
  let lastNumber = 0;
  const current = () => result.sections.at(-1);
  const add = (block: Block) => (current()?.blocks ?? result.preamble).push(block);

  for (const [i, block] of blocks.entries()) {
    const candidate = candidates[i];
    if (!candidate) {
      if (block.kind === 'text') add(block);
      else if (block.text.trim()) add({ kind: 'text', markdown: block.text });
      continue;
    }
    if (result.sections.length === 0 && result.title === undefined && isTitle(block, candidate)) {
      result.title = candidate.text;
      continue;
    }
    const here = current()?.match?.id;
    const decision =
      block.kind === 'heading'
        ? decideMarked(candidate, block.level, layout, here, result.sections.length > 0)
        : decideLine(candidate, block, blocks[i + 1], candidates[i + 1], layout, here, lastNumber);
    if (decision === 'section' && candidate.number !== undefined) lastNumber = candidate.number;
    if (decision === 'section') open(result.sections, candidate);
    else if (decision === 'part') add({ kind: 'heading', text: candidate.text, level: 3 });
    else if (decision === 'bold') add(bold(plainText(candidate.raw).trim()));
    else add(block);
  }
  return result;
}

function layoutOf(
  blocks: readonly Block[],
  candidates: readonly (Candidate | undefined)[],
): Layout {
  const marked = blocks.flatMap((block, i) => (block.kind === 'heading' ? [i] : []));
  const known = marked.filter((i) => candidates[i]?.match);
  const numbered = candidates.filter(
    (candidate) => candidate?.number !== undefined && candidate.match,
  );
  return {
    hasMarkup: marked.length >= 2,
    sectionLevel: Math.min(...known.map((i) => (blocks[i] as HeadingBlock).level), 6),
    numbered: numbered.length >= 3,
  };
}

/** A heading or a short line read as a heading; not when it has no words, like "§ 3". */
function candidateOf(block: Block): Candidate | undefined {
  const raw = block.kind === 'heading' ? block.text : block.candidate;
  if (raw === undefined) return undefined;
  const { text, number } = cleanHeading(raw);
  if (!/\p{L}/u.test(text)) return undefined;
  return { raw, text, number, match: matchHeading(text) };
}

/** The notice's title: "Tietosuojaseloste", "Privacy notice", or an `<h1>` that names no section. */
function isTitle(block: Block, candidate: Candidate): boolean {
  return (
    isNoticeTitle(candidate.text) ||
    (block.kind === 'heading' && block.level === 1 && candidate.match === undefined)
  );
}

/**
 * A marked-up heading starts a section, unless it is deeper than the section headings and does
 * not clearly name another known section: then it is a sub-heading.
 */
function decideMarked(
  candidate: Candidate,
  level: number,
  layout: Layout,
  here: SectionId | undefined,
  inSection: boolean,
): Decision {
  const { match } = candidate;
  if (isSecurityPart(match) && here === 'security') return 'part';
  const namesAnother = match !== undefined && match.how !== 'keyword' && match.id !== here;
  return inSection && level > layout.sectionLevel && !namesAnother ? 'bold' : 'section';
}

/**
 * A short line of its own starts a section when it names a known one (a mere guess from a word
 * is not enough in a marked-up or numbered document, or among contact details). A line naming
 * nothing known starts one only in plain text, when text follows it, it carries the next number
 * in a numbered document, it is not a lead-in ending with a colon and, among contact details,
 * does not look like a person's name.
 */
function decideLine(
  candidate: Candidate,
  block: TextBlock,
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
    const guess =
      match.how === 'keyword' &&
      (layout.hasMarkup || (layout.numbered && number === undefined) || isPartyId(here));
    if (match.id !== here && !guess) return 'section';
    return block.strong || !leadIn ? 'bold' : 'text';
  }
  const inSequence =
    !layout.numbered || (number !== undefined && number > lastNumber && number <= lastNumber + 2);
  const textFollows = next?.kind === 'text' && !nextCandidate?.match;
  const personName = isPartyId(here) && /^(?:\p{Lu}\p{Ll}+[\s-]?){2,4}$/u.test(text);
  return !layout.hasMarkup && !leadIn && inSequence && textFollows && !personName
    ? 'section'
    : 'text';
}

function isSecurityPart(match: HeadingMatch | undefined): boolean {
  return match?.id === 'securityManual' || match?.id === 'securityElectronic';
}

function isSectionMatch(match: HeadingMatch): match is SectionMatch {
  return !isSecurityPart(match);
}

/** Starts a section; a security part heading outside security starts the security section. */
function open(sections: Section[], { text, match }: Candidate): void {
  if (match === undefined || isSectionMatch(match)) {
    sections.push({ heading: text, match, blocks: [] });
  } else {
    const marker: Block = { kind: 'heading', text, level: 3 };
    sections.push({ heading: text, match: { ...match, id: 'security' }, blocks: [marker] });
  }
}

function bold(text: string): TextBlock {
  return { kind: 'text', markdown: `**${text}**` };
}
