/**
 * Reads a notice saved as plain text: paragraphs separated by blank lines, "- " or "•" lists,
 * headings on lines of their own, and perhaps Markdown-style **bold** and [links](…), which are
 * kept as they are.
 */
import { looksLikeHeading, unwrap, type Block, type ReadResult } from './blocks.js';
import { cleanHeading, matchHeading } from './heading-match.js';

/** A Markdown link that leads nowhere: `[text](#)` or `[text]()`. */
const DEAD_LINK = /\[([^\]]+)\]\(#?\)/g;

const BULLET = /^\s*(?:[-*•–—·▪◦‣]|(\d{1,2})[.)])\s+(.*)$/u;

/**
 * The text as blocks: candidate headings, paragraphs and lists in Markdown.
 *
 * @example textToBlocks('Rekisterinpitäjä\n\nKuura Oy').blocks
 * // [{ kind: 'text', markdown: 'Rekisterinpitäjä', candidate: 'Rekisterinpitäjä', strong: false }, { kind: 'text', markdown: 'Kuura Oy' }]
 */
export function textToBlocks(text: string): ReadResult {
  const notes: string[] = [];
  const paragraphs = joinBrokenParagraphs(splitParagraphs(normalize(text)), notes);
  const blocks = paragraphs.flatMap((lines) => paragraphBlocks(lines));
  let deadLinks = 0;
  for (const block of blocks) {
    if (block.kind !== 'text') continue;
    block.markdown = block.markdown.replace(DEAD_LINK, (_, label: string) => {
      deadLinks++;
      return label;
    });
  }
  if (deadLinks > 0) {
    notes.push('Links without an address, like [text](#), were turned into plain text.');
  }
  return { blocks, notes };
}

/** Line ends, spaces and invisible characters made uniform. */
function normalize(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/ +$/gm, '');
}

function splitParagraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').filter((line) => line.trim()))
    .filter((lines) => lines.length > 0);
}

/**
 * Joins paragraphs that a page break or a copy split in mid-sentence: a long paragraph that ends
 * without punctuation, followed by one that starts in lowercase.
 */
function joinBrokenParagraphs(paragraphs: string[][], notes: string[]): string[][] {
  const joined: string[][] = [];
  let count = 0;
  for (const lines of paragraphs) {
    const previous = joined.at(-1);
    const last = previous?.at(-1)?.trim() ?? '';
    const broken =
      previous !== undefined &&
      /^\p{Ll}/u.test(lines[0].trim()) &&
      !/[.!?:;)"”»]$/.test(last) &&
      last.split(/\s+/).length >= 6;
    if (broken) {
      previous[previous.length - 1] = `${previous[previous.length - 1]} ${lines[0].trim()}`;
      previous.push(...lines.slice(1));
      count++;
    } else {
      joined.push([...lines]);
    }
  }
  if (count > 0) {
    notes.push(
      `Joined ${count} paragraph${count === 1 ? '' : 's'} that had been split in mid-sentence.`,
    );
  }
  return joined;
}

/** One paragraph's blocks: a heading candidate, text and lists. */
function paragraphBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let rest = lines;
  const first = lines[0].trim();
  if (looksLikeHeading(first) && (lines.length === 1 || startsSection(first))) {
    const strong = /^(\*\*|__).+\1:?$/.test(first);
    blocks.push({ kind: 'text', markdown: first, candidate: first, strong });
    rest = lines.slice(1);
  }
  const bullets = rest.filter((line) => BULLET.test(line));
  const isList = bullets.length >= 2 || (bullets.length === 1 && !/^\s*\d/.test(bullets[0]));
  if (!isList) {
    if (rest.length > 0) blocks.push({ kind: 'text', markdown: unwrap(rest) });
    return blocks;
  }
  const lead: string[] = [];
  const items: string[] = [];
  for (const line of rest) {
    const bullet = BULLET.exec(line);
    if (bullet)
      items.push(bullet[1] ? `${bullet[1]}. ${bullet[2].trim()}` : `- ${bullet[2].trim()}`);
    else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
    else lead.push(line.trim());
  }
  if (lead.length > 0) blocks.push({ kind: 'text', markdown: unwrap(lead) });
  blocks.push({ kind: 'text', markdown: items.join('\n') });
  return blocks;
}

/** Whether the first line of a longer paragraph is a heading, with its text right below it. */
function startsSection(line: string): boolean {
  const { text, number } = cleanHeading(line);
  const match = matchHeading(text);
  return match !== undefined && (match.how !== 'keyword' || number !== undefined);
}
